import { createHash } from 'node:crypto';

/** SHA-256 over rule id and secret: identifies a finding across moves without storing the secret. */
export function fingerprint(ruleId: string, secret: string): string {
  return createHash('sha256').update(ruleId).update('\0').update(secret).digest('hex');
}

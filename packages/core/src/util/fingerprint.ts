import { nodeCrypto } from '../lazy/builtins.js';

/** SHA-256 over rule id and secret: identifies a finding across moves without storing the secret. */
export function fingerprint(ruleId: string, secret: string): string {
  return sha256Hex(`${ruleId}\0${secret}`);
}

/** The SHA-256 of a text's UTF-8 bytes, as hex (node:crypto is loaded on the first call). */
export function sha256Hex(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('hex');
}

// Loaded only with --verify, so the HTTP client and the verifiers' requests stay off every other path.
import type { Finding } from '@keyward/core';
import { VerificationRun, type KeyCollector, type VerificationSummary } from '@keyward/scanner';
import type { RunContext } from './io.js';
import { pkg } from './version.js';

/** Asks each collected key's vendor, once per distinct key, and returns the findings with `verification`. */
export async function verifyFindings(
  findings: readonly Finding[],
  keys: KeyCollector,
  context: RunContext,
): Promise<{ findings: Finding[]; summary: VerificationSummary }> {
  const run = new VerificationRun({ env: context.env ?? {}, userAgent: `keyward/${pkg.version} (verify)` });
  return run.verify(findings, keys);
}

import { compareFindings } from '@keyward/core';
import { KeyCollector, repositoryRoot, scanStaged } from '@keyward/scanner';
import { commandConfig } from '../config.js';
import type { RunContext, RunResult } from '../io.js';
import { parseScanOptions } from '../options.js';
import { UsageError } from '../errors.js';
import { applyBaseline, deliver } from '../deliver.js';

const HOW_TO_FIX = `
Commit blocked: keyward found secrets in the staged changes (shown redacted above). To fix:
  - move the key to an environment variable (process.env.NAME) or a secrets manager, and rotate it;
  - log, track or throw a redacted value instead of a credential (redact(), or drop the field);
  - if it is not a secret, mark the line: // keyward-ignore: <reason>  (or keyward-ignore-next-line);
  - to accept findings that already exist, record them: npx keyward baseline
`;

/** `keyward staged`: the pre-commit hook. Reads staged blobs from the index; touches nothing. */
export default async function staged(args: string[], context: RunContext): Promise<RunResult> {
  const options = parseScanOptions(args, context.cwd, 'staged');
  if (options.paths.length) throw new UsageError('keyward staged takes no paths: it scans what is staged');
  const root = repositoryRoot(context.cwd);
  const { config, notes } = await commandConfig(options, root, context.cwd);
  const keys = options.verify ? new KeyCollector() : undefined;
  const result = await scanStaged({
    root,
    config,
    showSecrets: options.showSecrets,
    semantic: options.semantic,
    ...(keys ? { keys } : {}),
  });
  const reported = await applyBaseline(result.findings.sort(compareFindings), options, config, root, context.cwd);
  const verified = keys
    ? await (await import('../verify.js')).verifyFindings(reported.findings, keys, context)
    : undefined;
  return deliver(options, context, {
    findings: verified?.findings ?? reported.findings,
    stats: result.stats,
    root,
    baselined: reported.baselined,
    config,
    notes,
    note: (failing) => (failing ? HOW_TO_FIX.trimStart() : ''),
    // code frames show the staged text, not the working tree's
    source: { from: 'index', texts: result.texts },
    ...(verified ? { verification: verified.summary } : {}),
  });
}

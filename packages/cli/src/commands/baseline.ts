import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createBaseline } from '@keyward/core';
import type { RunContext, RunResult } from '../io.js';
import { parseScanOptions } from '../options.js';
import { runScan } from '../scan-session.js';
import { pkg } from '../version.js';

/** `keyward baseline [paths…] [--output FILE]`: records today's findings (redacted, by fingerprint). */
export default async function baseline(args: string[], context: RunContext): Promise<RunResult> {
  const options = parseScanOptions(args, context.cwd, 'baseline');
  const session = await runScan({ ...options, showSecrets: false }, context, false);
  const target = path.resolve(
    context.cwd,
    options.output ?? options.baseline ?? session.config.baseline ?? path.join(options.root, 'keyward-baseline.json'),
  );
  const data = createBaseline(session.findings, `${pkg.name} ${pkg.version}`);
  await writeFile(target, `${JSON.stringify(data, null, 2)}\n`);
  const shown = path.relative(context.cwd, target) || target;
  return {
    exitCode: 0,
    stdout: options.quiet ? '' : `keyward: baseline of ${data.findings.length} finding(s) written to ${shown}\n`,
    stderr: '',
  };
}

import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createBaseline, mergeBaseline, parseBaseline } from '@keyward/core';
import { DEFAULT_BASELINE } from '../config.js';
import type { RunContext, RunResult } from '../io.js';
import { parseScanOptions } from '../options.js';
import { runScan } from '../scan-session.js';
import { pkg } from '../version.js';

/**
 * `keyward baseline [paths…] [--output FILE]`: records today's findings (redacted, by fingerprint). With paths,
 * the findings of those paths replace theirs in an existing file and every other entry is kept.
 */
export default async function baseline(args: string[], context: RunContext): Promise<RunResult> {
  const options = parseScanOptions(args, context.cwd, 'baseline');
  const session = await runScan({ ...options, showSecrets: false }, context, false);
  const target = path.resolve(
    context.cwd,
    options.output ?? options.baseline ?? session.config.baseline ?? path.join(options.root, DEFAULT_BASELINE),
  );
  const shown = path.relative(context.cwd, target) || target;
  const fresh = createBaseline(session.findings, `${pkg.name} ${pkg.version}`);
  const scanned = options.paths.map((p) =>
    path.relative(options.root, path.resolve(context.cwd, p)).split(path.sep).join('/'),
  );
  // a whole-tree run records everything again; a run over some paths must not forget the others
  const partial = scanned.length > 0 && !scanned.includes('') && existsSync(target);
  const data = partial
    ? mergeBaseline(parseBaseline(await readFile(target, 'utf8'), shown), fresh, (file) =>
        scanned.some((p) => file === p || file.startsWith(`${p}/`)),
      )
    : fresh;
  await writeFile(target, `${JSON.stringify(data, null, 2)}\n`);
  const kept = data.findings.length - fresh.findings.length;
  const merged = partial ? ` (${fresh.findings.length} from the paths scanned, ${kept} kept from elsewhere)` : '';
  return {
    exitCode: 0,
    stdout: options.quiet
      ? ''
      : `keyward: baseline of ${data.findings.length} finding(s) written to ${shown}${merged}\n`,
    stderr: '',
  };
}

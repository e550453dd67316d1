import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareFindings, notInBaseline, parseBaseline, severityAtLeast } from '@keyward/core';
import { loadConfig, repositoryRoot } from '@keyward/scanner';
import { readFile } from 'node:fs/promises';
import type { RunContext, RunResult } from '../io.js';
import { parseScanOptions } from '../options.js';
import { render } from '../reporters/index.js';
import { scanStaged } from '../git-scan.js';
import { UsageError } from '../errors.js';

const HOW_TO_FIX = `
Commit blocked: keyward found secrets in the staged changes (shown redacted above). To fix:
  - move the key to an environment variable (process.env.NAME) or a secrets manager, and rotate it;
  - if it is not a secret, mark the line: // keyward-ignore: <reason>  (or keyward-ignore-next-line);
  - to accept findings that already exist, record them: npx keyward baseline
`;

/** `keyward staged`: the pre-commit hook. Reads staged blobs from the index; touches nothing. */
export default async function staged(args: string[], context: RunContext): Promise<RunResult> {
  const options = parseScanOptions(args, context.cwd);
  if (options.paths.length) throw new UsageError('keyward staged takes no paths: it scans what is staged');
  const root = repositoryRoot(context.cwd);
  const { config } = await loadConfig(root, options.config && path.resolve(context.cwd, options.config));
  const result = await scanStaged(root, config, options.showSecrets);
  let findings = result.findings.sort(compareFindings);
  let baselined = 0;
  const baselineFile = options.baseline ? path.resolve(context.cwd, options.baseline) : config.baseline ? path.join(root, config.baseline) : undefined;
  if (baselineFile) {
    const keep = notInBaseline(parseBaseline(await readFile(baselineFile, 'utf8').catch(() => '{"version":1,"findings":[]}'), baselineFile));
    const before = findings.length;
    findings = findings.filter(keep);
    baselined = before - findings.length;
  }
  const color = options.format === 'text' && !options.output && (options.color ?? (Boolean(context.stdoutIsTTY) && !context.env?.['NO_COLOR']));
  const report = render(options.format, { findings, stats: result.stats, root, baselined, color, quiet: options.quiet });
  const failing = findings.some((finding) => severityAtLeast(finding.severity, options.failOn ?? config.failOn));
  if (options.output) await writeFile(path.resolve(context.cwd, options.output), report);
  return {
    exitCode: failing ? 1 : 0,
    stdout: options.output ? '' : report,
    stderr: failing && !options.quiet ? HOW_TO_FIX.trimStart() : '',
  };
}

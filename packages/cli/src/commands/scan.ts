import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { severityAtLeast } from '@keyward/core';
import type { RunContext, RunResult } from '../io.js';
import { parseScanOptions } from '../options.js';
import { runScan } from '../scan-session.js';
import { render } from '../reporters/index.js';

/** `keyward scan [paths…]`: exit 0 clean, 1 findings at or above --fail-on, 2 error. */
export default async function scan(args: string[], context: RunContext): Promise<RunResult> {
  const options = parseScanOptions(args, context.cwd);
  const session = await runScan(options, context, true);
  const color = options.format === 'text' && !options.output && (options.color ?? (Boolean(context.stdoutIsTTY) && !context.env?.['NO_COLOR']));
  const report = render(options.format, {
    findings: session.findings,
    stats: session.stats,
    root: session.root,
    baselined: session.baselined,
    color,
    quiet: options.quiet,
  });
  const failOn = options.failOn ?? session.config.failOn;
  const failing = session.findings.some((finding) => severityAtLeast(finding.severity, failOn));
  let stdout = report;
  let stderr = '';
  if (options.output) {
    const target = path.resolve(context.cwd, options.output);
    await writeFile(target, report);
    stdout = '';
    if (!options.quiet) stderr = `keyward: ${session.findings.length} finding(s); ${options.format} report written to ${options.output}\n`;
  }
  return { exitCode: failing ? 1 : 0, stdout, stderr };
}

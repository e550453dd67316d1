import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { emptyStats, gitDir, headCommit, KeyCollector, repositoryRoot, scanHistory } from '@keyward/scanner';
import { commandConfig } from '../config.js';
import type { RunContext, RunResult } from '../io.js';
import { parseScanOptions } from '../options.js';
import { deliver } from '../deliver.js';
import { UsageError } from '../errors.js';

/**
 * `keyward history [--since REV] [--all]`: scans the lines each commit added, to find keys that were
 * committed and later deleted. Without options it scans the commits not yet scanned (state kept in
 * .git/keyward/history-head), or all of HEAD's history the first time.
 */
export default async function history(args: string[], context: RunContext): Promise<RunResult> {
  const options = parseScanOptions(args, context.cwd, 'history');
  if (options.paths.length) throw new UsageError('keyward history takes no paths');
  const root = repositoryRoot(context.cwd);
  const { config, notes } = await commandConfig(options, root, context.cwd);
  const started = performance.now();
  const head = headCommit(root);
  const stateFile = path.join(gitDir(root), 'keyward', 'history-head');
  let range: string[];
  /** The HEAD of the last run, when this run scans only the commits since. */
  let last = '';
  if (options.all) range = ['--all'];
  else if (options.since !== undefined) range = [`${options.since}..HEAD`];
  else {
    last = (await readFile(stateFile, 'utf8').catch(() => '')).trim();
    range = last ? [`${last}..HEAD`] : ['HEAD'];
  }
  const keys = options.verify ? new KeyCollector() : undefined;
  const { findings, stats, commits } = head
    ? await scanHistory({ root, config, range, showSecrets: options.showSecrets, ...(keys ? { keys } : {}) })
    : { findings: [], stats: emptyStats(), commits: 0 };
  if (head && !options.all && options.since === undefined) {
    await mkdir(path.dirname(stateFile), { recursive: true });
    await writeFile(stateFile, `${head}\n`);
  }
  stats.durationMs = performance.now() - started;
  const verified = keys ? await (await import('../verify.js')).verifyFindings(findings, keys, context) : undefined;
  return deliver(options, context, {
    findings: verified?.findings ?? findings,
    stats,
    root,
    baselined: 0,
    config,
    notes,
    note: () => `keyward: ${commits} commit(s) scanned\n`,
    ...(last ? { notice: sinceLastRun(commits, last) } : {}),
    ...(verified ? { verification: verified.summary } : {}),
  });
}

/** "0 new commits since 1a2b3c4d5e6f; --all to rescan": a run with nothing new is not a silent clean result. */
function sinceLastRun(commits: number, last: string): string {
  const since = `${commits} new commit${commits === 1 ? '' : 's'} since ${last.slice(0, 12)}`;
  return commits === 0 ? `${since}; --all to rescan` : since;
}

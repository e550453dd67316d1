import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareFindings, type Finding, hardcodedKeyFindings, scanText } from '@keyward/core';
import {
  addSkip,
  emptyStats,
  fileScanContext,
  gitDir,
  headCommit,
  KeyCollector,
  loadConfig,
  repositoryRoot,
  streamAddedLines,
} from '@keyward/scanner';
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
  const { config } = await loadConfig(root, options.config && path.resolve(context.cwd, options.config));
  const started = performance.now();
  const head = headCommit(root);
  const stateFile = path.join(gitDir(root), 'keyward', 'history-head');
  let range: string[];
  if (options.all) range = ['--all'];
  else if (options.since !== undefined) range = [`${options.since}..HEAD`];
  else {
    const last = (await readFile(stateFile, 'utf8').catch(() => '')).trim();
    range = last ? [`${last}..HEAD`] : ['HEAD'];
  }
  const scanContext = fileScanContext(config, options.showSecrets);
  const keys = options.verify ? new KeyCollector() : undefined;
  const stats = emptyStats();
  const findings: Finding[] = [];
  let commits = 0;
  if (head) {
    const onFile = (commit: string, date: string, file: string, lines: { line: number; text: string }[]) => {
      // Consecutive added lines are scanned as one text, so multi-line keys (PEM blocks) are found. A lone CR
      // is part of git's line (only LF ends one), so it reads as a space and line numbers stay git's.
      const text = lines.map((entry) => entry.text.replace(/\r/g, ' ')).join('\n');
      stats.filesScanned++;
      stats.bytesScanned += text.length;
      const matches = scanText(text, {
        path: file,
        catalog: scanContext.catalog,
        ...(scanContext.allow ? { allow: scanContext.allow } : {}),
      });
      const added = hardcodedKeyFindings(text, matches, { file, showSecrets: options.showSecrets });
      keys?.collect(text, matches, added);
      for (const finding of added) {
        findings.push({
          ...finding,
          line: lines[finding.line - 1]!.line,
          endLine: lines[finding.endLine - 1]!.line,
          commit,
          trace: [`added in commit ${commit.slice(0, 12)} (${date})`],
        });
      }
    };
    commits = await streamAddedLines(root, range, onFile, {
      maxBytes: config.maxFileSize,
      onSkip: (skip) => addSkip(stats, skip.reason, `${skip.file} (${skip.commit.slice(0, 12)})`, skip.detail),
    });
    if (!options.all && options.since === undefined) {
      await mkdir(path.dirname(stateFile), { recursive: true });
      await writeFile(stateFile, `${head}\n`);
    }
  }
  stats.durationMs = performance.now() - started;
  findings.sort((a, b) => compareFindings(a, b) || (a.commit ?? '').localeCompare(b.commit ?? ''));
  const verified = keys ? await (await import('../verify.js')).verifyFindings(findings, keys, context) : undefined;
  return deliver(options, context, {
    findings: verified?.findings ?? findings,
    stats,
    root,
    baselined: 0,
    config,
    note: () => `keyward: ${commits} commit(s) scanned\n`,
    ...(verified ? { verification: verified.summary } : {}),
  });
}

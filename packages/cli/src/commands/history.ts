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
  repositoryRoot,
  streamAddedLines,
} from '@keyward/scanner';
import type { RunContext, RunResult } from '../io.js';
import { parseScanOptions } from '../options.js';
import { deliver } from '../deliver.js';
import { commandConfig } from '../config.js';
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
      // stays in the text (it ends a line for suppressions, as in an editor); findings report git's line.
      const text = lines.map((entry) => entry.text).join('\n');
      const gitLine = gitLines(lines);
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
          line: gitLine[finding.line - 1]!,
          endLine: gitLine[finding.endLine - 1]!,
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
    notes,
    note: () => `keyward: ${commits} commit(s) scanned\n`,
    ...(verified ? { verification: verified.summary } : {}),
  });
}

/** For each line of the scanned text (LF, CRLF or lone CR ends one), the git line it belongs to. */
function gitLines(lines: readonly { line: number; text: string }[]): number[] {
  const out: number[] = [];
  lines.forEach((entry, i) => {
    out.push(entry.line);
    // a CR ending an entry meets the joining LF: CRLF, one line end
    const text = i < lines.length - 1 && entry.text.endsWith('\r') ? entry.text.slice(0, -1) : entry.text;
    for (const _ of text.matchAll(/\r/g)) out.push(entry.line);
  });
  return out;
}

import {
  compareFindings,
  type Finding,
  hardcodedKeyFindings,
  type KeywardConfig,
  redact,
  scanText,
} from '@keyward/core';
import {
  addSkip,
  emptyStats,
  fileScanContext,
  type KeyCollector,
  type ScanStats,
  streamAddedLines,
} from '@keyward/scanner';

export interface HistoryScan {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  readonly commits: number;
}

/**
 * Scans the lines each commit in `range` added (`['--all']`, `['abc..HEAD']`, `['HEAD']`), so keys committed
 * and deleted later are found, with the commit that added them. Shared by `keyward history` and the Action.
 */
export async function scanHistory(
  root: string,
  config: KeywardConfig,
  range: readonly string[],
  showSecrets: boolean,
  keys?: KeyCollector,
): Promise<HistoryScan> {
  const started = performance.now();
  const scanContext = fileScanContext(config, showSecrets);
  const stats = emptyStats();
  const findings: Finding[] = [];
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
    const added = hardcodedKeyFindings(text, matches, { file, showSecrets });
    keys?.collect(text, matches, added);
    added.forEach((finding, i) => {
      const match = matches[i]!;
      const line = gitLine[finding.line - 1]!;
      findings.push({
        ...finding,
        line,
        endLine: gitLine[finding.endLine - 1]!,
        // the file may be changed or gone at HEAD: moving the key to process.env does not remove it from history
        message: historyMessage(
          match.detector.title,
          redact(match.secret, match.detector.prefixLength ?? 0),
          commit,
          date,
        ),
        commit,
        trace: [{ file, line, column: finding.column, label: `added in commit ${commit.slice(0, 12)} (${date})` }],
      });
    });
  };
  const commits = await streamAddedLines(root, range, onFile, {
    maxBytes: config.maxFileSize,
    onSkip: (skip) => addSkip(stats, skip.reason, `${skip.file} (${skip.commit.slice(0, 12)})`, skip.detail),
  });
  stats.durationMs = performance.now() - started;
  findings.sort((a, b) => compareFindings(a, b) || (a.commit ?? '').localeCompare(b.commit ?? ''));
  return { findings, stats, commits };
}

/** "LMIF production API key lmif_live_Ab12… was added in commit 1a2b3c4d5e6f (2026-01-01): it is in history…" */
export function historyMessage(title: string, redacted: string, commit: string, date: string): string {
  return `${title} ${redacted} was added in commit ${commit.slice(0, 12)} (${date.slice(0, 10)}): it is in git history even where the file has changed or is gone, so anyone with a clone can read it. Rotate it; rewriting history does not reach clones and forks.`;
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

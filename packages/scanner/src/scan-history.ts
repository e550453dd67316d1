import { compareFindings, type Finding, type KeywardConfig, type TraceStep } from '@keyward/core';
import { checkCommittedText, gitPathFilter } from './file-checks.js';
import { blobAt, streamAddedLines } from './git.js';
import { checkBinary } from './binary-checks.js';
import { decode } from './read-text.js';
import { fileScanContext, type FileScanContext } from './scan-file.js';
import { addSkip, emptyStats, type ScanStats } from './stats.js';
import type { KeyCollector } from './verify/collect.js';

export interface ScanHistoryOptions {
  /** The repository's top-level directory. */
  readonly root: string;
  readonly config: KeywardConfig;
  /** A revision range: `['--all']`, `['abc..HEAD']`, `['HEAD']`. */
  readonly range: readonly string[];
  readonly showSecrets?: boolean;
  /** `--verify`: collects the keys a verifier could check. */
  readonly keys?: KeyCollector;
}

export interface ScanHistoryResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  /** Commits in the range. */
  readonly commits: number;
}

/**
 * `keyward history`: the lines each commit in the range added, through the same per-file checks as `scan` and
 * `staged`, so a key committed and deleted later is found with the commit that added it. Added lines are
 * fragments of files, not modules, so the semantic (data-flow) checks do not run here: a credential logged by
 * old code is not a secret in the history. Shared by `keyward history` and the Action's history mode.
 */
export async function scanHistory(options: ScanHistoryOptions): Promise<ScanHistoryResult> {
  const started = performance.now();
  const { root, config } = options;
  const context = fileScanContext(config, options.showSecrets ?? false, options.keys);
  const stats = emptyStats();
  const wanted = gitPathFilter(config, stats);
  const findings: Finding[] = [];
  const onFile = (commit: string, date: string, file: string, lines: { line: number; text: string }[]) => {
    if (!wanted(file)) return;
    const blob = mayBeKeystore(lines) ? blobAt(root, commit, file, config.maxFileSize) : undefined;
    if (blob) {
      const read = decode(blob, file);
      if ('skip' in read) {
        // a binary file added whole: judged from its bytes, as `scan` and `staged` judge it
        const found = checkBinary(blob, file, context, stats);
        for (const finding of found) findings.push(inCommit(finding, commit, date, [1], context));
        return;
      }
    }
    // Consecutive added lines are scanned as one text, so multi-line keys (PEM blocks) are found. A lone CR
    // stays in the text (it ends a line for suppressions, as in an editor); findings report git's line.
    const text = lines.map((entry) => entry.text).join('\n');
    const found = checkCommittedText(text, Buffer.byteLength(text), file, context, stats, {
      state: 'history',
      commit,
      date,
    });
    const gitLine = gitLines(lines);
    for (const finding of found) findings.push(inCommit(finding, commit, date, gitLine, context));
  };
  const commits = await streamAddedLines(root, options.range, onFile, {
    maxBytes: config.maxFileSize,
    onSkip: (skip) => addSkip(stats, skip.reason, `${skip.file} (${skip.commit.slice(0, 12)})`, skip.detail),
  });
  stats.durationMs = performance.now() - started;
  findings.sort((a, b) => compareFindings(a, b) || (a.commit ?? '').localeCompare(b.commit ?? ''));
  return { findings, stats, commits: commits };
}

/**
 * Whether added lines may be a PKCS#12 keystore's bytes seen through the diff: from line 1, a DER SEQUENCE byte
 * (`0`) then a length byte that is a control character or not UTF-8. Text almost never starts so, which keeps
 * the blob reads to binary files.
 */
function mayBeKeystore(lines: readonly { line: number; text: string }[]): boolean {
  const first = lines[0];
  if (first?.line !== 1 || first.text[0] !== '0') return false;
  const code = first.text.charCodeAt(1);
  return code === 0xfffd || code < 0x20;
}

/** A finding of the added text as history states it: git's lines, the commit, and rotation advice for keys. */
function inCommit(
  finding: Finding,
  commit: string,
  date: string,
  gitLine: readonly number[],
  context: FileScanContext,
): Finding {
  // a committed .env file is reported at the top of the file, whichever lines the commit added
  const whole = finding.ruleId === 'committed-env-file';
  const line = whole ? finding.line : (gitLine[finding.line - 1] ?? finding.line);
  const added: TraceStep = {
    file: finding.file,
    line,
    column: finding.column,
    label: `added in commit ${commit.slice(0, 12)} (${date})`,
  };
  const title = context.catalog.detectors.find((detector) => detector.id === finding.detectorId)?.title;
  return {
    ...finding,
    line,
    endLine: whole ? finding.endLine : (gitLine[finding.endLine - 1] ?? line),
    // the file may be changed or gone at HEAD: moving the key to process.env does not remove it from history
    ...(finding.ruleId === 'no-hardcoded-key' && title
      ? { message: historyMessage(title, finding.redacted, commit, date) }
      : {}),
    commit,
    trace: [
      ...(finding.trace ?? []).map((step) =>
        step.file === finding.file ? { ...step, line: gitLine[step.line - 1] ?? step.line } : step,
      ),
      added,
    ],
  };
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

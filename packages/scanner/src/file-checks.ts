import { isEnvExample, isEnvFile, isGeneratedPath, type Finding, type KeywardConfig } from '@keyward/core';
import { envFileFinding } from './env-files.js';
import { scanContent, type FileScanContext, type KeySpans } from './scan-file.js';
import { addSkip, type ScanStats } from './stats.js';
import { picomatch } from './lazy/picomatch.js';

// The per-file checks of `keyward staged` and `keyward history`, on text that comes from git rather than the
// disk. They are the tree scan's own (`scanContent`: hardcoded keys, environment mismatch, public env names),
// plus what committing the file means: a `.env` file in a commit is a leak whatever it holds.

/**
 * Which paths a git scan reads: config `ignore` globs and generated files are left out, as `discover` and
 * `scanFile` leave them out of a tree scan; generated files are counted as skipped.
 */
export function gitPathFilter(config: KeywardConfig, stats: ScanStats): (file: string) => boolean {
  const ignored = config.ignore.length ? picomatch()([...config.ignore], { dot: true }) : () => false;
  return (file) => {
    if (ignored(file)) return false;
    if (!isGeneratedPath(file)) return true;
    addSkip(stats, 'generated', file);
    return false;
  };
}

/** Where committed text comes from: the index (being committed now) or a commit in history. */
export type CommittedIn = { readonly state: 'staged' } | { readonly state: 'history'; commit: string; date: string };

/**
 * The checks one committed file's text gets: the tree scan's per-file checks, then `committed-env-file` for a
 * `.env` file (an example file only when it holds a real key, as `committedEnvFiles` judges the tree).
 */
export function checkCommittedText(
  text: string,
  bytes: number,
  file: string,
  context: FileScanContext,
  stats: ScanStats,
  committed: CommittedIn,
  spans?: KeySpans,
): Finding[] {
  const findings = scanContent(text, bytes, file, context, stats, spans);
  const holdsKey = findings.some((finding) => finding.ruleId === 'no-hardcoded-key');
  if (isEnvFile(file) && (!isEnvExample(file) || holdsKey))
    findings.push(
      committed.state === 'staged' ? envFileFinding(file, 'staged') : envFileFinding(file, 'history', committed),
    );
  return findings;
}

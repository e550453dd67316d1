import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BaselineError,
  type Finding,
  type KeywardConfig,
  notInBaseline,
  parseBaseline,
  severityAtLeast,
} from '@keyward/core';
import type { ScanStats, VerificationSummary } from '@keyward/scanner';
import type { RunContext, RunResult } from './io.js';
import type { ScanOptions } from './options.js';
import { render } from './reporters/index.js';
import { baselineChoice } from './config.js';
import { failingSeverity } from './reporters/help.js';
import { sourceReader, type SourceOrigin } from './source-text.js';

/** Hides findings recorded in the baseline (see `baselineChoice`); a named file that is missing is an error. */
export async function applyBaseline(
  findings: Finding[],
  options: ScanOptions,
  config: KeywardConfig,
  root: string,
  cwd: string,
): Promise<{ findings: Finding[]; baselined: number }> {
  const chosen = baselineChoice(options, config, root, cwd);
  if (!chosen) return { findings, baselined: 0 };
  let text: string;
  try {
    text = await readFile(chosen.file, 'utf8');
  } catch {
    throw new BaselineError(chosen.name, 'cannot be read (run `keyward baseline` to create it)');
  }
  const kept = findings.filter(notInBaseline(parseBaseline(text, chosen.name)));
  return { findings: kept, baselined: findings.length - kept.length };
}

export interface Outcome {
  readonly findings: readonly Finding[];
  readonly stats: ScanStats;
  readonly root: string;
  readonly baselined: number;
  readonly config: KeywardConfig;
  /** A note for stderr (how to fix, commits scanned), shown unless `--quiet`. */
  readonly note?: (failing: boolean) => string;
  /** Lines for stderr about the run itself (a JS config not loaded), shown unless `--quiet`. */
  readonly notes?: readonly string[];
  /** With `--verify`: what the verification did. */
  readonly verification?: VerificationSummary;
  /** What was (not) scanned, for every format's summary (see `Report.notice`). */
  readonly notice?: string;
  /** Where the code frames of the text report read the scanned text back from (default: the working tree). */
  readonly source?: SourceOrigin;
  /** The findings are in build output (`keyward bundle`): advice says to keep keys on the server. */
  readonly bundle?: boolean;
}

export { failingSeverity } from './reporters/help.js';

/** Renders the report to stdout or `--output`, and turns findings at or above `--fail-on` into exit code 1. */
export async function deliver(options: ScanOptions, context: RunContext, outcome: Outcome): Promise<RunResult> {
  const color = options.format === 'text' && !options.output && useColor(options, context);
  // --only-live: keys the vendor confirmed live, nothing else
  const findings = options.onlyLive
    ? outcome.findings.filter((finding) => finding.verification?.status === 'live')
    : outcome.findings;
  const report = render(options.format, {
    findings,
    stats: outcome.stats,
    root: outcome.root,
    baselined: outcome.baselined,
    color,
    quiet: options.quiet,
    ...(outcome.verification ? { verification: outcome.verification } : {}),
    ...(outcome.notice ? { notice: outcome.notice } : {}),
    ...(outcome.bundle ? { bundle: true } : {}),
    // code frames are for a person reading text, and cost a read of each file with findings
    ...(options.format === 'text'
      ? { source: sourceReader(outcome.root, outcome.source ?? { from: 'worktree' }) }
      : {}),
  });
  const failing = findings.some((finding) =>
    severityAtLeast(failingSeverity(finding), options.failOn ?? outcome.config.failOn),
  );
  let stderr = options.quiet ? '' : (outcome.notes ?? []).join('') + (outcome.note?.(failing) ?? '');
  if (options.output) {
    await writeFile(path.resolve(context.cwd, options.output), report);
    if (!options.quiet)
      stderr += `keyward: ${findings.length} finding(s); ${options.format} report written to ${options.output}\n`;
  }
  return { exitCode: failing ? 1 : 0, stdout: options.output ? '' : report, stderr };
}

/**
 * Colours: `--color` / `--no-color`, else `FORCE_COLOR` (any value but `0` or `false` forces them on, as Node and
 * chalk read it; it wins over `NO_COLOR`, as in Node), else `NO_COLOR` (any non-empty value), else a TTY stdout.
 */
export function useColor(options: Pick<ScanOptions, 'color'>, context: RunContext): boolean {
  if (options.color !== undefined) return options.color;
  const force = context.env?.['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (context.env?.['NO_COLOR']) return false;
  return Boolean(context.stdoutIsTTY);
}

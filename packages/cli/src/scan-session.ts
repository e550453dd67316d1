import path from 'node:path';
import type { Finding, KeywardConfig } from '@keyward/core';
import { KeyCollector, scanInput, scanTree, type ScanStats, type VerificationSummary } from '@keyward/scanner';
import { UsageError } from './errors.js';
import { commandConfig } from './config.js';
import type { RunContext } from './io.js';
import type { ScanOptions } from './options.js';
import { progressReporter } from './progress.js';
import { applyBaseline as applyBaselineFile } from './deliver.js';

export interface SessionResult {
  readonly findings: Finding[];
  readonly baselined: number;
  readonly stats: ScanStats;
  readonly config: KeywardConfig;
  readonly root: string;
  /** With `--verify`: what the verification did. */
  readonly verification?: VerificationSummary;
  /** Lines for stderr about the run (a JS config not loaded). */
  readonly notes: readonly string[];
}

/**
 * Loads config and baseline, runs the scan, applies the baseline: shared by `scan` and `baseline`. With
 * `collector`, verifiable keys are collected into it and the caller verifies (the Action, after its filtering).
 */
export async function runScan(
  options: ScanOptions,
  context: RunContext,
  applyBaseline: boolean,
  collector?: KeyCollector,
): Promise<SessionResult> {
  const { config, notes } = await commandConfig(options, options.root, context.cwd);
  const progress = context.progress ? progressReporter(context.progress) : undefined;
  const keys = collector ?? (options.verify ? new KeyCollector() : undefined);
  const result = options.stdin
    ? await scanInput({
        name: options.stdinName,
        data: await readStdin(context, config.maxFileSize),
        root: options.root,
        config,
        showSecrets: options.showSecrets,
        semantic: options.semantic,
        ...(keys ? { keys } : {}),
      })
    : await scanTree({
        root: options.root,
        paths: options.paths.map((p) => path.resolve(context.cwd, p)),
        config,
        showSecrets: options.showSecrets,
        useIgnoreFiles: options.useIgnoreFiles,
        workers: options.workers,
        semantic: options.semantic,
        ...(progress ? { onProgress: progress.update } : {}),
        ...(keys ? { keys } : {}),
        exclude: ownFiles(options, config, context.cwd),
      });
  progress?.done();
  const { findings, baselined } = applyBaseline
    ? await applyBaselineFile(result.findings, options, config, options.root, context.cwd)
    : { findings: result.findings, baselined: 0 };
  if (!keys || collector) return { findings, baselined, stats: result.stats, config, root: options.root, notes };
  // only what is reported is verified: baselined findings send nothing
  const { verifyFindings } = await import('./verify.js');
  const verified = await verifyFindings(findings, keys, context);
  return {
    findings: verified.findings,
    baselined,
    stats: result.stats,
    config,
    root: options.root,
    verification: verified.summary,
    notes,
  };
}

/** What is piped in: at most one byte over `maxFileSize` is read, so an endless pipe is reported too large. */
async function readStdin(context: RunContext, maxFileSize: number): Promise<Buffer> {
  if (!context.stdin) throw new UsageError('--stdin (or -) reads piped input, and nothing is piped in');
  return context.stdin(maxFileSize + 1);
}

/** The report this run writes and the baseline it reads: never scanned (they quote what they report). */
function ownFiles(options: ScanOptions, config: KeywardConfig, cwd: string): string[] {
  const files: string[] = [];
  if (options.output) files.push(path.resolve(cwd, options.output));
  if (options.baseline) files.push(path.resolve(cwd, options.baseline));
  else if (config.baseline) files.push(path.resolve(options.root, config.baseline));
  return files;
}

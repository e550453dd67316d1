import path from 'node:path';
import type { Finding, KeywardConfig } from '@keyward/core';
import { KeyCollector, loadConfig, scanTree, type ScanStats, type VerificationSummary } from '@keyward/scanner';
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
}

/** Loads config and baseline, runs the scan, applies the baseline: shared by `scan` and `baseline`. */
export async function runScan(
  options: ScanOptions,
  context: RunContext,
  applyBaseline: boolean,
): Promise<SessionResult> {
  const { config } = await loadConfig(options.root, options.config && path.resolve(context.cwd, options.config));
  const progress = context.progress ? progressReporter(context.progress) : undefined;
  const keys = options.verify ? new KeyCollector() : undefined;
  const result = await scanTree({
    root: options.root,
    paths: options.paths.map((p) => path.resolve(context.cwd, p)),
    config,
    showSecrets: options.showSecrets,
    useIgnoreFiles: options.useIgnoreFiles,
    workers: options.workers,
    semantic: options.semantic,
    ...(progress ? { onProgress: progress.update } : {}),
    ...(keys ? { keys } : {}),
  });
  progress?.done();
  const { findings, baselined } = applyBaseline
    ? await applyBaselineFile(result.findings, options, config, options.root, context.cwd)
    : { findings: result.findings, baselined: 0 };
  if (!keys) return { findings, baselined, stats: result.stats, config, root: options.root };
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
  };
}

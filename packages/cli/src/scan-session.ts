import path from 'node:path';
import type { Finding, KeywardConfig } from '@keyward/core';
import { loadConfig, scanTree, type ScanStats } from '@keyward/scanner';
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
}

/** Loads config and baseline, runs the scan, applies the baseline: shared by `scan` and `baseline`. */
export async function runScan(
  options: ScanOptions,
  context: RunContext,
  applyBaseline: boolean,
): Promise<SessionResult> {
  const { config } = await loadConfig(options.root, options.config && path.resolve(context.cwd, options.config));
  const progress = context.progress ? progressReporter(context.progress) : undefined;
  const result = await scanTree({
    root: options.root,
    paths: options.paths.map((p) => path.resolve(context.cwd, p)),
    config,
    showSecrets: options.showSecrets,
    useIgnoreFiles: options.useIgnoreFiles,
    workers: options.workers,
    semantic: options.semantic,
    ...(progress ? { onProgress: progress.update } : {}),
  });
  progress?.done();
  const { findings, baselined } = applyBaseline
    ? await applyBaselineFile(result.findings, options, config, options.root, context.cwd)
    : { findings: result.findings, baselined: 0 };
  return { findings, baselined, stats: result.stats, config, root: options.root };
}

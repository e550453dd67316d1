import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { type Finding, notInBaseline, parseBaseline, BaselineError, type KeywardConfig } from '@keyward/core';
import { loadConfig, scanTree, type ScanStats } from '@keyward/scanner';
import type { RunContext } from './io.js';
import type { ScanOptions } from './options.js';
import { progressReporter } from './progress.js';

export interface SessionResult {
  readonly findings: Finding[];
  readonly baselined: number;
  readonly stats: ScanStats;
  readonly config: KeywardConfig;
  readonly root: string;
}

/** Loads config and baseline, runs the scan, applies the baseline: shared by `scan` and `baseline`. */
export async function runScan(options: ScanOptions, context: RunContext, applyBaseline: boolean): Promise<SessionResult> {
  const { config } = await loadConfig(options.root, options.config && path.resolve(context.cwd, options.config));
  const progress = context.progress ? progressReporter(context.progress) : undefined;
  const result = await scanTree({
    root: options.root,
    paths: options.paths.map((p) => path.resolve(context.cwd, p)),
    config,
    showSecrets: options.showSecrets,
    useIgnoreFiles: options.useIgnoreFiles,
    workers: options.workers,
    ...(progress ? { onProgress: progress.update } : {}),
  });
  progress?.done();
  let findings = result.findings;
  let baselined = 0;
  const baselineFile = options.baseline ? path.resolve(context.cwd, options.baseline) : config.baseline ? path.resolve(options.root, config.baseline) : undefined;
  if (applyBaseline && baselineFile) {
    let text: string;
    try {
      text = await readFile(baselineFile, 'utf8');
    } catch {
      throw new BaselineError(options.baseline ?? config.baseline ?? baselineFile, 'cannot be read (run `keyward baseline` to create it)');
    }
    const keep = notInBaseline(parseBaseline(text, baselineFile));
    const before = findings.length;
    findings = findings.filter(keep);
    baselined = before - findings.length;
  }
  return { findings, baselined, stats: result.stats, config, root: options.root };
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { KeywardConfig } from '@keyward/core';
import { loadConfig } from '@keyward/scanner';
import type { ScanOptions } from './options.js';

/** The config a command runs with (`--config`, else discovered in `root`), and notes for stderr. */
export async function commandConfig(
  options: Pick<ScanOptions, 'config' | 'jsConfig'>,
  root: string,
  cwd: string,
): Promise<{ config: KeywardConfig; notes: string[] }> {
  const loaded = await loadConfig(root, options.config && path.resolve(cwd, options.config), {
    allowJs: options.jsConfig,
  });
  const notes = loaded.skipped.map(
    (name) => `keyward: ${name} not loaded: --no-js-config reads only JSON configs (JS configs run code)\n`,
  );
  return { config: loaded.config, notes };
}

/** Where `keyward baseline` writes, and what `scan` and `staged` read when nothing names a baseline. */
export const DEFAULT_BASELINE = 'keyward-baseline.json';

/** The baseline a command applies, as a path and the name to show in messages. */
export interface BaselineChoice {
  readonly file: string;
  readonly name: string;
}

/**
 * `--baseline FILE` (from `cwd`), else the config's `baseline` (from `root`), else `keyward-baseline.json` in
 * `root` when it exists, so the file `keyward baseline` writes works without flags; none with `--no-baseline`.
 * A file named by option or config must exist (the caller reports it); the default one is only used if present.
 */
export function baselineChoice(
  options: Pick<ScanOptions, 'baseline' | 'useBaseline'>,
  config: KeywardConfig,
  root: string,
  cwd: string,
): BaselineChoice | undefined {
  if (!options.useBaseline) return undefined;
  if (options.baseline) return { file: path.resolve(cwd, options.baseline), name: options.baseline };
  if (config.baseline) return { file: path.resolve(root, config.baseline), name: config.baseline };
  const file = path.join(root, DEFAULT_BASELINE);
  return existsSync(file) ? { file, name: DEFAULT_BASELINE } : undefined;
}

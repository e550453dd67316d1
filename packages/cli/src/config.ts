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

import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, DEFAULT_CONFIG, jsonSyntaxError, type KeywardConfig, validateConfig } from '@keyward/core';

/** Config file names, searched in this order in the scan root. */
export const CONFIG_FILES = ['keyward.config.json', 'keyward.config.mjs', 'keyward.config.js'];

export interface LoadedConfig {
  readonly config: KeywardConfig;
  /** The file it came from, or undefined for the defaults. */
  readonly file: string | undefined;
  /** JS config files found but not loaded (`allowJs: false`): their names, for a note. */
  readonly skipped: readonly string[];
}

export interface LoadConfigOptions {
  /**
   * Load JS configs (`keyward.config.mjs`/`.js`), which are code and run when loaded. Default true; CI on
   * untrusted checkouts passes false: JS configs are then passed over (and named in `skipped`), and an explicit
   * JS config is an error.
   */
  readonly allowJs?: boolean;
}

const isJsConfig = (file: string) => !/\.jsonc?$/.test(file);

/**
 * Loads and validates the config: an explicit `--config` file, else the first of CONFIG_FILES in the
 * root, else a `keyward` key in the root's package.json, else the defaults. Any problem is a ConfigError.
 */
export async function loadConfig(
  root: string,
  explicit?: string,
  options: LoadConfigOptions = {},
): Promise<LoadedConfig> {
  const allowJs = options.allowJs ?? true;
  if (explicit) {
    const file = path.resolve(explicit);
    if (!existsSync(file)) throw new ConfigError(explicit, '', 'not found');
    if (!allowJs && isJsConfig(file))
      throw new ConfigError(
        explicit,
        '',
        'is JavaScript, which runs when loaded; with --no-js-config only JSON is read',
      );
    return { config: await loadFile(file, explicit), file, skipped: [] };
  }
  const skipped: string[] = [];
  for (const name of CONFIG_FILES) {
    const file = path.join(root, name);
    if (!existsSync(file)) continue;
    if (!allowJs && isJsConfig(file)) {
      skipped.push(name);
      continue;
    }
    return { config: await loadFile(file, name), file, skipped };
  }
  const packageJson = path.join(root, 'package.json');
  if (existsSync(packageJson)) {
    const data = parseJson(await readFile(packageJson, 'utf8'), 'package.json') as Record<string, unknown> | null;
    if (data && typeof data === 'object' && 'keyward' in data) {
      return { config: validateConfig(data['keyward'], 'package.json#keyward'), file: packageJson, skipped };
    }
  }
  return { config: DEFAULT_CONFIG, file: undefined, skipped };
}

async function loadFile(file: string, shown: string): Promise<KeywardConfig> {
  if (file.endsWith('.json') || file.endsWith('.jsonc')) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new ConfigError(shown, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return validateConfig(parseJson(text, shown), shown);
  }
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(shown, '', `threw while loading: ${(error as Error).message.split('\n')[0]}`);
  }
  return validateConfig(loaded.default ?? loaded, shown);
}

function parseJson(text: string, shown: string): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch {
    // never the parser's message: it quotes the text around the error, which may hold a key
    throw new ConfigError(shown, '', `is not valid JSON (${jsonSyntaxError(json) ?? 'syntax error'})`);
  }
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  CONFIG_FILES,
  ConfigError,
  DEFAULT_CONFIG,
  parseConfigJson,
  validateConfig,
  type KeywardConfig,
} from '@keyward/core';

// The project's keyward configuration, read the way the CLI reads it: the first of CONFIG_FILES in the working
// directory (or the file the `keyward.config` setting names), else a `keyward` key in package.json, else the
// defaults; validated by core's validateConfig. Read once per process, and again only when it changes: the files'
// stamps are looked at again at most once a second (RECHECK_MS), not for every linted file.

export interface ProjectConfig {
  readonly config: KeywardConfig;
  /** The directory config globs (`ignore`, `clientEntries`) are relative to: the config file's, or the cwd. */
  readonly root: string;
  /** The file it came from, when there is one. */
  readonly file?: string;
}

interface Cached {
  readonly stamp: string;
  readonly value: ProjectConfig;
}

const cache = new Map<string, Cached>();

/**
 * How long a lookup stands before the files' stamps are taken again. Two or three `stat` calls per linted file
 * were 15–20% of the plugin's time on a 2,000-file lint (bench/RESULTS.md); an edited config still takes effect
 * within a second in the editor.
 */
const RECHECK_MS = 1000;
const recent = new Map<string, { readonly at: number; readonly value: ProjectConfig }>();
/** The defaults, one object per working directory, so what is derived from them is derived once. */
const defaults = new Map<string, ProjectConfig>();

/**
 * The configuration for a lint run in `cwd`. `explicit` (from `settings.keyward.config`) names a file,
 * relative to `cwd`. A missing explicit file or an invalid config throws a ConfigError naming file and key.
 */
export function projectConfig(cwd: string, explicit?: string): ProjectConfig {
  const key = explicit === undefined ? cwd : `${cwd}\0${explicit}`;
  const now = Date.now();
  const known = recent.get(key);
  if (known && now - known.at >= 0 && now - known.at < RECHECK_MS) return known.value;
  const value = lookUp(cwd, explicit);
  recent.set(key, { at: now, value });
  return value;
}

function lookUp(cwd: string, explicit: string | undefined): ProjectConfig {
  const file = explicit === undefined ? findConfigFile(cwd) : path.resolve(cwd, explicit);
  if (file === undefined) {
    let value = defaults.get(cwd);
    if (!value) defaults.set(cwd, (value = { config: DEFAULT_CONFIG, root: cwd }));
    return value;
  }
  const shown = path.relative(cwd, file) || file;
  const stamp = stampOf(file);
  if (stamp === undefined) throw new ConfigError(shown, '', 'not found');
  const known = cache.get(file);
  if (known?.stamp === stamp) return known.value;
  const value: ProjectConfig = { config: readConfig(file, shown), root: path.dirname(file), file };
  cache.set(file, { stamp, value });
  return value;
}

/**
 * Where each working directory's config was found, with the directory's and its package.json's stamps: a config
 * file created, removed or renamed changes the directory, an edited package.json its own stamp. Two stat calls
 * per look (RECHECK_MS) instead of four lookups.
 */
const found = new Map<string, { readonly stamp: string; readonly file: string | undefined }>();

function findConfigFile(cwd: string): string | undefined {
  const stamp = `${stampOf(cwd) ?? ''}|${stampOf(path.join(cwd, 'package.json')) ?? ''}`;
  const known = found.get(cwd);
  if (known?.stamp === stamp) return known.file;
  const file = lookForConfigFile(cwd);
  found.set(cwd, { stamp, file });
  return file;
}

function lookForConfigFile(cwd: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const file = path.join(cwd, name);
    if (existsSync(file)) return file;
  }
  const packageJson = path.join(cwd, 'package.json');
  if (!existsSync(packageJson)) return undefined;
  return hasKeywardKey(packageJson) ? packageJson : undefined;
}

/** Size and modification time: an edited config is read again, an unchanged one never. */
function stampOf(file: string): string | undefined {
  try {
    // no exception for a missing file: most working directories have no package.json or config, and building
    // the error's stack on every linted file cost more than the stat itself
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat && `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function hasKeywardKey(packageJson: string): boolean {
  try {
    const data = JSON.parse(readFileSync(packageJson, 'utf8').replace(/^\uFEFF/, '')) as unknown;
    return data !== null && typeof data === 'object' && 'keyward' in data;
  } catch {
    return false; // a broken package.json holds no keyward config; the project's other tools will complain
  }
}

function readConfig(file: string, shown: string): KeywardConfig {
  if (path.basename(file) === 'package.json') {
    const data = parseConfigJson(readText(file, shown), shown) as Record<string, unknown>;
    return validateConfig(data['keyward'], `${shown}#keyward`);
  }
  if (/\.json$/.test(file)) return validateConfig(parseConfigJson(readText(file, shown), shown), shown);
  return validateConfig(loadModule(file, shown), shown);
}

function readText(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(shown, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * A JS config, loaded synchronously as rules must be: `require` of an ES module works on the Node versions the
 * plugin supports (20.19+, 22.12+) unless the module uses top-level await. The editor already runs the project's
 * own eslint.config.js, so loading the project's keyward config adds no new trust.
 */
function loadModule(file: string, shown: string): unknown {
  let loaded: { default?: unknown };
  const load = createRequire(import.meta.url);
  delete load.cache[file]; // a CommonJS config edited since the last read (an ES module stays as first loaded)
  try {
    loaded = load(file) as { default?: unknown };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_REQUIRE_ASYNC_MODULE')
      throw new ConfigError(shown, '', 'uses top-level await, which ESLint rules cannot wait for; use JSON');
    throw new ConfigError(shown, '', `threw while loading: ${(error as Error).message.split('\n')[0]}`);
  }
  return loaded.default ?? loaded;
}

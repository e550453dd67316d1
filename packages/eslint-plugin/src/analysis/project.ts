import path from 'node:path';
import picomatch from 'picomatch';
import type { TSESLint } from '@typescript-eslint/utils';
import type { KeywardConfig } from '@keyward/core';
import { engineOptions, type EngineOptions } from '@keyward/flow';
import { projectConfig, type ProjectConfig } from '../project-config.js';

/** What every rule needs from the project's keyward configuration, derived once per loaded config. */
export interface ProjectSettings {
  readonly config: KeywardConfig;
  /** Config globs are relative to this directory. */
  readonly root: string;
  /** The engine options the config asks for: catalog, allow lists, sanitizers, client entries. */
  readonly options: EngineOptions;
  /** Whether the config's `ignore` globs leave the file out (path relative to the root). */
  readonly ignored: (relative: string) => boolean;
}

const derived = new WeakMap<ProjectConfig, ProjectSettings>();

/** The settings for the file being linted: `settings.keyward.config` names the config file, else it is found in the cwd. */
export function projectSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ProjectSettings {
  const loaded = projectConfig(context.cwd, configSetting(context.settings));
  let settings = derived.get(loaded);
  if (!settings) {
    const { config } = loaded;
    const ignore = config.ignore.length ? picomatch([...config.ignore], { dot: true }) : () => false;
    settings = { config, root: loaded.root, options: engineOptions(config), ignored: ignore };
    derived.set(loaded, settings);
  }
  return settings;
}

/** The file's path relative to the settings' root, with forward slashes. */
export function relativePath(settings: ProjectSettings, filename: string): string {
  const prefix = settings.root.endsWith(path.sep) ? settings.root : settings.root + path.sep;
  // the common case without path.relative, which resolves both paths on every call
  const relative = filename.startsWith(prefix) ? filename.slice(prefix.length) : path.relative(settings.root, filename);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

function configSetting(settings: Readonly<Record<string, unknown>>): string | undefined {
  const keyward = settings['keyward'];
  if (keyward === undefined) return undefined;
  const file = keyward && typeof keyward === 'object' ? (keyward as Record<string, unknown>)['config'] : undefined;
  if (file !== undefined && typeof file !== 'string')
    throw new Error('settings.keyward.config must be the path of a keyward config file');
  return file;
}

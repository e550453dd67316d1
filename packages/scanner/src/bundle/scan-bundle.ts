import path from 'node:path';
import { allowFor, catalogFor, compareFindings, DEFAULT_CONFIG, type Finding, type KeywardConfig } from '@keyward/core';
import { discover, MissingPathError } from '../discover.js';
import { readText } from '../read-text.js';
import { addSkip, emptyStats, type ScanStats } from '../stats.js';
import { findBuildDirs, isDirectory, namedBuildDir, BUILD_DIRS, type BundleDir } from './build-dirs.js';
import { environmentValues, envValueMatcher, loadEnvFiles, serverEnvValues } from './env-values.js';
import { SourceMapCache } from './source-map-cache.js';
import type { Asset, BundleScanContext } from './context.js';
import { scanAssetText } from './scan-asset.js';
import { scanSourceMap } from './scan-map.js';
import type { KeyCollector } from '../verify/collect.js';
import { picomatch } from '../lazy/picomatch.js';

export interface ScanBundleOptions {
  /** The project: reported paths are relative to it, its `.env*` files are read. */
  readonly root: string;
  /** Build folders (absolute or relative to the root); default: the recognised ones that exist. */
  readonly dirs?: readonly string[];
  readonly config?: KeywardConfig;
  readonly showSecrets?: boolean;
  /**
   * Values from the environment that must not reach the bundle either, by variable name (`--env-var`): in CI
   * the build's secrets come from the job's environment, not from `.env` files. Only length and common-value
   * rules apply: the caller named them as secrets.
   */
  readonly environment?: Readonly<Record<string, string>>;
  readonly onProgress?: (done: number, total: number) => void;
  /** `--verify`: collects the keys a verifier could check, for `VerificationRun` after the scan. */
  readonly keys?: KeyCollector;
}

export interface ScanBundleResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  /** The folders scanned, relative to the root. */
  readonly dirs: string[];
  /** How many server-only `.env` values were looked for (never the values). */
  readonly envValues: number;
  readonly sourceMaps: number;
}

/** No build folder was named and none of the recognised ones exists. */
export class NoBuildOutputError extends Error {
  constructor(root: string) {
    super(
      `no build output found in ${root} (looked for ${BUILD_DIRS.map(({ dir }) => `${dir}/`).join(', ')}); build first, or name the folder: keyward bundle <dir>`,
    );
    this.name = 'NoBuildOutputError';
  }
}

/** Build output is served as is, so a bundle asset may be large; maps of big apps reach tens of MB. */
const MIN_ASSET_BYTES = 256 * 1024 * 1024;
/** Files a browser may load that are never text worth reading. */
const MEDIA =
  /\.(?:png|jpe?g|gif|webp|avif|ico|bmp|tiff?|woff2?|ttf|otf|eot|mp[34]|webm|ogg|wav|flac|aac|m4a|mov|avi|zip|gz|br|zst|wasm|pdf|glb|gltf|bin)$/i;

/**
 * `keyward bundle`: every asset of the build output through the detectors (minified code included), every
 * server-only `.env` value looked for in it, hits traced through source maps to the original line, and
 * the sources that public maps publish scanned too. Ignores `.gitignore` (build output always is).
 */
export async function scanBundle(options: ScanBundleOptions): Promise<ScanBundleResult> {
  const started = performance.now();
  const root = path.resolve(options.root);
  const config = options.config ?? DEFAULT_CONFIG;
  const dirs = options.dirs?.length ? options.dirs.map((dir) => named(root, dir)) : findBuildDirs(root);
  if (dirs.length === 0) throw new NoBuildOutputError(root);
  const envEntries = loadEnvFiles(
    root,
    [root, ...dirs.map((dir) => dir.appRoot)].filter((dir) => inside(root, dir)),
  );
  const envValues = [...serverEnvValues(envEntries), ...environmentValues(options.environment ?? {})];
  const namesByValue = new Map<string, string[]>();
  for (const { name, value } of envEntries) namesByValue.set(value, [...(namesByValue.get(value) ?? []), name]);
  const context: BundleScanContext = {
    envNames: (value) => namesByValue.get(value) ?? [],
    root,
    catalog: catalogFor(config),
    allow: allowFor(config),
    env: envValueMatcher(envValues),
    maps: new SourceMapCache(),
    showSecrets: options.showSecrets ?? false,
    ...(options.keys ? { keys: options.keys } : {}),
  };
  const stats = emptyStats();
  const assets = await listAssets(root, dirs, config, stats);
  const findings: Finding[] = [];
  let sourceMaps = 0;
  const maxBytes = Math.max(config.maxFileSize, MIN_ASSET_BYTES);
  assets.forEach((asset, index) => {
    options.onProgress?.(index, assets.length);
    const read = readText(asset.absolute, maxBytes);
    if ('skip' in read) {
      addSkip(stats, read.skip, asset.relative, read.detail);
      return;
    }
    stats.filesScanned++;
    stats.bytesScanned += read.bytes;
    if (/\.map$/i.test(asset.relative)) {
      sourceMaps++;
      findings.push(...scanSourceMap(asset, read.text, context));
    } else {
      findings.push(...scanAssetText(asset, read.text, context));
    }
  });
  options.onProgress?.(assets.length, assets.length);
  stats.durationMs = performance.now() - started;
  return {
    findings: findings.sort(compareFindings),
    stats,
    dirs: dirs.map((dir) => toPosix(path.relative(root, dir.absolute)) || '.'),
    envValues: envValues.length,
    sourceMaps,
  };
}

function named(root: string, given: string): BundleDir {
  const absolute = path.resolve(root, given);
  if (!isDirectory(absolute)) throw new MissingPathError(given);
  return namedBuildDir(absolute);
}

/**
 * Every file of the folders, config `ignore` applied, media files left out. Symlinks are not followed and
 * FIFOs, sockets and devices not opened: both are counted as skipped.
 */
async function listAssets(
  root: string,
  dirs: readonly BundleDir[],
  config: KeywardConfig,
  stats: ScanStats,
): Promise<Asset[]> {
  const assets = new Map<string, Asset>();
  for (const dir of dirs) {
    const { files, symlinks, special } = await discover({ root: dir.absolute, ignore: [], useIgnoreFiles: false });
    const shown = (file: string) => toPosix(path.relative(root, path.join(dir.absolute, file)));
    for (const link of symlinks) addSkip(stats, 'symlink', shown(link));
    for (const entry of special) addSkip(stats, 'not-a-file', shown(entry));
    for (const file of files) {
      if (MEDIA.test(file) || (dir.include && !dir.include.test(file))) continue;
      const absolute = path.join(dir.absolute, file);
      const relative = toPosix(path.relative(root, absolute));
      if (!assets.has(absolute)) assets.set(absolute, { absolute, relative, dir: dir.absolute, appRoot: dir.appRoot });
    }
  }
  const ignored = config.ignore.length ? picomatch()([...config.ignore], { dot: true }) : undefined;
  return [...assets.values()]
    .filter((asset) => !ignored?.(asset.relative))
    .sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

function inside(root: string, dir: string): boolean {
  const relative = path.relative(root, dir);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

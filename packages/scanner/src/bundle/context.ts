import type { Catalog, Detector } from '@keyward/core';
import type { EnvValueMatcher } from './env-values.js';
import type { SourceMapCache } from './source-map-cache.js';
import type { KeyCollector } from '../verify/collect.js';

/** What every asset scan of one `keyward bundle` run shares. */
export interface BundleScanContext {
  /** Reported paths are relative to this. */
  readonly root: string;
  readonly catalog: Catalog;
  readonly allow: ((detector: Detector, secret: string) => boolean) | undefined;
  readonly env: EnvValueMatcher;
  /** The names of the project's env variables (public ones too) that hold exactly this value. */
  readonly envNames: (value: string) => readonly string[];
  readonly maps: SourceMapCache;
  readonly showSecrets: boolean;
  /** `--verify`: collects the keys a verifier could check. */
  readonly keys?: KeyCollector;
}

/** One file of a build folder. */
export interface Asset {
  readonly absolute: string;
  /** Relative to the scan root, forward slashes. */
  readonly relative: string;
  /** The build folder it sits in (source map files are read only inside it). */
  readonly dir: string;
  /** The app the folder belongs to: bundler-scheme source paths (`webpack://…`) are relative to it. */
  readonly appRoot: string;
}

import {
  allowFor,
  builtInCatalog,
  catalogFor,
  DEFAULT_SANITIZERS,
  PUBLIC_BY_DESIGN,
  PUBLIC_PREFIXES,
  SECRET_WORDS,
} from '@keyward/core';
import type { Catalog, Detector, KeywardConfig } from '@keyward/core';

/** What the project's configuration (and, in ESLint, rule options) asks of the engine. */
export interface EngineOptions {
  /** Detectors: the built-ins minus `disable`, plus custom ones (key literals and split keys). */
  readonly catalog: Catalog;
  /** The config's allow lists. */
  readonly allow?: (detector: Detector, secret: string) => boolean;
  /** Names of functions whose result is safe to log. */
  readonly sanitizers: ReadonlySet<string>;
  /** Globs (relative to the root) of modules the browser loads, beside the recognised entry points. */
  readonly clientEntries: readonly string[];
  /** Replaces the recognised entry globs (`*.client.*`, Next.js pages, a Vite app's src/): an ESLint rule option. */
  readonly entryGlobs?: readonly string[];
  /** Environment variables that may be read in client code (an ESLint rule option). */
  readonly allowEnv?: ReadonlySet<string>;
  /** How `no-public-env-secret` judges env names (ESLint rule options; the defaults elsewhere). */
  readonly publicEnv: {
    readonly prefixes: readonly string[];
    readonly secretWords: readonly string[];
    readonly allow: readonly string[];
  };
  /** Keep the secret in findings (`--show-secrets`). */
  readonly showSecrets?: boolean;
}

/** The engine options a keyward config asks for. */
export function engineOptions(config?: KeywardConfig, showSecrets = false): EngineOptions {
  const allow = config ? allowFor(config) : undefined;
  return {
    catalog: config ? catalogFor(config) : builtInCatalog(),
    ...(allow ? { allow } : {}),
    sanitizers: new Set(config?.sanitizers ?? DEFAULT_SANITIZERS),
    clientEntries: config?.clientEntries ?? [],
    publicEnv: { prefixes: PUBLIC_PREFIXES, secretWords: SECRET_WORDS, allow: PUBLIC_BY_DESIGN },
    ...(showSecrets ? { showSecrets } : {}),
  };
}

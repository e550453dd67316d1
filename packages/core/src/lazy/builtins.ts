import { createRequire } from 'node:module';
import type * as cryptoModule from 'node:crypto';
import type * as zlibModule from 'node:zlib';

// Node built-ins that cost milliseconds to load (node:crypto 2–3 ms) and that most processes never need: a
// pre-commit hook with nothing to report never hashes. Loaded on first use.
const load = createRequire(import.meta.url);
let crypto: typeof cryptoModule | undefined;
let zlib: typeof zlibModule | undefined;

export function nodeCrypto(): typeof cryptoModule {
  return (crypto ??= load('node:crypto') as typeof cryptoModule);
}

export function nodeZlib(): typeof zlibModule {
  return (zlib ??= load('node:zlib') as typeof zlibModule);
}

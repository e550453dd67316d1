import { createRequire } from 'node:module';
import type * as v8Module from 'node:v8';
import type * as workerThreadsModule from 'node:worker_threads';

// Node built-ins a small scan never needs (a pre-commit hook starts no worker): node:worker_threads costs
// ~2.5 ms to load, node:v8 ~0.5 ms. Loaded on first use.
const load = createRequire(import.meta.url);
let workerThreads: typeof workerThreadsModule | undefined;
let v8: typeof v8Module | undefined;

export function nodeWorkerThreads(): typeof workerThreadsModule {
  return (workerThreads ??= load('node:worker_threads') as typeof workerThreadsModule);
}

export function nodeV8(): typeof v8Module {
  return (v8 ??= load('node:v8') as typeof v8Module);
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding } from '@keyward/core';
import { nodeWorkerThreads } from './lazy/builtins.js';
import { heapLimitMb, MemoryLimitError } from './memory-guard.js';
import { loadSemantic } from './semantic/load.js';
import type { KeySpan } from './semantic/key-spans.js';
import type { SemanticOptions } from './semantic/index.js';

/** A semantic pass under way: give it the text scan's key matches to get its findings. */
export interface SemanticRun {
  finish(keys: ReadonlyMap<string, readonly KeySpan[]>): Promise<Finding[]>;
}

function workerScript(): string {
  return fileURLToPath(new URL('./semantic-worker.js', import.meta.url));
}

/**
 * Starts the semantic pass of a tree scan: in a worker thread when the built worker exists (parsing overlaps
 * the text scan, and running out of memory is an error line, not a crash), else in this thread at `finish`.
 */
export function startSemantic(options: Omit<SemanticOptions, 'keys'>): SemanticRun {
  if (!existsSync(workerScript()))
    return { finish: async (keys) => (await loadSemantic()).semanticFindings({ ...options, keys }) };
  const worker = new (nodeWorkerThreads().Worker)(workerScript(), {
    workerData: options,
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb() },
  });
  const result = new Promise<Finding[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' || error.name === 'MemoryLimitError'
          ? new MemoryLimitError('running the semantic pass', heapLimitMb())
          : error,
      ),
    );
    worker.once('exit', (code) => reject(new Error(`the semantic pass ended early (exit code ${code})`)));
  });
  // an error before `finish` is reported by `finish`, not as an unhandled rejection
  result.catch(() => undefined);
  return {
    finish: (keys) => {
      worker.postMessage([...keys]);
      return result;
    },
  };
}

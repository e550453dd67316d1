import { nodeV8 } from './lazy/builtins.js';

// V8 ends the process with a fatal error, not an exception, when its heap is full: no error line, no exit code
// the user can read. The scan's loops ask here every few thousand steps and stop with one clear line while
// there is still room to print it.

/** Share of the heap limit past which the scan stops (after a full collection would not have helped). */
const STOP_AT = 0.9;

export class MemoryLimitError extends Error {
  constructor(stage: string, limitMb: number) {
    super(
      `out of memory while ${stage}: the scan needs more than the ${limitMb} MB heap limit; scan fewer paths ` +
        `or raise it with NODE_OPTIONS=--max-old-space-size=${Math.max(2 * limitMb, 1024)}`,
    );
    this.name = 'MemoryLimitError';
  }
}

/** Throws MemoryLimitError when the heap is nearly full. Cheap (no allocation): call it in loops. */
export function checkMemory(stage: string): void {
  const heap = nodeV8().getHeapStatistics();
  if (heap.used_heap_size > heap.heap_size_limit * STOP_AT) throw new MemoryLimitError(stage, heapLimitMb());
}

export function heapLimitMb(): number {
  return Math.round(nodeV8().getHeapStatistics().heap_size_limit / 1048576);
}

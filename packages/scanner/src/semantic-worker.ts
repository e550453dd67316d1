// Worker thread for a tree scan's semantic pass. It parses the code files while the main thread runs the text
// scan, then takes the text scan's key matches and runs the flow engine. In a worker the pass has its own heap
// with a limit: when the trees do not fit, the worker ends with ERR_WORKER_OUT_OF_MEMORY and the scan stops
// with one error line, where the main thread would die of a fatal V8 error.
import { parentPort, workerData } from 'node:worker_threads';
import type { KeySpan } from './semantic/key-spans.js';
import type { SemanticOptions } from './semantic/index.js';
import { enableCodeCache, saveCodeCache } from './semantic/code-cache.js';

enableCodeCache();
const { parseSources, analyseParsed } = await import('./semantic/index.js');
const sources = parseSources(workerData as Omit<SemanticOptions, 'keys'>);
parentPort?.once('message', (keys: [string, readonly KeySpan[]][]) => {
  const findings = analyseParsed(sources, new Map(keys));
  saveCodeCache();
  parentPort?.postMessage(findings);
});

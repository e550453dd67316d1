// Worker thread: scans batches of files with its own compiled catalog and sends findings (and code files'
// key spans, for the semantic pass) back.
import { parentPort, workerData } from 'node:worker_threads';
import path from 'node:path';
import type { KeywardConfig } from '@keyward/core';
import { fileScanContext, scanFile, type KeySpans } from './scan-file.js';
import { emptyStats } from './stats.js';
import { KeyCollector } from './verify/collect.js';

interface Setup {
  readonly root: string;
  readonly config: KeywardConfig;
  readonly showSecrets: boolean;
  /** `--verify`: send the verifiable keys of each batch back with its findings (in memory, by message). */
  readonly collectKeys?: boolean;
}

const setup = workerData as Setup;
const context = fileScanContext(setup.config, setup.showSecrets);

parentPort?.on('message', (files: string[] | null) => {
  if (files === null) {
    parentPort?.close();
    return;
  }
  const stats = emptyStats();
  const keys = setup.collectKeys ? new KeyCollector() : undefined;
  const batch = keys ? { ...context, keys } : context;
  const spans: KeySpans = new Map();
  const findings = files.flatMap((file) => scanFile(path.join(setup.root, file), file, batch, stats, spans));
  parentPort?.postMessage({ findings, stats, count: files.length, keys: keys?.candidates ?? [], spans: [...spans] });
});

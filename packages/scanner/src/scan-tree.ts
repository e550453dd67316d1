import path from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareFindings, DEFAULT_CONFIG, isGeneratedPath, type Finding, type KeywardConfig } from '@keyward/core';
import { discover } from './discover.js';
import { startSemantic } from './semantic-run.js';
import { isSemanticSource } from './semantic/sources.js';
import { committedEnvFiles } from './env-files.js';
import { fileScanContext, scanFile, type KeySpans } from './scan-file.js';
import type { KeySpan } from './semantic/key-spans.js';
import { nodeWorkerThreads } from './lazy/builtins.js';
import { checkMemory, heapLimitMb, MemoryLimitError } from './memory-guard.js';
import { ignoredEnvFindings } from './ignored-env.js';
import { enclosingProject } from './project-root.js';
import { addSkip, emptyStats, mergeStats, type ScanStats } from './stats.js';
import type { KeyCandidate, KeyCollector } from './verify/collect.js';

export interface ScanTreeOptions {
  readonly root: string;
  readonly paths?: readonly string[];
  readonly config?: KeywardConfig;
  readonly showSecrets?: boolean;
  /** Honour `.gitignore` and default ignores (default true). */
  readonly useIgnoreFiles?: boolean;
  /** Run the semantic pass over code files (imports, data flow; default true). False gives the text scan alone. */
  readonly semantic?: boolean;
  /**
   * Characters of source whose syntax trees the semantic pass keeps at once (default: the trees of half the heap,
   * at least 4 million characters); past it the least recently used are dropped and parsed again when reached.
   * Findings do not depend on it.
   */
  readonly treeBudget?: number;
  /** Worker threads: a number (capped at the core count), or 'auto' (one per core when the tree is large enough to pay). */
  readonly workers?: number | 'auto';
  /**
   * Text scan: (files done, files). Then, once, `semantic` (0, code files) when the scan waits for the semantic
   * pass (its parsing overlaps the text scan; the cross-file analysis follows), so a long pass is not silent.
   */
  readonly onProgress?: (done: number, total: number, phase?: 'text' | 'semantic') => void;
  /** Files never scanned, absolute or relative to the root: the report this run writes, the baseline it reads. */
  readonly exclude?: readonly string[];
  /** `--verify`: collects the keys a verifier could check, for `VerificationRun` after the scan. */
  readonly keys?: KeyCollector;
}

export interface ScanTreeResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  readonly files: number;
}

/**
 * Below this many bytes to read (estimated), a worker's start-up costs more than it saves: each loads the
 * modules, compiles the catalog and runs cold code for its first megabytes, ~0.2-0.4 s of CPU (bench/RESULTS.md).
 */
const WORKER_BYTES = 64 * 1024 * 1024;
/** Files whose sizes are sampled to estimate a tree's bytes: a stat each, evenly spread over the list. */
const SIZE_SAMPLE = 64;
const BATCH = 64;

/** Text scan of a tree: discovery, then every file through the core catalog, in worker threads when large. */
export async function scanTree(options: ScanTreeOptions): Promise<ScanTreeResult> {
  const started = performance.now();
  const root = path.resolve(options.root);
  const config = options.config ?? DEFAULT_CONFIG;
  const discovery = await discover({
    root,
    ...(options.paths ? { paths: options.paths } : {}),
    ignore: config.ignore,
    useIgnoreFiles: options.useIgnoreFiles ?? true,
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
  const { files, symlinks, special } = discovery;
  const requested = options.workers ?? 'auto';
  const workerCount = chooseWorkers(
    requested,
    files.length,
    requested === 'auto' ? estimateBytes(root, files, config.maxFileSize) : undefined,
  );
  const spans: KeySpans = new Map();
  // the semantic pass parses in its own thread while the text scan runs, then takes the scan's key matches
  const semantic = (options.semantic ?? true) ? await startProjectSemantic(root, files, config, options) : undefined;
  const { findings, stats } =
    workerCount > 0
      ? await scanInWorkers(root, files, config, options, workerCount, spans)
      : scanInline(root, files, config, options, spans);
  if (semantic) {
    if (semantic.around) projectKeySpans(root, semantic.around, semantic.scanned, config, spans);
    if (semantic.codeFiles > 0) options.onProgress?.(0, semantic.codeFiles, 'semantic');
    const found = await semantic.run.finish(spans);
    findings.push(...(semantic.around ? found.filter((finding) => semantic.scanned.has(finding.file)) : found));
  }
  // ignored .env files are not the repository's business, but public-prefixed names in them reach the bundle
  findings.push(...ignoredEnvFindings(root, discovery.ignoredEnvFiles, config.maxFileSize));
  stats.ignoredEnvChecked = discovery.ignoredEnvFiles.length;
  stats.namedIgnored = discovery.namedIgnored;
  for (const file of discovery.excluded) addSkip(stats, 'own-report', file, 'written or read by this run');
  // env files git tracks or does not ignore, among the files this scan covers
  const scanned = new Set(files);
  findings.push(...committedEnvFiles(root, (file) => scanned.has(file)));
  for (const link of symlinks) addSkip(stats, 'symlink', link, 'not followed');
  for (const entry of special) addSkip(stats, 'not-a-file', entry);
  findings.sort(compareFindings);
  stats.durationMs = performance.now() - started;
  return { findings, stats, files: files.length };
}

/**
 * The semantic pass over the scanned files, or, when paths are named, over their whole project (aliases and
 * importers outside the paths count), reporting inside the paths.
 */
async function startProjectSemantic(root: string, files: string[], config: KeywardConfig, options: ScanTreeOptions) {
  const project = enclosingProject(root, options.paths);
  const around = project
    ? (
        await discover({
          root,
          paths: [project],
          ignore: config.ignore,
          useIgnoreFiles: options.useIgnoreFiles ?? true,
        })
      ).files
    : undefined;
  const code = around ?? files;
  const codeFiles = code.filter((file) => isSemanticSource(file)).length;
  // no code file: no worker and no TypeScript to load
  if (codeFiles === 0) return { run: { finish: async () => [] }, around, scanned: new Set(files), codeFiles };
  const run = startSemantic({
    root,
    files: around ? [...new Set([...around, ...files])].sort() : files,
    config,
    showSecrets: options.showSecrets ?? false,
    ...(options.treeBudget !== undefined ? { treeBudget: options.treeBudget } : {}),
  });
  return { run, around, scanned: new Set(files), codeFiles };
}

/** Key matches in the project's code outside the named paths: sources for flows that end inside them. */
function projectKeySpans(
  root: string,
  files: readonly string[],
  scanned: ReadonlySet<string>,
  config: KeywardConfig,
  spans: KeySpans,
): void {
  const context = fileScanContext(config, false);
  const scratch = emptyStats();
  for (const file of files)
    if (!scanned.has(file) && isSemanticSource(file)) scanFile(path.join(root, file), file, context, scratch, spans);
}

/** The whole-project scan as a list of findings: `scanTree` without the statistics. */
export async function scanProject(root: string, options: Omit<ScanTreeOptions, 'root'> = {}): Promise<Finding[]> {
  return (await scanTree({ ...options, root })).findings;
}

/**
 * Worker threads for a scan: never more than the machine's cores (`--workers 1000` must not start 1000). The
 * main thread scans beside them, so 'auto' starts one fewer than the cores, and only for a tree of at least
 * WORKER_BYTES and on cores the machine's other work leaves idle (a busy machine gives a worker no CPU to
 * repay its start-up with).
 */
export function chooseWorkers(requested: number | 'auto', files: number, estimatedBytes?: number): number {
  if (requested !== 'auto') return Math.max(0, Math.min(requested, availableParallelism(), files));
  if ((estimatedBytes ?? 0) < WORKER_BYTES || !existsSync(workerScript())) return 0;
  const idle = Math.floor(availableParallelism() - (loadavg()[0] ?? 0));
  return Math.max(0, Math.min(availableParallelism() - 1, idle, 7));
}

/**
 * The bytes a scan of `files` will read, from the sizes of a sample of them (files over the size limit and
 * generated files are not read). A stat per sampled file, not per file.
 */
export function estimateBytes(root: string, files: readonly string[], maxFileSize: number): number {
  if (files.length === 0) return 0;
  const step = Math.max(1, files.length / SIZE_SAMPLE);
  let sampled = 0;
  let bytes = 0;
  for (let at = 0; at < files.length; at += step) {
    const file = files[Math.floor(at)]!;
    sampled++;
    if (isGeneratedPath(file)) continue;
    try {
      const size = statSync(path.join(root, file)).size;
      if (size <= maxFileSize) bytes += size;
    } catch {
      // gone since the walk: reads as nothing
    }
  }
  return (bytes / sampled) * files.length;
}

function scanInline(
  root: string,
  files: readonly string[],
  config: KeywardConfig,
  options: ScanTreeOptions,
  spans: KeySpans,
) {
  const context = fileScanContext(config, options.showSecrets ?? false, options.keys);
  const stats = emptyStats();
  const findings: Finding[] = [];
  files.forEach((file, i) => {
    if (i % 256 === 255) checkMemory('scanning files');
    findings.push(...scanFile(path.join(root, file), file, context, stats, spans));
    if (options.onProgress && i % 200 === 0) options.onProgress(i, files.length);
  });
  options.onProgress?.(files.length, files.length);
  return { findings, stats };
}

function workerScript(): string {
  return fileURLToPath(new URL('./worker.js', import.meta.url));
}

interface WorkerReply {
  findings: Finding[];
  stats: ScanStats;
  count: number;
  keys: KeyCandidate[];
  spans: [string, readonly KeySpan[]][];
}

async function scanInWorkers(
  root: string,
  files: readonly string[],
  config: KeywardConfig,
  options: ScanTreeOptions,
  count: number,
  spans: KeySpans,
) {
  const stats = emptyStats();
  const findings: Finding[] = [];
  let next = 0;
  let done = 0;
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const take = () => (next < batches.length ? batches[next++]! : null);
  const progress = (scanned: number) => {
    done += scanned;
    options.onProgress?.(done, files.length);
  };
  const runOne = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new (nodeWorkerThreads().Worker)(workerScript(), {
        workerData: { root, config, showSecrets: options.showSecrets ?? false, collectKeys: Boolean(options.keys) },
      });
      let ended = false;
      const feed = () => {
        if (ended) return;
        const batch = take();
        if (batch === null) ended = true;
        worker.postMessage(batch);
      };
      worker.on('message', (reply: WorkerReply) => {
        findings.push(...reply.findings);
        options.keys?.merge(reply.keys);
        for (const [file, found] of reply.spans) spans.set(file, found);
        mergeStats(stats, reply.stats);
        progress(reply.count);
        feed();
      });
      worker.on('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' || error.name === 'MemoryLimitError'
            ? new MemoryLimitError('scanning files in worker threads', heapLimitMb())
            : error,
        ),
      );
      worker.on('exit', () => resolve());
      // two batches in flight: the main thread, scanning too, answers only between its own batches
      feed();
      feed();
    });
  const running = Promise.all(Array.from({ length: count }, runOne));
  running.catch(() => {}); // awaited below, once the main thread's share is done
  // The main thread scans batches as well (it would otherwise wait), and lets the workers' replies in between.
  const context = fileScanContext(config, options.showSecrets ?? false, options.keys);
  for (let batch = take(); batch !== null; batch = take()) {
    checkMemory('scanning files');
    for (const file of batch) findings.push(...scanFile(path.join(root, file), file, context, stats, spans));
    progress(batch.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await running;
  return { findings, stats };
}

import type { Finding, KeywardConfig } from '@keyward/core';
import { checkCommittedText, gitPathFilter } from './file-checks.js';
import { checkBinary } from './binary-checks.js';
import { stagedEntriesAsync, startBlobSizes, startBlobStream, type StagedEntry } from './git.js';
import { decode } from './read-text.js';
import { fileScanContext, type FileScanContext, type KeySpans } from './scan-file.js';
import { loadSemantic } from './semantic/load.js';
import { isSemanticSource, mayHoldSemanticFindings } from './semantic/sources.js';
import { addSkip, emptyStats, type ScanStats } from './stats.js';
import type { KeyCollector } from './verify/collect.js';

export interface ScanStagedOptions {
  /** The repository's top-level directory. */
  readonly root: string;
  readonly config: KeywardConfig;
  readonly showSecrets?: boolean;
  /** Run the semantic checks on staged code (default true). */
  readonly semantic?: boolean;
  /** `--verify`: collects the keys a verifier could check. */
  readonly keys?: KeyCollector;
}

export interface ScanStagedResult {
  readonly findings: Finding[];
  readonly stats: ScanStats;
  /** Staged files, before ignores. */
  readonly files: number;
  /**
   * The staged text of each file with a finding, for the code frames under them (read once from the index; a
   * reporter need not ask git again). In memory only.
   */
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * `keyward staged`: the staged version of every staged file, read from the index (never the working tree),
 * through the tree scan's per-file checks; staged code also gets the semantic checks on its staged text
 * (imports resolve among the staged files).
 */
export async function scanStaged(options: ScanStagedOptions): Promise<ScanStagedResult> {
  const started = performance.now();
  const { root, config } = options;
  const showSecrets = options.showSecrets ?? false;
  const semantic = options.semantic ?? true;
  const stats = emptyStats();
  // git lists the index, and the two readers of its blobs start, while the detectors compile (the catalog is
  // most of the hook's own start-up; each git start-up is a few ms)
  const listed = stagedEntriesAsync(root);
  listed.catch(() => undefined);
  const askSizes = startBlobSizes(root);
  const readBlobs = startBlobStream(root);
  // the readers wait for their input: whatever fails before they get it must let them exit
  const release = async (error: unknown): Promise<never> => {
    await Promise.all([askSizes([]), readBlobs([], () => undefined)]);
    throw error;
  };
  let wantedPath: (path: string) => boolean;
  let context: FileScanContext;
  let entries: StagedEntry[];
  try {
    wantedPath = gitPathFilter(config, stats);
    context = fileScanContext(config, showSecrets, options.keys);
    entries = await listed;
  } catch (error) {
    return release(error);
  }
  const scannable = entries.filter((entry) => wantedPath(entry.path));
  // sizes first: a blob over maxFileSize is reported from its size and never read
  const sizes = await askSizes(scannable.map((entry) => entry.blob)).catch(async (error: unknown) => {
    await readBlobs([], () => undefined);
    throw error;
  });
  const wanted = new Map<string, StagedEntry[]>();
  for (const entry of scannable) {
    const size = sizes.get(entry.blob);
    if (size === undefined) addSkip(stats, 'unreadable', entry.path, 'blob missing');
    else if (size > config.maxFileSize) addSkip(stats, 'too-large', entry.path, `${size} bytes`);
    else wanted.set(entry.blob, [...(wanted.get(entry.blob) ?? []), entry]);
  }
  const findings: Finding[] = [];
  /** Staged code and HTML pages by path: the semantic checks read them from here, never from the working tree. */
  const code = new Map<string, string>();
  const spans: KeySpans = new Map();
  const texts = new Map<string, string>();
  // TypeScript (most of a small commit's wait) loads only once a staged file can hold a semantic finding, and
  // then while git streams the rest: a commit of code without trigger words never loads it
  let semanticPass: ReturnType<typeof loadSemantic> | undefined;
  await readBlobs([...wanted.keys()], (blob, data) => {
    for (const entry of wanted.get(blob) ?? []) {
      const read = decode(data, entry.path);
      if ('skip' in read) {
        if (read.skip === 'binary') findings.push(...checkBinary(data, entry.path, context, stats));
        else addSkip(stats, read.skip, entry.path);
        continue;
      }
      const fileFindings = checkCommittedText(
        read.text,
        read.bytes,
        entry.path,
        context,
        stats,
        { state: 'staged' },
        spans,
      );
      findings.push(...fileFindings);
      if (fileFindings.length) texts.set(entry.path, read.text);
      // HTML pages too: the script entries they load are client code
      if (semantic && entry.path.endsWith('.html')) code.set(entry.path, read.text);
      if (!semantic || !isSemanticSource(entry.path)) continue;
      code.set(entry.path, read.text);
      if (!semanticPass && mayHoldSemanticFindings(read.text, spans.has(entry.path))) semanticPass = loadSemantic();
    }
  });
  if (semanticPass) {
    const { semanticFindings } = await semanticPass;
    const semanticOnes = semanticFindings({
      root,
      files: scannable.map((entry) => entry.path),
      contents: code,
      config,
      keys: spans,
      showSecrets,
    });
    for (const finding of semanticOnes) {
      const text = code.get(finding.file);
      if (text !== undefined) texts.set(finding.file, text);
    }
    findings.push(...semanticOnes);
  }
  stats.durationMs = performance.now() - started;
  return { findings, stats, files: entries.length, texts };
}

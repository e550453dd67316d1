import picomatch from 'picomatch';
import { type Finding, isEnvExample, isEnvFile, isGeneratedPath, type KeywardConfig } from '@keyward/core';
import {
  decode,
  envFileFinding,
  fileScanContext,
  isSemanticSource,
  loadSemantic,
  mayHoldSemanticFindings,
  blobSizes,
  streamBlobs,
  scanContent,
  stagedEntries,
  addSkip,
  emptyStats,
  type KeyCollector,
  type KeySpans,
  type ScanStats,
  type StagedEntry,
} from '@keyward/scanner';

/**
 * Scans the staged version of every staged file: blobs from the index, never the working tree. Staged code
 * also gets the semantic checks, on its staged text (imports resolve among the staged files).
 */
export async function scanStaged(
  root: string,
  config: KeywardConfig,
  showSecrets: boolean,
  semantic = true,
  keys?: KeyCollector,
): Promise<{ findings: Finding[]; stats: ScanStats; files: number }> {
  const started = performance.now();
  const ignored = config.ignore.length ? picomatch([...config.ignore], { dot: true }) : () => false;
  const entries = stagedEntries(root).filter((entry) => !ignored(entry.path));
  const stats = emptyStats();
  const context = fileScanContext(config, showSecrets, keys);
  const scannable = entries.filter((entry) => {
    if (!isGeneratedPath(entry.path)) return true;
    addSkip(stats, 'generated', entry.path);
    return false;
  });
  // TypeScript loads while git streams the blobs (most of a small commit's wait), when code is staged
  const semanticPass = semantic && scannable.some((entry) => isSemanticSource(entry.path)) ? loadSemantic() : undefined;
  // sizes first: a blob over maxFileSize is reported from its size and never read
  const sizes = await blobSizes(
    root,
    scannable.map((entry) => entry.blob),
  );
  const findings: Finding[] = [];
  /** Staged code that may hold a semantic finding, by path: the per-file semantic checks read it from here. */
  const code = new Map<string, string>();
  const spans: KeySpans = new Map();
  const wanted = new Map<string, StagedEntry[]>();
  for (const entry of scannable) {
    const size = sizes.get(entry.blob);
    if (size === undefined) addSkip(stats, 'unreadable', entry.path, 'blob missing');
    else if (size > config.maxFileSize) addSkip(stats, 'too-large', entry.path, `${size} bytes`);
    else wanted.set(entry.blob, [...(wanted.get(entry.blob) ?? []), entry]);
  }
  await streamBlobs(root, [...wanted.keys()], (blob, data) => {
    for (const entry of wanted.get(blob) ?? []) {
      const read = decode(data, entry.path);
      if ('skip' in read) {
        addSkip(stats, read.skip, entry.path);
        continue;
      }
      const fileFindings = scanContent(read.text, read.bytes, entry.path, context, stats, spans);
      findings.push(...fileFindings);
      if (semantic && isSemanticSource(entry.path) && mayHoldSemanticFindings(read.text, fileFindings.length > 0))
        code.set(entry.path, read.text);
      // committing a .env file is the leak, whatever it holds; an example file only when it holds real keys
      if (isEnvFile(entry.path) && (!isEnvExample(entry.path) || fileFindings.length))
        findings.push(envFileFinding(entry.path, 'staged'));
    }
  });
  if (semanticPass && code.size > 0) {
    const { semanticFindings } = await semanticPass;
    findings.push(
      ...semanticFindings({ root, files: [...code.keys()], contents: code, config, keys: spans, showSecrets }),
    );
  }
  stats.durationMs = performance.now() - started;
  return { findings, stats, files: entries.length };
}

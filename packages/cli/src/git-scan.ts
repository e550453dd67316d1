import picomatch from 'picomatch';
import { type Finding, isEnvExample, isEnvFile, isGeneratedPath, type KeywardConfig } from '@keyward/core';
import { decode, envFileFinding, fileScanContext, readBlobs, scanContent, stagedEntries, addSkip, emptyStats, type ScanStats } from '@keyward/scanner';

/** Scans the staged version of every staged file: blobs from the index, never the working tree. */
export async function scanStaged(root: string, config: KeywardConfig, showSecrets: boolean): Promise<{ findings: Finding[]; stats: ScanStats; files: number }> {
  const started = performance.now();
  const ignored = config.ignore.length ? picomatch([...config.ignore], { dot: true }) : () => false;
  const entries = stagedEntries(root).filter((entry) => !ignored(entry.path));
  const stats = emptyStats();
  const context = fileScanContext(config, showSecrets);
  const scannable = entries.filter((entry) => {
    if (!isGeneratedPath(entry.path)) return true;
    addSkip(stats, 'generated', entry.path);
    return false;
  });
  const blobs = await readBlobs(root, scannable.map((entry) => entry.blob), config.maxFileSize);
  const findings: Finding[] = [];
  for (const entry of scannable) {
    const data = blobs.get(entry.blob);
    if (data === undefined) {
      addSkip(stats, 'unreadable', entry.path, 'blob missing');
      continue;
    }
    if (typeof data === 'number') {
      addSkip(stats, 'too-large', entry.path, `${data} bytes`);
      continue;
    }
    const read = decode(data);
    if ('skip' in read) {
      addSkip(stats, read.skip, entry.path);
      continue;
    }
    const fileFindings = scanContent(read.text, read.bytes, entry.path, context, stats);
    findings.push(...fileFindings);
    // committing a .env file is the leak, whatever it holds; an example file only when it holds real keys
    if (isEnvFile(entry.path) && (!isEnvExample(entry.path) || fileFindings.length)) findings.push(envFileFinding(entry.path, 'staged'));
  }
  stats.durationMs = performance.now() - started;
  return { findings, stats, files: entries.length };
}

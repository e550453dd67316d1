import { compareFindings, DEFAULT_CONFIG, type Finding, type KeywardConfig } from '@keyward/core';
import { decode } from './read-text.js';
import { fileScanContext, scanContent, type KeySpans } from './scan-file.js';
import { checkBinary } from './binary-checks.js';
import { loadSemantic } from './semantic/load.js';
import { isSemanticSource, mayHoldSemanticFindings } from './semantic/sources.js';
import { addSkip, emptyStats, type ScanStats } from './stats.js';
import type { KeyCollector } from './verify/collect.js';

export interface ScanInputOptions {
  /** The name the text is reported under and scanned as (`.env.production`, `src/api.ts`, `<stdin>`). */
  readonly name: string;
  readonly data: Buffer;
  /** The scan root (relative imports of a semantic pass resolve against nothing else on disk). */
  readonly root: string;
  readonly config?: KeywardConfig;
  readonly showSecrets?: boolean;
  /** Run the semantic checks when the name is a code file (default true). */
  readonly semantic?: boolean;
  readonly keys?: KeyCollector;
}

/**
 * Scans one text that is not a file on disk (`keyward scan -`, an editor buffer): the text scan and, for a
 * code file name, the semantic checks on that text alone. Guards as for a file: size, binary, encoding.
 */
export async function scanInput(options: ScanInputOptions): Promise<{ findings: Finding[]; stats: ScanStats }> {
  const started = performance.now();
  const config = options.config ?? DEFAULT_CONFIG;
  const stats = emptyStats();
  const findings: Finding[] = [];
  const { name, data } = options;
  const read = data.length > config.maxFileSize ? { skip: 'too-large' as const } : decode(data, name);
  const context = fileScanContext(config, options.showSecrets ?? false, options.keys);
  if ('skip' in read && read.skip === 'binary') findings.push(...checkBinary(data, name, context, stats));
  else if ('skip' in read)
    addSkip(stats, read.skip, name, read.skip === 'too-large' ? `${data.length} bytes` : undefined);
  else {
    const spans: KeySpans = new Map();
    const found = scanContent(read.text, read.bytes, name, context, stats, spans);
    findings.push(...found);
    if ((options.semantic ?? true) && isSemanticSource(name) && mayHoldSemanticFindings(read.text, found.length > 0)) {
      const { semanticFindings } = await loadSemantic();
      findings.push(
        ...semanticFindings({
          root: options.root,
          files: [name],
          contents: new Map([[name, read.text]]),
          config,
          keys: spans,
          showSecrets: options.showSecrets ?? false,
        }),
      );
    }
  }
  findings.sort(compareFindings);
  stats.durationMs = performance.now() - started;
  return { findings, stats };
}

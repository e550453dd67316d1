import {
  environmentFindings,
  LineIndex,
  publicEnvFindings,
  type Catalog,
  type Detector,
  type Finding,
  type KeywardConfig,
  allowFor,
  catalogFor,
  hardcodedKeyFindings,
  isEnvFile,
  isGeneratedPath,
  keywordHits,
  scanFileText,
  scanQuietAscii,
  type KeywordHits,
} from '@keyward/core';
import { readContent } from './read-text.js';
import { checkBinary } from './binary-checks.js';
import { addSkip, type ScanStats } from './stats.js';
import type { KeyCollector } from './verify/collect.js';
import { isSemanticSource } from './semantic/sources.js';
import type { KeySpan } from './semantic/key-spans.js';

/** The text scan's key matches in code files, by path: the semantic pass starts from them instead of scanning again. */
export type KeySpans = Map<string, readonly KeySpan[]>;

/** Everything a file scan needs, built once per configuration (in each worker too). */
export interface FileScanContext {
  readonly catalog: Catalog;
  readonly allow: ((detector: Detector, secret: string) => boolean) | undefined;
  readonly maxFileSize: number;
  readonly showSecrets: boolean;
  /** Detector ids the config disables: the binary checks are not in the catalog, so they look here. */
  readonly disabled: ReadonlySet<string>;
  /** Set with `--verify`: collects the keys a verifier could check. */
  readonly keys?: KeyCollector;
}

export function fileScanContext(config: KeywardConfig, showSecrets: boolean, keys?: KeyCollector): FileScanContext {
  return {
    catalog: catalogFor(config),
    allow: allowFor(config),
    maxFileSize: config.maxFileSize,
    showSecrets,
    disabled: new Set(config.disable),
    ...(keys ? { keys } : {}),
  };
}

/** Scans one file's text for hardcoded keys; skips are counted in `stats`, never thrown. */
export function scanFile(
  absolute: string,
  relative: string,
  context: FileScanContext,
  stats: ScanStats,
  spans?: KeySpans,
): Finding[] {
  if (isGeneratedPath(relative)) {
    addSkip(stats, 'generated', relative);
    return [];
  }
  const read = readContent(absolute, context.maxFileSize);
  if ('skip' in read) {
    addSkip(stats, read.skip, relative, read.detail);
    return [];
  }
  if ('binary' in read) return checkBinary(read.binary, relative, context, stats);
  let text: string;
  let hits: KeywordHits | undefined;
  if ('ascii' in read) {
    // the prefilter walks the bytes, and a file without any keyword needs no string at all
    hits = keywordHits(context.catalog, read.ascii);
    if (hits.size === 0 && !needsText(relative, read.ascii)) {
      const { skipped } = scanQuietAscii(read.ascii, relative);
      if (skipped) addSkip(stats, skipped, relative);
      else {
        stats.filesScanned++;
        stats.bytesScanned += read.bytes;
      }
      return [];
    }
    text = read.ascii.toString('latin1');
  } else text = read.text;
  if (isOwnReport(relative, text)) {
    // A report quotes the catalog and the redacted keys it found, so only a provider-format key in full is taken
    // from it: one written with --show-secrets is a leak, and a file given a report's head must not hide a key.
    const kept = scanContent(text, read.bytes, relative, context, stats, undefined, hits).filter(isProviderKey);
    if (kept.length === 0) addSkip(stats, 'own-report', relative);
    return kept;
  }
  return scanContent(text, read.bytes, relative, context, stats, spans, hits);
}

/**
 * Whether a file without keywords still needs its text: `.env` files (public-prefixed names) and what may be
 * one of Keyward's own reports (counted apart).
 */
function needsText(relative: string, ascii: Buffer): boolean {
  if (isEnvFile(relative)) return true;
  return OWN_REPORT_NAME.test(relative) && isOwnReport(relative, ascii.toString('latin1', 0, 1024));
}

function isProviderKey(finding: Finding): boolean {
  return finding.ruleId === 'no-hardcoded-key' && finding.confidence !== undefined && finding.confidence !== 'low';
}

/** The head of a report Keyward writes: SARIF with its driver, the JSON report, or a baseline. */
const OWN_REPORT_HEAD =
  /^\uFEFF?\{\s*(?:"\$schema":\s*"[^"]{0,200}sarif[^"]{0,100}",\s*"version":\s*"2\.1\.0",\s*"runs":\s*\[\s*\{\s*"tool":\s*\{\s*"driver":\s*\{\s*"name":\s*"keyward"|"tool":\s*\{\s*"name":\s*"keyward"|"version":\s*1,\s*"tool":\s*"keyward)/;

/** Keyward's own reports and baselines, by name and content: the catalog text they quote is not reported. */
export function isOwnReport(relative: string, text: string): boolean {
  return OWN_REPORT_NAME.test(relative) && OWN_REPORT_HEAD.test(text.slice(0, 1024));
}

const OWN_REPORT_NAME = /\.(?:sarif|json)$/i;

/** Scans text already in memory (a staged blob, a file read elsewhere); code files' key matches go to `spans`. */
export function scanContent(
  text: string,
  bytes: number,
  relative: string,
  context: FileScanContext,
  stats: ScanStats,
  spans?: KeySpans,
  hits?: KeywordHits,
): Finding[] {
  const { matches, skipped } = scanFileText(text, relative, { ...context, hits });
  if (skipped) {
    addSkip(stats, skipped, relative);
    return [];
  }
  stats.filesScanned++;
  stats.bytesScanned += bytes;
  if (spans && matches.length && isSemanticSource(relative))
    spans.set(
      relative,
      matches.map((match) => ({
        detectorId: match.detector.id,
        start: match.start,
        end: match.end,
        ...(match.name ? { name: match.name } : {}),
      })),
    );
  const findings = hardcodedKeyFindings(text, matches, { file: relative, showSecrets: context.showSecrets });
  if (matches.some((match) => match.detector.environment)) {
    const lines = new LineIndex(text);
    findings.push(...environmentFindings(text, matches, relative, (offset) => lines.position(offset)));
  }
  context.keys?.collect(text, matches, findings);
  findings.push(...publicEnvFindings(text, relative));
  return findings;
}

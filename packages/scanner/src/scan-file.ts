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
  isGeneratedPath,
  looksMinified,
  scanText,
} from '@keyward/core';
import { readText } from './read-text.js';
import { addSkip, type ScanStats } from './stats.js';
import type { KeyCollector } from './verify/collect.js';

/** Everything a file scan needs, built once per configuration (in each worker too). */
export interface FileScanContext {
  readonly catalog: Catalog;
  readonly allow: ((detector: Detector, secret: string) => boolean) | undefined;
  readonly maxFileSize: number;
  readonly showSecrets: boolean;
  /** Set with `--verify`: collects the keys a verifier could check. */
  readonly keys?: KeyCollector;
}

export function fileScanContext(config: KeywardConfig, showSecrets: boolean, keys?: KeyCollector): FileScanContext {
  return {
    catalog: catalogFor(config),
    allow: allowFor(config),
    maxFileSize: config.maxFileSize,
    showSecrets,
    ...(keys ? { keys } : {}),
  };
}

const VENDOR_DIR = /(?:^|\/)(?:node_modules|vendor|vendors|bower_components|third_party|third-party|jspm_packages)\//;

/** Scans one file's text for hardcoded keys; skips are counted in `stats`, never thrown. */
export function scanFile(absolute: string, relative: string, context: FileScanContext, stats: ScanStats): Finding[] {
  if (isGeneratedPath(relative)) {
    addSkip(stats, 'generated', relative);
    return [];
  }
  const read = readText(absolute, context.maxFileSize);
  if ('skip' in read) {
    addSkip(stats, read.skip, relative, read.detail);
    return [];
  }
  return scanContent(read.text, read.bytes, relative, context, stats);
}

/** Scans text already in memory (a staged blob, a file read elsewhere). */
export function scanContent(
  text: string,
  bytes: number,
  relative: string,
  context: FileScanContext,
  stats: ScanStats,
): Finding[] {
  const minified = /\.(?:[cm]?js|css)$/.test(relative) && looksMinified(text);
  if (minified && VENDOR_DIR.test(relative)) {
    addSkip(stats, 'minified-vendor', relative);
    return [];
  }
  stats.filesScanned++;
  stats.bytesScanned += bytes;
  const matches = scanText(text, {
    path: relative,
    catalog: context.catalog,
    minified,
    ...(context.allow ? { allow: context.allow } : {}),
  });
  const findings = hardcodedKeyFindings(text, matches, { file: relative, showSecrets: context.showSecrets });
  if (matches.some((match) => match.detector.environment)) {
    const lines = new LineIndex(text);
    findings.push(...environmentFindings(text, matches, relative, (offset) => lines.position(offset)));
  }
  context.keys?.collect(text, matches, findings);
  findings.push(...publicEnvFindings(text, relative));
  return findings;
}

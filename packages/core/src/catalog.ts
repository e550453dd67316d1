import type { Detector } from './types.js';
import { escapeRegex } from './detectors/define.js';

/**
 * Detectors compiled for scanning: one combined literal regex over every keyword (the prefilter),
 * and for each keyword the detectors it enables. Build once per configuration, reuse for every file.
 */
export interface Catalog {
  readonly detectors: readonly Detector[];
  readonly prefilter: RegExp;
  readonly byKeyword: ReadonlyMap<string, readonly number[]>;
  /** Patterns with a `secret` group get the `d` flag so the secret's offsets are exact. */
  readonly patterns: readonly RegExp[];
}

export function compileCatalog(detectors: readonly Detector[]): Catalog {
  const byKeyword = new Map<string, number[]>();
  detectors.forEach((detector, index) => {
    for (const keyword of detector.keywords) {
      const list = byKeyword.get(keyword) ?? [];
      list.push(index);
      byKeyword.set(keyword, list);
    }
  });
  // Longest first, so a keyword that contains another still reports itself; a longer keyword also
  // enables the detectors of every keyword inside it (`secret_` enables the generic `secret`).
  const keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
  for (const outer of keywords) {
    for (const inner of keywords) {
      if (inner !== outer && outer.includes(inner)) {
        byKeyword.set(outer, [...new Set([...byKeyword.get(outer)!, ...byKeyword.get(inner)!])]);
      }
    }
  }
  const prefilter = new RegExp(keywords.map(escapeRegex).join('|'), 'g');
  const patterns = detectors.map((detector) => {
    const flags = detector.pattern.flags.includes('g') ? detector.pattern.flags : detector.pattern.flags + 'g';
    return detector.pattern.source.includes('(?<secret>') && !flags.includes('d')
      ? new RegExp(detector.pattern.source, flags + 'd')
      : new RegExp(detector.pattern.source, flags);
  });
  return { detectors, prefilter, byKeyword, patterns };
}

/** Indices of the detectors whose keywords occur in `text`: one pass of the combined regex. */
export function candidateDetectors(catalog: Catalog, text: string): Set<number> {
  const found = new Set<number>();
  const seen = new Set<string>();
  const prefilter = catalog.prefilter;
  prefilter.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = prefilter.exec(text)) !== null) {
    const keyword = match[0];
    if (seen.has(keyword)) continue;
    seen.add(keyword);
    for (const index of catalog.byKeyword.get(keyword) ?? []) found.add(index);
    if (seen.size === catalog.byKeyword.size) break;
  }
  return found;
}

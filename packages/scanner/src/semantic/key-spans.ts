import type { Catalog, Detector, SecretMatch } from '@keyward/core';

const detectorsById = new WeakMap<Catalog, Map<string, Detector>>();

/** A key match of the text scan, without the secret: it crosses worker threads and is re-read from the text. */
export interface KeySpan {
  readonly detectorId: string;
  readonly start: number;
  readonly end: number;
  readonly name?: string;
}

/** The matches again, with detector and secret, for the text the spans were found in. */
export function keyMatches(spans: readonly KeySpan[] | undefined, text: string, catalog: Catalog): SecretMatch[] {
  if (!spans?.length) return [];
  let byId = detectorsById.get(catalog);
  if (!byId) {
    byId = new Map(catalog.detectors.map((detector) => [detector.id, detector]));
    detectorsById.set(catalog, byId);
  }
  return spans.flatMap((span) => {
    const detector = byId!.get(span.detectorId);
    if (!detector) return [];
    return [
      {
        detector,
        secret: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        ...(span.name ? { name: span.name } : {}),
      },
    ];
  });
}

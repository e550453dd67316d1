import { describe, expect, it } from 'vitest';
import { detectors, scanText, type Detector } from '../src/index.js';
import { buildSamples } from './helpers/samples.js';
import { randomKey } from './helpers/random-keys.js';
import { generator } from './helpers/random.js';

// The placeholder filter and the validators must never drop a real key. For every detector, random keys of
// its shape (uniform characters: runs such as `AAAAAA` included) are planted in the context of its first
// positive sample, many to a text, and every one must be reported by that detector with its exact span.
// `npm test` tries KEYWARD_NO_DROP_RUNS (default 10,000) per detector; `npm run fuzz` 30,000.
const perDetector = Number(process.env['KEYWARD_NO_DROP_RUNS'] ?? 10_000);
const BATCH = 500;
const samples = buildSamples();

interface Context {
  readonly before: string;
  readonly after: string;
  readonly path: string;
}

/**
 * Where to plant a detector's keys: a plain `x = "…"` line when the detector finds its first positive sample's
 * secret there (it needs no context, and the generic detector stays out of the way), else that sample's own
 * text around the secret.
 */
function contextOf(detector: Detector): Context {
  const positive = samples[detector.id]!.positives[0]!;
  const path = positive.path ?? 'src/sample.ts';
  const match = scanText(positive.text, { path }).find((m) => m.detector.id === detector.id);
  if (!match) throw new Error(`${detector.id}: its first positive sample is not found`);
  const plain = { before: 'x = "', after: '";', path };
  const text = `${plain.before}${match.secret}${plain.after}`;
  if (scanText(text, { path }).some((m) => m.detector.id === detector.id && m.secret === match.secret)) return plain;
  return { before: positive.text.slice(0, match.start), after: positive.text.slice(match.end), path };
}

/** Detectors that replace this one where they overlap also report the key. */
function reporters(detector: Detector): Set<string> {
  return new Set([detector.id, ...detectors.filter((d) => d.supersedes?.includes(detector.id)).map((d) => d.id)]);
}

describe(`random keys of every detector's shape are never dropped (${perDetector} each)`, () => {
  it.each(detectors.map((detector) => [detector.id, detector] as const))('%s', (id, detector) => {
    const context = contextOf(detector);
    const accepted = reporters(detector);
    const g = generator(0x5eed ^ id.length ^ id.charCodeAt(0));
    const dropped: string[] = [];
    for (let done = 0; done < perDetector; done += BATCH) {
      const planted: { start: number; secret: string }[] = [];
      let text = '';
      for (let i = 0; i < Math.min(BATCH, perDetector - done); i++) {
        const secret = randomKey(detector, g.next);
        text += context.before;
        planted.push({ start: text.length, secret });
        text += secret + context.after + '\n\n';
      }
      const found = new Map(
        scanText(text, { path: context.path })
          .filter((m) => accepted.has(m.detector.id))
          .map((m) => [m.start, m.secret]),
      );
      for (const { start, secret } of planted) if (found.get(start) !== secret) dropped.push(secret);
    }
    // Shown in full: these are random strings made by this test, not anybody's key.
    expect(dropped.slice(0, 5), `${dropped.length} of ${perDetector} dropped`).toEqual([]);
  });
});

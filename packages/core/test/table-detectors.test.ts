import { describe, expect, it } from 'vitest';
import { compileCatalog, detectors, scanText } from '../src/index.js';
import { partsOf, tableSpecs, nameKeywords } from '../src/detectors/table.js';
import { keyOf, sampleName } from './helpers/table-samples.js';
import { generator } from './helpers/random.js';

// The table-driven families: every entry is a registered detector with complete metadata, and each stays
// linear on inputs built from its own shape (near-keys repeated without a terminator, names and separators
// repeated). Positives and near misses come from the same shapes (helpers/table-samples.ts, run by
// detectors.test.ts); random keys of every shape go through no-drop.test.ts.

const g = generator(0x7ab1e);
const specs = [...tableSpecs.values()];

describe('table-driven detector families', () => {
  it('register every entry in the catalog, and the catalog has at least 300 provider detectors', () => {
    const ids = new Set(detectors.map((d) => d.id));
    for (const spec of specs) expect(ids.has(spec.id), spec.id).toBe(true);
    const providerSpecific = detectors.filter((d) => d.id !== 'generic-secret' && d.id !== 'jwt');
    expect(providerSpecific.length).toBeGreaterThanOrEqual(300);
  });

  it.each(specs.map((spec) => [spec.id, spec] as const))('%s has provider, title and remediation', (_id, spec) => {
    const detector = detectors.find((d) => d.id === spec.id)!;
    expect(detector.provider.length).toBeGreaterThan(1);
    expect(detector.title.length).toBeGreaterThan(5);
    expect(detector.remediation).toMatch(/\S{3,}/);
    expect(detector.matches.length).toBeGreaterThan(5);
  });
});

function timeScan(text: string, catalog: ReturnType<typeof compileCatalog>, path: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    scanText(text, { path, catalog });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const fill = (unit: string, size = 50_000) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('every table entry stays linear on adversarial input built from its shape', () => {
  it.each(specs.map((spec) => [spec.id, spec] as const))('%s', (id, spec) => {
    const catalog = compileCatalog(detectors.filter((d) => d.id === id));
    const parts = partsOf(spec);
    const key = keyOf(parts, g.chars, 'max');
    const lead = spec.names ? `${sampleName(spec)}=` : spec.context ? `${spec.context[0]} key=` : '';
    const names = spec.names ? spec.names.flatMap(nameKeywords) : (spec.context ?? []);
    const inputs = [
      // a key missing its last character, again and again: every attempt runs almost to the end
      fill(`${lead}${key.slice(0, -1)}`),
      // the key's characters with no end
      lead + fill(key.replace(/[^A-Za-z0-9]/g, '')),
      ...names.slice(0, 2).flatMap((name) => [fill(`${name}=`), fill(`${name}_${name}: "`), fill(`${name} `)]),
      // context detectors: the provider word before every near-key, so every window is searched
      ...(spec.context ? [fill(`${spec.context[0]} ${key.slice(0, -1)} `), fill(`${spec.context[0]}${key}`)] : []),
    ];
    for (const input of inputs) {
      const small = timeScan(input, catalog, 'adversarial.env');
      const large = timeScan(input.repeat(4), catalog, 'adversarial.env');
      expect(
        large,
        `${id} / ${JSON.stringify(input.slice(0, 30))}: ${small.toFixed(1)}ms → ${large.toFixed(1)}ms`,
      ).toBeLessThan(
        // linear work grows ~4x; the slack absorbs a shared machine's pauses (see linear-time.test.ts)
        small * 10 + 300,
      );
    }
  });
});

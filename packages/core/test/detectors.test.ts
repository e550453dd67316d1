import { describe, expect, it } from 'vitest';
import { detectors, scanText } from '../src/index.js';
import { buildSamples } from './helpers/samples.js';

const samples = buildSamples();

describe('detector catalog', () => {
  it('has at least 60 well-known formats besides the four seed vendors and the generic detector', () => {
    const seedVendors = new Set(['LMIF', 'Laminr', 'Lumenfall', 'Lensmor']);
    const wellKnown = detectors.filter(
      (detector) => !seedVendors.has(detector.provider) && detector.id !== 'generic-secret',
    );
    expect(wellKnown.length).toBeGreaterThanOrEqual(60);
  });

  it('has unique kebab-case ids and complete metadata', () => {
    const ids = detectors.map((detector) => detector.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const detector of detectors) {
      expect(detector.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(detector.keywords.length, detector.id).toBeGreaterThan(0);
      expect(detector.pattern.flags, detector.id).toContain('g');
      expect(detector.envName, detector.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(detector.remediation.length, detector.id).toBeGreaterThan(10);
    }
  });

  it('tags the seed vendors environments', () => {
    const environment = (id: string) => detectors.find((detector) => detector.id === id)?.environment;
    expect(environment('lmif-live-key')).toBe('live');
    expect(environment('lmif-test-key')).toBe('test');
    expect(environment('laminr-live-key')).toBe('live');
    expect(environment('laminr-test-key')).toBe('test');
    expect(environment('stripe-test-secret-key')).toBe('test');
  });

  it('has positive and negative samples for every detector', () => {
    for (const detector of detectors) {
      const entry = samples[detector.id];
      expect(entry, `samples for ${detector.id}`).toBeDefined();
      expect(entry!.positives.length, detector.id).toBeGreaterThan(0);
      expect(entry!.negatives.length, detector.id).toBeGreaterThan(0);
    }
  });
});

describe.each(detectors.map((detector) => [detector.id]))('%s', (id) => {
  const entry = samples[id]!;

  it.each(entry.positives.map((positive, i) => [i, positive]))('finds positive #%i', (_i, positive) => {
    const matches = scanText(positive.text, { path: positive.path ?? 'src/sample.ts' });
    const mine = matches.filter((match) => match.detector.id === id);
    expect(
      mine,
      `${id} in ${JSON.stringify(positive.text.slice(0, 120))}; got ${matches.map((m) => m.detector.id)}`,
    ).toHaveLength(1);
    if (positive.secret) expect(mine[0]!.secret).toBe(positive.secret);
    expect(positive.text.slice(mine[0]!.start, mine[0]!.end)).toBe(mine[0]!.secret);
  });

  it.each(entry.negatives.map((negative, i) => [i, negative]))('ignores near miss #%i', (_i, negative) => {
    const text = typeof negative === 'string' ? negative : negative.text;
    const path = typeof negative === 'string' ? 'src/sample.ts' : negative.path;
    const matches = scanText(text, { path }).filter((match) => match.detector.id === id);
    expect(matches.map((match) => match.secret)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { allowFor, catalogFor, ConfigError, scanText, validateConfig, type Detector } from '../src/index.js';
import { compileUserRegex, UserRegexError } from '../src/user-regex.js';

// Custom detector and allow-list regexes come from the scanned repository's config, so they run on a
// linear-time engine: patterns that hang V8's backtracking engine on 30 characters finish at once.
const HOSTILE = ['acme_(\\w?\\w?)+!', 'acme_(?:.?){40}!', 'acme_(a+)+$', 'acme_(a|aa)+b', 'acme_\\w+\\w+\\w+x'];

function best(run: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

describe('custom detectors', () => {
  it.each(HOSTILE)('%s is accepted and scans hostile input in linear time', (regex) => {
    const config = validateConfig({ detectors: [{ id: 'acme', regex, keywords: ['acme_'] }] }, 'k.json');
    const catalog = catalogFor(config);
    const input = (n: number) => `const x = "${'acme_' + 'a'.repeat(30)}";\n`.repeat(n);
    const small = best(() => scanText(input(250), { path: 'a.ts', catalog }));
    const large = best(() => scanText(input(1000), { path: 'a.ts', catalog }));
    expect(large, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(small * 10 + 60);
    expect(large).toBeLessThan(2000);
  });

  it('finds matches, narrows them to a `secret` group and honours look-behind', () => {
    const config = validateConfig(
      { detectors: [{ id: 'acme', regex: '(?<![a-z])acme_(?<secret>[a-z0-9]{12})\\b', keywords: ['acme_'] }] },
      'k.json',
    );
    const text = 'a = "acme_q7ht2mz9xr4v"; b = "xacme_q7ht2mz9xr4v"; c = "acme_b6wc1yhq7rt2"';
    const found = scanText(text, { path: 'a.ts', catalog: catalogFor(config) }).filter((m) => m.detector.id === 'acme');
    expect(found.map((m) => m.secret)).toEqual(['q7ht2mz9xr4v', 'b6wc1yhq7rt2']);
    for (const match of found) expect(text.slice(match.start, match.end)).toBe(match.secret);
  });

  it('finds a match far into a long file (windows around every keyword)', () => {
    const config = validateConfig(
      { detectors: [{ id: 'acme', regex: 'acme_[a-z0-9]{12}', keywords: ['acme_'] }] },
      'k.json',
    );
    const text = 'x'.repeat(200_000) + ' acme_q7ht2mz9xr4v ' + 'y'.repeat(5000) + ' acme_b6wc1yhq7rt2';
    const found = scanText(text, { path: 'a.txt', catalog: catalogFor(config) }).filter(
      (m) => m.detector.id === 'acme',
    );
    expect(found).toHaveLength(2);
  });

  it.each([
    ['(a)\\1', 'backreferences'],
    ['acme_(?=x)', 'look-ahead'],
    ['acme_(?!x)', 'look-ahead'],
    ['acme_[', 'does not compile'],
  ])('refuses %s with a reason and without quoting it', (regex, reason) => {
    let error: unknown;
    try {
      validateConfig({ detectors: [{ id: 'acme', regex, keywords: ['acme_'] }] }, 'k.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(reason);
    expect((error as Error).message).not.toContain(regex);
  });
});

describe('allow-list regexes', () => {
  const key = (n: number) => `lmif_live_${'Q7hT2mZ9xR4vK8pL'}${'3nB6wC1y'.slice(0, 8 - String(n).length)}${n}`;
  const text = [1, 2, 3, 4].map((n) => `k${n} = "${key(n)}";`).join('\n');

  it.each([
    '/^lmif_live_Q7hT/',
    '/^lmif_live_q7ht/i',
    '/^lmif_live_Q7hT/g',
    '/^lmif_live_Q7hT/y',
    '/^lmif_live_Q7hT/gy',
  ])('%s allows every match (flags g and y no longer make it skip every other one)', (pattern) => {
    const allow = allowFor(validateConfig({ allow: { 'lmif-live-key': [pattern] } }, 'k.json'))!;
    expect(scanText(text, { path: 'a.ts', allow }).filter((m) => m.detector.id === 'lmif-live-key')).toEqual([]);
  });

  it.each(HOSTILE.map((source) => source.replace('acme_', 'lmif_live_')))(
    '/%s/ tests hostile secrets in linear time',
    (source) => {
      const allow = allowFor(validateConfig({ allow: { '*': [`/${source}/`] } }, 'k.json'))!;
      const secret = `lmif_live_${'a'.repeat(30)}`;
      const run = (n: number) => () => {
        for (let i = 0; i < n; i++) allow({ id: 'lmif-live-key' } as Detector, secret + 'a'.repeat(i % 7));
      };
      const small = best(run(500));
      const large = best(run(2000));
      expect(large, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(small * 10 + 60);
    },
  );
});

describe('compileUserRegex', () => {
  it('keeps i, m and s, drops g, y, u and d, refuses others', () => {
    expect(compileUserRegex('^abc$', 'im').test('x\nABC\ny')).toBe(true);
    expect(compileUserRegex('a.b', 's').test('a\nb')).toBe(true);
    expect(compileUserRegex('abc', 'gyud').test('xabcx')).toBe(true);
    expect(() => compileUserRegex('abc', 'v')).toThrow(UserRegexError);
  });
});

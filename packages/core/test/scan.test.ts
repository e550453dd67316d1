import { describe, expect, it } from 'vitest';
import {
  allowFor,
  catalogFor,
  DEFAULT_CONFIG,
  hardcodedKeyFindings,
  isSuppressed,
  scanText,
  suppressionFilter,
  validateConfig,
} from '../src/index.js';
import { generator } from './helpers/random.js';

const g = generator(42);
const lmif = () => `lmif_live_${g.chars(32)}`;

describe('scanText', () => {
  it('reports exact offsets, lines and UTF-16 columns, also after non-ASCII text', () => {
    const key = lmif();
    const text = `// résumé 🚀\nconst a = 1;\n  const k = "${key}";\n`;
    const matches = scanText(text, { path: 'src/a.ts' });
    expect(matches).toHaveLength(1);
    const [finding] = hardcodedKeyFindings(text, matches, { file: 'src/a.ts' });
    expect(finding).toMatchObject({
      line: 3,
      column: 14,
      endLine: 3,
      endColumn: 14 + key.length,
      ruleId: 'no-hardcoded-key',
      detectorId: 'lmif-live-key',
    });
    expect(finding!.redacted).toBe(`${key.slice(0, 14)}…`);
    expect(finding!.message).not.toContain(key);
    expect(JSON.stringify(finding)).not.toContain(key);
    expect(finding!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('includes the secret only when asked to', () => {
    const key = lmif();
    const text = `k = "${key}"`;
    const [shown] = hardcodedKeyFindings(text, scanText(text), { file: 'a', showSecrets: true });
    expect(shown!.secret).toBe(key);
  });

  it('gives the same fingerprint for the same secret wherever it moves', () => {
    const key = lmif();
    const a = hardcodedKeyFindings(`x = "${key}"`, scanText(`x = "${key}"`), { file: 'a.ts' })[0]!;
    const text = `\n\n\n  y = '${key}'`;
    const b = hardcodedKeyFindings(text, scanText(text), { file: 'a.ts' })[0]!;
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.line).not.toBe(b.line);
  });

  it('prefers Laminr over Stripe in an x-api-key context and Stripe elsewhere', () => {
    const body = g.chars(24);
    expect(scanText(`headers: { 'x-api-key': 'sk_live_${body}' }`)[0]!.detector.id).toBe('laminr-live-key');
    expect(scanText(`stripe(\n\n'sk_live_${body}')`)[0]!.detector.id).toBe('stripe-live-secret-key');
  });

  it('prefers a specific detector over the generic one for the same value', () => {
    const matches = scanText(`const apiKey = "${lmif()}";`);
    expect(matches.map((m) => m.detector.id)).toEqual(['lmif-live-key']);
  });

  it('does not report publishable or anon keys', () => {
    expect(scanText(`const pk = "pk_live_${g.chars(24)}"; const sb = "sb_publishable_${g.chars(30)}";`)).toEqual([]);
  });

  it('runs only high-confidence detectors in lock files', () => {
    const lock = `"integrity": "sha512-${g.chars(86)}==",\n"resolved": "https://registry/x.tgz",\n"password": "${g.chars(20)}"\n`;
    expect(scanText(lock, { path: 'package-lock.json' })).toEqual([]);
    expect(scanText(lock, { path: 'data.json' }).map((m) => m.detector.id)).toEqual(['generic-secret']);
  });

  it('runs only high-confidence detectors on minified code', () => {
    const minified = `var a=1;${'function f(n){return n*2};'.repeat(200)}var apiKey="${g.chars(30)}";var k="${lmif()}";`;
    expect(scanText(minified, { path: 'public/app.js' }).map((m) => m.detector.id)).toEqual(['lmif-live-key']);
  });

  it('handles empty, whitespace and keyword-only texts', () => {
    expect(scanText('')).toEqual([]);
    expect(scanText('\n\n\t  ')).toEqual([]);
    expect(scanText('lmif_live_ sk_live_ ghp_ eyJ AKIA')).toEqual([]);
  });
});

describe('inline suppression', () => {
  const key = lmif();
  it.each([
    [`const k = "${key}"; // keyward-ignore`],
    [`const k = "${key}"; // keyward-ignore: test fixture`],
    [`// keyward-ignore-next-line rotated 2026-01\nconst k = "${key}";`],
    [`# keyward-ignore-next-line\nLMIF_API_KEY=${key}`],
    [`LMIF_API_KEY=${key} # keyward-ignore`],
    [`/* keyward-ignore-next-line */\nconst k = "${key}";`],
    [`<!-- keyward-ignore-next-line -->\n<p>${key}</p>`],
    [`{/* keyward-ignore-next-line */}\n<Widget token="${key}" />`],
    [`// keyward-ignore-next-line\r\nconst k = "${key}";\r\n`],
    [`// keyward-ignore-next-line\rconst k = "${key}";\r`],
    [`// one\rconst k = "${key}"; // keyward-ignore\r// three`],
  ])('suppresses %j', (text) => {
    expect(scanText(text, { path: 'a.ts' })).toEqual([]);
    expect(scanText(text, { path: 'a.ts', keepSuppressed: true })).toHaveLength(1);
  });

  it.each([
    [`// keyward-ignore-next-line\n\nconst k = "${key}";`],
    [`const k = "${key}"; // keyward-ignore-next-line`],
    [`const note = "keyward-ignore"; const k = "${key}";`],
    [`// keyward-ignored\nconst k = "${key}"; // keyward-ignored`],
    // lone-CR line endings: a comment on another line must not cover the whole file
    [`// keyward-ignore\rconst k = "${key}";\r`],
    [`const k = "${key}";\r// keyward-ignore-next-line\r`],
    [`// keyward-ignore-next-line\r\rconst k = "${key}";`],
  ])('does not suppress %j', (text) => {
    expect(scanText(text, { path: 'a.ts' })).toHaveLength(1);
  });

  it('checks only the line and the line before', () => {
    const text = `a\n// keyward-ignore-next-line\nb ${key}\nc ${key}`;
    expect(isSuppressed(text, text.indexOf(key))).toBe(true);
    expect(isSuppressed(text, text.lastIndexOf(key))).toBe(false);
  });

  it('judges offsets in order as isSuppressed does, one line at a time', () => {
    const pieces = ['// keyward-ignore-next-line', 'x', '# keyward-ignore', 'y', '\r', '\r\n', '\n', ' '];
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += pieces[Math.floor(g.next() * pieces.length)];
      const filter = suppressionFilter(text);
      for (let offset = 0; offset < text.length; offset++)
        expect(filter(offset), `${JSON.stringify(text)} at ${offset}`).toBe(isSuppressed(text, offset));
    }
  });

  it('keeps a long line of matches with one directive suppressed, each match on it', () => {
    // thousands of matches on one line: the line is judged once, not once per match
    const line = Array.from({ length: 3000 }, () => `"${lmif()}"`).join(',');
    const text = `${line} // keyward-ignore\nconst k = "${key}";`;
    const kept = scanText(text, { path: 'a.ts' });
    expect(kept.map((match) => match.start)).toEqual([text.lastIndexOf(key)]);
  });
});

describe('config-driven catalogs', () => {
  it('disables detectors', () => {
    const config = validateConfig({ disable: ['lmif-live-key'] }, 'keyward.config.json');
    expect(scanText(`k="${lmif()}"`, { catalog: catalogFor(config) })).toEqual([]);
  });

  it('allows listed values per detector, literally or by /regex/', () => {
    const key = lmif();
    const config = validateConfig({ allow: { 'lmif-live-key': [key], '*': ['/^ghp_/'] } }, 'keyward.config.json');
    const allow = allowFor(config);
    expect(scanText(`k="${key}"`, { allow: allow! })).toEqual([]);
    expect(scanText(`k="${lmif()}"`, { allow: allow! })).toHaveLength(1);
  });

  it('adds custom detectors', () => {
    const config = validateConfig(
      {
        detectors: [
          {
            id: 'acme-token',
            regex: 'acme_[a-z0-9]{24}',
            keywords: ['acme_'],
            severity: 'medium',
            title: 'ACME token',
          },
        ],
      },
      'keyward.config.json',
    );
    const matches = scanText(`token: acme_${g.chars(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}`, {
      catalog: catalogFor(config),
    });
    expect(matches.map((m) => [m.detector.id, m.detector.severity])).toEqual([['acme-token', 'medium']]);
  });

  it('keeps the default catalog when nothing is configured', () => {
    expect(catalogFor(DEFAULT_CONFIG).detectors.length).toBeGreaterThan(60);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createBaseline,
  hardcodedKeyFindings,
  isPlaceholder,
  isSuppressed,
  LineIndex,
  parseBaseline,
  scanText,
  validateConfig,
  ConfigError,
  BaselineError,
  type Finding,
} from '../src/index.js';
import { ALNUM, generator } from './helpers/random.js';

// Property-based tests: the core never throws, stays linear, and places planted keys exactly.
// KEYWARD_FUZZ_RUNS raises the count for long runs: `npm run fuzz`.
const runs = { numRuns: Number(process.env['KEYWARD_FUZZ_RUNS'] ?? 300) };
const g = generator(1234);

describe('scanText properties', () => {
  it('never throws on arbitrary Unicode and returns spans inside the text that equal the secret', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 2000 }),
        fc.constantFrom('a.ts', '.env', 'c.yml', 'd.md', 'package-lock.json', 'x.min.js'),
        (text, path) => {
          for (const match of scanText(text, { path })) {
            expect(match.start).toBeGreaterThanOrEqual(0);
            expect(match.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(match.start, match.end)).toBe(match.secret);
          }
        },
      ),
      runs,
    );
  });

  it('never throws on text made of keyword fragments and separators (the adversarial alphabet)', () => {
    const pieces = fc.constantFrom(
      'lmif_live_',
      'sk_live_',
      'eyJ',
      '.',
      '://',
      ':',
      '@',
      '=',
      '"',
      "'",
      '`',
      'key',
      'token',
      'Bearer ',
      '\n',
      '\r\n',
      ' ',
      'AKIA',
      '-----BEGIN PRIVATE KEY-----',
      'x',
      'A1',
      '${',
      '}',
      '\u0000',
      '\uFEFF',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(() => scanText(text, { path: 'fuzz.env' })).not.toThrow();
        expect(() => scanText(text, { path: 'fuzz.ts' })).not.toThrow();
      }),
      runs,
    );
  });

  it('reports the right line and column for a key planted at a random position in random text', () => {
    const filler = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '\n', '\r\n', 'é', '中', '🚀', '\t', ';', '(', ')'),
      maxLength: 3000,
    });
    fc.assert(
      fc.property(filler, filler, (before, after) => {
        let key = `lmif_live_${g.chars(32, ALNUM)}`;
        // the property is about positions; the placeholder filter has its own tests
        while (isPlaceholder(key, 10)) key = `lmif_live_${g.chars(32, ALNUM)}`;
        const text = `${before} ${key} ${after}`;
        const [finding] = hardcodedKeyFindings(text, scanText(text, { path: 'notes.txt' }), {
          file: 'notes.txt',
        }).filter((f) => f.detectorId === 'lmif-live-key');
        const offset = before.length + 1;
        const lines = text.slice(0, offset).split('\n');
        expect(finding).toBeDefined();
        expect(finding!.line).toBe(lines.length);
        expect(finding!.column).toBe(lines[lines.length - 1]!.length + 1);
        expect(new LineIndex(text).position(offset)).toEqual({ line: finding!.line, column: finding!.column });
      }),
      runs,
    );
  });

  it('handles CRLF, mixed line endings, a BOM and NUL bytes', () => {
    const key = `lmif_live_${g.chars(32)}`;
    const text = `\uFEFFa\r\nb\rc\n\u0000d\r\n  k="${key}"\r\n`;
    const [finding] = hardcodedKeyFindings(text, scanText(text, { path: 'x.ts' }), { file: 'x.ts' });
    // the lone CR after b ends a line too, as editors, TypeScript and ESLint count
    expect(finding).toMatchObject({ line: 5, column: 6 });
  });

  it('scans a 10 MB single-line minified file in linear time', () => {
    const chunk = 'function a(b){return b*2}var c={"k":"v","n":1};';
    const oneMb = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const timed = (text: string) => {
      const started = performance.now();
      scanText(text, { path: 'bundle.js' });
      return performance.now() - started;
    };
    const small = Math.min(timed(oneMb), timed(oneMb));
    const large = timed(oneMb.repeat(10));
    expect(large).toBeLessThan(small * 25 + 200);
    expect(large).toBeLessThan(5000);
  });
});

describe('suppression, baseline and config parsers', () => {
  it('isSuppressed never throws for any offset of any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.nat(), (text, n) => {
        const offset = text.length ? n % (text.length + 1) : 0;
        expect(typeof isSuppressed(text + '\n// keyward-ignore-next-line\n' + text, offset)).toBe('boolean');
      }),
      runs,
    );
  });

  it('parseBaseline accepts what createBaseline wrote and rejects anything else with a BaselineError', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (json) => {
        try {
          parseBaseline(json, 'b.json');
        } catch (error) {
          expect(error).toBeInstanceOf(BaselineError);
        }
      }),
      runs,
    );
    const finding = {
      ruleId: 'no-hardcoded-key',
      file: 'a b/ü.ts',
      fingerprint: 'f'.repeat(64),
      redacted: 'x…',
    } as Finding;
    expect(parseBaseline(JSON.stringify(createBaseline([finding], 't')), 'b.json').findings).toHaveLength(1);
  });

  it('validateConfig throws only ConfigError, on any JSON value, and survives deep nesting', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        try {
          validateConfig(value, 'keyward.config.json');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as Error).message.startsWith('keyward.config.json')).toBe(true);
        }
      }),
      runs,
    );
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { allow: deep };
    expect(() => validateConfig(deep, 'keyward.config.json')).toThrow(ConfigError);
  });
});

import { describe, expect, it } from 'vitest';
import { scanText } from '../src/index.js';
import { literalChains } from '../src/concatenated.js';
import { generator } from './helpers/random.js';

// A key split across literals joined by `+` (or PHP's `.`, or Python's adjacency) is found by the text
// scan in every language, reported over the chain with the joined key. Keys are assembled at test time.

const { chars } = generator(2718);
const body = chars(24);
const key = `sk_live_${body}`;

const found = (text: string, path: string) => scanText(text, { path }).map((m) => [m.detector.id, m.secret]);

describe('keys split across concatenated literals', () => {
  it.each([
    ['Kotlin over two lines', `val key = "sk_live_" +\n  "${body}"`, 'Pay.kt'],
    ['operator on the next line', `String key = "sk_live_"\n  + "${body}";`, 'Pay.cs'],
    ['three parts', `key = "sk_live_" + "${body.slice(0, 9)}" + "${body.slice(9)}"`, 'pay.rb'],
    ['PHP dot', `$key = 'sk_live_' . '${body}';`, 'pay.php'],
    ['Python adjacent literals', `KEY = ('sk_live_'\n       '${body}')`, 'pay.py'],
    ['Java', `String key = "sk_live_" +\n    "${body}";`, 'Pay.java'],
  ])('%s', (_label, text, path) => {
    expect(found(text, path)).toEqual([['stripe-live-secret-key', key]]);
  });

  it('reports the span of the chain in the file', () => {
    const text = `key = 'sk_live_' +\n  '${body}'`;
    const [match] = scanText(text, { path: 'pay.py' });
    expect(match!.start).toBe(text.indexOf('sk_live_'));
    expect(match!.end).toBe(text.indexOf(body) + body.length);
  });

  it.each([
    ['a literal and a variable', `key = 'sk_live_' + suffix`, 'pay.py'],
    ['literals in a list', `parts = ['sk_live_', '${body}']`, 'pay.py'],
    ['call arguments', `prefix('sk_live_', '${body}')`, 'pay.py'],
    ['a joined placeholder', `key = 'sk_live_' + 'xxxxxxxxxxxxxxxxxxxxxxxx'`, 'pay.py'],
    ['a joined documentation example', `key = 'sk_live_' + 'abc123xyz789'`, 'pay.py'],
    ['prose in Markdown is not code', `'sk_live_' + '${body}'`, 'README.md'],
  ])('near miss: %s', (_label, text, path) => {
    expect(found(text, path)).toEqual([]);
  });

  it('leaves JS/TS chains to the flow engine, which joins them from the syntax tree', () => {
    expect(found(`const key = 'sk_live_' +\n  '${body}';`, 'src/pay.ts')).toEqual([]);
  });

  it('a key written whole is reported once', () => {
    expect(found(`a = '${key}' + '\\n'`, 'pay.py')).toEqual([['stripe-live-secret-key', key]]);
  });

  it.each(["'a' + ", "'" + 'a'.repeat(600) + "' +\n", "'' ", '"x"\n', "' . '"])(
    'adversarial repetition of %j stays linear',
    (unit) => {
      const small = unit.repeat(Math.ceil(50_000 / unit.length));
      const time = (text: string) => {
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const started = performance.now();
          literalChains(text);
          best = Math.min(best, performance.now() - started);
        }
        return best;
      };
      expect(time(small.repeat(4))).toBeLessThan(time(small) * 10 + 150);
    },
  );
});

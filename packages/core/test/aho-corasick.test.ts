import { describe, expect, it } from 'vitest';
import { AhoCorasick, builtInCatalog, keywordHits } from '../src/index.js';
import { generator } from './helpers/random.js';

type Hit = [id: number, start: number];

/** Every occurrence by brute force: ASCII letters fold where asked, nothing else does. */
function naive(literals: readonly string[], foldCase: readonly boolean[], text: string): Hit[] {
  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const hits: [end: number, id: number, start: number][] = [];
  literals.forEach((literal, id) => {
    for (let start = 0; start + literal.length <= text.length; start++) {
      const piece = text.slice(start, start + literal.length);
      if (foldCase[id] ? fold(piece) === fold(literal) : piece === literal)
        hits.push([start + literal.length, id, start]);
    }
  });
  return hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, id, start]) => [id, start]);
}

function collect(run: (found: (id: number, start: number) => void) => void): Hit[] {
  const hits: Hit[] = [];
  run((id, start) => hits.push([id, start]));
  return hits;
}

/** Occurrences sorted the way `naive` sorts them, after checking that they arrived in order of their ends. */
function byEnd(hits: Hit[], literals: readonly string[]): Hit[] {
  const ends = hits.map(([id, start]) => start + literals[id]!.length);
  expect(ends).toEqual([...ends].sort((a, b) => a - b));
  return [...hits].sort((a, b) => a[1] + literals[a[0]]!.length - (b[1] + literals[b[0]]!.length) || a[0] - b[0]);
}

describe('AhoCorasick', () => {
  const literals = ['key', 'Key', 'SK', 'sk_live_', 'ey', 'token', '://', 'AAAA', 'a', 'keyboard'];
  const foldCase = literals.map((literal) => literal === 'token');
  const automaton = new AhoCorasick(literals, { foldCase });
  // letters of the literals in both cases, other ASCII, Latin-1, a BMP character above Latin-1, an astral one
  const alphabet = [
    'k',
    'e',
    'y',
    'K',
    'E',
    'Y',
    'S',
    's',
    '_',
    'A',
    'a',
    't',
    'o',
    'N',
    ':',
    '/',
    ' ',
    'é',
    'Ā',
    '🔑',
  ];

  it('finds what brute force finds, in strings short and long, with overlaps and mixed case', () => {
    const g = generator(7);
    for (let round = 0; round < 60; round++) {
      const length = round < 40 ? g.int(300) : 4000 + g.int(12000);
      let text = '';
      while (text.length < length) text += alphabet[g.int(alphabet.length)]!;
      const found = collect((found) => automaton.forEachMatch(text, found));
      expect(byEnd(found, literals)).toEqual(naive(literals, foldCase, text));
    }
  });

  it('finds the same in bytes as in the Latin-1 string, across the two halves of a long buffer', () => {
    const g = generator(11);
    const latin = alphabet.filter((c) => c.charCodeAt(0) < 256);
    for (let round = 0; round < 40; round++) {
      const length = round < 20 ? g.int(500) : 4096 + g.int(20000);
      let text = '';
      while (text.length < length) text += latin[g.int(latin.length)]!;
      const bytes = Buffer.from(text, 'latin1');
      const inBytes = collect((found) => automaton.forEachMatchInBytes(bytes, found));
      expect(inBytes).toEqual(collect((found) => automaton.forEachMatch(text, found)));
      expect(byEnd(inBytes, literals)).toEqual(naive(literals, foldCase, text));
    }
  });

  it('keeps an occurrence that straddles the middle of a long buffer, once', () => {
    for (let shift = -12; shift <= 12; shift++) {
      const size = 10000;
      const at = size / 2 + shift - 4;
      const text = `${'-'.repeat(at)}keyboard${'-'.repeat(size - at - 8)}`;
      const hits = collect((found) => automaton.forEachMatchInBytes(Buffer.from(text, 'latin1'), found));
      expect(hits).toHaveLength(4);
      expect(hits).toEqual(naive(literals, foldCase, text));
    }
  });

  it('stays correct when a callback walks the same automaton again', () => {
    const outer = 'key '.repeat(3000);
    let inner = 0;
    const hits = collect((found) =>
      automaton.forEachMatchInBytes(Buffer.from(outer, 'latin1'), (id, start) => {
        automaton.forEachMatch('SK token', () => inner++);
        found(id, start);
      }),
    );
    expect(hits).toEqual(naive(literals, foldCase, outer));
    expect(inner).toBe(hits.length * 2);
  });

  it('resets on non-ASCII bytes and characters: no keyword spans one', () => {
    expect(collect((found) => automaton.forEachMatch('ke\u00e9y k\u0100y', found))).toEqual([]);
    expect(collect((found) => automaton.forEachMatchInBytes(Buffer.from('ke\u00e9y', 'utf8'), found))).toEqual([]);
  });
});

describe('keywordHits on bytes', () => {
  it('gives the built-in catalog the same hits from an ASCII file as from its text', () => {
    const g = generator(3);
    const catalog = builtInCatalog();
    const words = catalog.keywords.filter((_, i) => i % 7 === 0);
    for (let round = 0; round < 10; round++) {
      let text = '';
      while (text.length < 3000 + round * 1500) text += `${g.chars(g.int(12))} ${words[g.int(words.length)]!}`;
      const fromText = keywordHits(catalog, text);
      expect(fromText.size).toBeGreaterThan(0);
      expect([...keywordHits(catalog, Buffer.from(text, 'latin1'))].sort()).toEqual([...fromText].sort());
    }
  });
});

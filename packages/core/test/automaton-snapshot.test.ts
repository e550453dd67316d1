import { describe, expect, it } from 'vitest';
import { AhoCorasick, builtInCatalog } from '../src/index.js';
import { generator } from './helpers/random.js';

// A snapshot (AhoCorasick.snapshot) read back must walk exactly as the automaton it came from, and bytes that are
// not a whole snapshot of the same literals must be refused, so the caller builds the automaton instead.

type Hit = [id: number, start: number];

function hits(automaton: AhoCorasick, text: string): Hit[] {
  const found: Hit[] = [];
  automaton.forEachMatch(text, (id, start) => found.push([id, start]));
  automaton.forEachMatchInBytes(Buffer.from(text, 'latin1'), (id, start) => found.push([id, start]));
  return found;
}

describe('automaton snapshots', () => {
  const catalog = builtInCatalog();
  const options = { foldCase: catalog.foldCase };
  const bytes = catalog.automaton.snapshot();

  it('read back, the built-in catalog finds what the built automaton finds, in short and long texts', () => {
    const stored = AhoCorasick.fromSnapshot(catalog.keywords, options, bytes);
    expect(stored).toBeInstanceOf(AhoCorasick);
    const g = generator(5);
    let total = 0;
    for (let round = 0; round < 30; round++) {
      let text = '';
      const length = round < 15 ? 200 : 6000 + g.int(6000);
      while (text.length < length) {
        const word = catalog.keywords[g.int(catalog.keywords.length)]!;
        text += `${g.chars(g.int(9))}${g.int(2) ? word.toUpperCase() : word} `;
      }
      const expected = hits(catalog.automaton, text);
      total += expected.length;
      expect(hits(stored!, text)).toEqual(expected);
    }
    expect(total).toBeGreaterThan(1000);
  });

  it('round-trips a small automaton with case-folded literals, byte for byte', () => {
    const literals = ['key', 'Key', 'SK', 'token', 'ey'];
    const foldCase = literals.map((literal) => literal === 'token');
    const built = new AhoCorasick(literals, { foldCase });
    const stored = AhoCorasick.fromSnapshot(literals, { foldCase }, built.snapshot());
    expect(stored?.snapshot()).toEqual(built.snapshot());
    expect(hits(stored!, 'a Key, a key, a TOKEN, an SK, a sk')).toEqual(
      hits(built, 'a Key, a key, a TOKEN, an SK, a sk'),
    );
  });

  it('is refused for other literals, other case flags, another version, truncated or damaged bytes', () => {
    const flipped = catalog.foldCase.map((fold, id) => (id === 7 ? !fold : fold));
    expect(AhoCorasick.fromSnapshot(catalog.keywords.slice(1), options, bytes)).toBeUndefined();
    expect(AhoCorasick.fromSnapshot([...catalog.keywords.slice(0, -1), 'zz_other_'], options, bytes)).toBeUndefined();
    expect(AhoCorasick.fromSnapshot(catalog.keywords, { foldCase: flipped }, bytes)).toBeUndefined();
    expect(AhoCorasick.fromSnapshot(catalog.keywords, options, bytes.subarray(0, bytes.length - 4))).toBeUndefined();
    expect(AhoCorasick.fromSnapshot(catalog.keywords, options, bytes.subarray(0, 40))).toBeUndefined();
    expect(AhoCorasick.fromSnapshot(catalog.keywords, options, new Uint8Array(0))).toBeUndefined();
    const g = generator(9);
    for (let round = 0; round < 20; round++) {
      const damaged = bytes.slice();
      const at = round === 0 ? 4 : g.int(damaged.length); // the version word, then anywhere
      damaged[at] ^= 1 << g.int(8);
      expect(AhoCorasick.fromSnapshot(catalog.keywords, options, damaged), `byte ${at}`).toBeUndefined();
    }
  });

  it('is read from any offset of a larger buffer', () => {
    const larger = new Uint8Array(bytes.length + 3);
    larger.set(bytes, 3);
    const stored = AhoCorasick.fromSnapshot(catalog.keywords, options, larger.subarray(3));
    expect(stored).toBeInstanceOf(AhoCorasick);
    expect(hits(stored!, 'sk_live_ and ghp_ and AKIA')).toEqual(hits(catalog.automaton, 'sk_live_ and ghp_ and AKIA'));
  });
});

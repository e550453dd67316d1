import type { Detector } from './types.js';
import { AhoCorasick, type AutomatonOptions } from './util/aho-corasick.js';
import { detectors as builtIn } from './detectors/index.js';
import { storedAutomaton } from './util/stored-automaton.js';

/**
 * Detectors compiled for scanning: one Aho-Corasick automaton over every keyword (the prefilter), and
 * per keyword the detectors it enables. Build once per configuration, reuse for every file.
 */
export interface Catalog {
  readonly detectors: readonly Detector[];
  readonly keywords: readonly string[];
  /** Per keyword id: whether it matches in any ASCII case. */
  readonly foldCase: readonly boolean[];
  readonly automaton: AhoCorasick;
  /** For each keyword id, the indices of the detectors it enables. */
  readonly keywordDetectors: readonly (readonly number[])[];
  /**
   * A detector's global pattern (by index); one with a `secret` group gets the `d` flag so the secret's offsets
   * are exact. Made on first use: most detectors' keywords never occur in a process's files, and making all of
   * them (and their sticky twins) cost each process start ~1,700 regex parses.
   */
  pattern(index: number): RegExp;
  /** The sticky twin of `pattern(index)`, to match exactly at a keyword or confirm a windowed match. */
  sticky(index: number): RegExp;
}

export function compileCatalog(detectors: readonly Detector[]): Catalog {
  const keywordIds = new Map<string, number>();
  const keywords: string[] = [];
  const foldCase: boolean[] = [];
  const keywordDetectors: number[][] = [];
  detectors.forEach((detector, index) => {
    const fold = detector.keywordsFoldCase === true;
    for (const word of detector.keywords) {
      const keyword = fold ? word.toLowerCase() : word;
      const key = `${fold ? 'i' : 's'}:${keyword}`;
      let id = keywordIds.get(key);
      if (id === undefined) {
        id = keywords.length;
        keywordIds.set(key, id);
        keywords.push(keyword);
        foldCase.push(fold);
        keywordDetectors.push([]);
      }
      if (!keywordDetectors[id]!.includes(index)) keywordDetectors[id]!.push(index);
    }
  });
  const patterns: (RegExp | undefined)[] = new Array<RegExp | undefined>(detectors.length).fill(undefined);
  const stickies: (RegExp | undefined)[] = new Array<RegExp | undefined>(detectors.length).fill(undefined);
  const pattern = (index: number) => (patterns[index] ??= withFlags(detectors[index]!.pattern, 'g'));
  return {
    detectors,
    keywords,
    foldCase,
    automaton: automatonOf(keywords, { foldCase }),
    keywordDetectors,
    pattern,
    sticky: (index) => {
      let sticky = stickies[index];
      if (sticky === undefined) {
        const global = pattern(index);
        sticky = stickies[index] = new RegExp(global.source, global.flags.replace('g', '') + 'y');
      }
      return sticky;
    },
  };
}

/**
 * The stored automaton when it is exactly this catalog's (the built-in one, in the CLI's bundle), else a new
 * one. Building it is ~20 ms of every process start; reading and checking the stored one, ~3 ms.
 */
function automatonOf(keywords: readonly string[], options: AutomatonOptions): AhoCorasick {
  const stored = storedAutomaton();
  return (stored && AhoCorasick.fromSnapshot(keywords, options, stored)) ?? new AhoCorasick(keywords, options);
}

function withFlags(pattern: RegExp, required: string): RegExp {
  let flags = pattern.flags;
  for (const flag of required) if (!flags.includes(flag)) flags += flag;
  if (pattern.source.includes('(?<secret>') && !flags.includes('d')) flags += 'd';
  return new RegExp(pattern.source, flags);
}

/** By detector index, the sorted start offsets of its keywords in a text. */
export type KeywordHits = Map<number, number[]>;

/**
 * One pass of the automaton: for every detector whose keywords occur in `text`, the sorted start
 * positions of those occurrences. Detectors absent from the map cannot match. `text` may be the bytes of
 * an ASCII file (the automaton walks bytes faster than a string, and offsets are the same).
 */
export function keywordHits(catalog: Catalog, text: string | Uint8Array): KeywordHits {
  const hits = new Map<number, number[]>();
  const { keywordDetectors } = catalog;
  const add = (keywordId: number, start: number) => {
    for (const detector of keywordDetectors[keywordId]!) {
      const list = hits.get(detector);
      if (list === undefined) hits.set(detector, [start]);
      else list.push(start);
    }
  };
  if (typeof text === 'string') catalog.automaton.forEachMatch(text, add);
  else catalog.automaton.forEachMatchInBytes(text, add);
  // Occurrences arrive in order of their end; keywords of different lengths can interleave.
  for (const list of hits.values()) {
    for (let i = 1; i < list.length; i++) {
      if (list[i]! < list[i - 1]!) {
        list.sort((a, b) => a - b);
        break;
      }
    }
  }
  return hits;
}

let defaultCatalog: Catalog | undefined;

/** The catalog of built-in detectors, compiled once per process. */
export function builtInCatalog(): Catalog {
  defaultCatalog ??= compileCatalog(builtIn);
  return defaultCatalog;
}

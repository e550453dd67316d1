/**
 * Aho-Corasick automaton over ASCII literals, compiled to a dense transition table: one pass over a
 * text reports every occurrence of every literal at a fixed cost per character (non-ASCII characters
 * reset the state; all keywords are ASCII). About three times faster than one alternation regex of the
 * same literals, and it yields positions, so detectors can start at their keywords instead of rescanning.
 *
 * The table is indexed by character class, not by character: every character that occurs in no literal
 * shares class 0, and letters are folded to lower case, so a catalog of hundreds of detectors (and their
 * names in every case) stays a table small enough for the CPU cache. Literals are case-sensitive unless
 * `foldCase` says otherwise; a case-sensitive literal with letters is confirmed against the text on a hit.
 */
export class AhoCorasick {
  private readonly table: Uint16Array | Uint32Array;
  /** Class of each ASCII code (0: in no literal). */
  private readonly classes: Uint8Array;
  private readonly width: number;
  /** Per state: ids of the literals that end there (including through failure links), or undefined. */
  private readonly outputs: (readonly number[] | undefined)[];
  /** States from this number on are those where some literal ends. */
  private readonly firstOutput: number;
  private readonly lengths: readonly number[];
  /** Per literal: the literal when a hit must be confirmed in its exact case, else undefined. */
  private readonly exact: readonly (string | undefined)[];

  constructor(literals: readonly string[], options: { readonly foldCase?: readonly boolean[] } = {}) {
    this.lengths = literals.map((literal) => literal.length);
    this.exact = literals.map((literal, id) =>
      options.foldCase?.[id] || literal.toLowerCase() === literal.toUpperCase() ? undefined : literal,
    );
    const classes = new Uint8Array(128);
    let width = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = fold(literal.charCodeAt(i));
        if (code >= 128) throw new Error(`keyword ${JSON.stringify(literal)} is not ASCII`);
        if (classes[code] === 0) classes[code] = width++;
      }
    }
    if (width > 255) throw new Error('too many distinct keyword characters');
    // upper-case letters share their lower-case letter's class
    for (let code = 65; code <= 90; code++) classes[code] = classes[code + 32]!;
    const edges: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const cls = classes[fold(literal.charCodeAt(i))]!;
        let next = edges[state]!.get(cls);
        if (next === undefined) {
          next = edges.length;
          edges.push(new Map());
          ends.push([]);
          edges[state]!.set(cls, next);
        }
        state = next;
      }
      ends[state]!.push(id);
    });
    const table = edges.length < 65536 ? new Uint16Array(edges.length * width) : new Uint32Array(edges.length * width);
    const fail = new Uint32Array(edges.length);
    const queue: number[] = [];
    for (let cls = 1; cls < width; cls++) {
      const next = edges[0]!.get(cls);
      if (next !== undefined) {
        table[cls] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      ends[state] = [...ends[state]!, ...ends[fail[state]!]!];
      for (let cls = 1; cls < width; cls++) {
        const next = edges[state]!.get(cls);
        if (next !== undefined) {
          fail[next] = table[fail[state]! * width + cls]!;
          table[state * width + cls] = next;
          queue.push(next);
        } else {
          table[state * width + cls] = table[fail[state]! * width + cls]!;
        }
      }
    }
    // Renumber the states so that those where a literal ends come last: the scan loop then tests one number
    // per character (`state >= firstOutput`) instead of loading a list.
    const order = [...ends.keys()].sort((a, b) => Number(ends[a]!.length > 0) - Number(ends[b]!.length > 0) || a - b);
    const renamed = new Uint32Array(order.length);
    order.forEach((old, now) => (renamed[old] = now));
    const sorted = edges.length < 65536 ? new Uint16Array(table.length) : new Uint32Array(table.length);
    order.forEach((old, now) => {
      for (let cls = 0; cls < width; cls++) sorted[now * width + cls] = renamed[table[old * width + cls]!]!;
    });
    this.table = sorted;
    this.classes = classes;
    this.width = width;
    this.firstOutput = order.findIndex((state) => ends[state]!.length > 0);
    if (this.firstOutput === -1) this.firstOutput = order.length;
    this.outputs = order.map((state) => (ends[state]!.length ? ends[state]! : undefined));
  }

  /** Calls `found(id, start)` for every occurrence, in order of their end positions. */
  forEachMatch(text: string, found: (id: number, start: number) => void): void {
    const { table, classes, width, outputs, lengths, exact, firstOutput } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < 128 ? table[state * width + classes[code]!]! : 0;
      if (state < firstOutput) continue;
      for (const id of outputs[state]!) {
        const start = i - lengths[id]! + 1;
        const literal = exact[id];
        if (literal === undefined || text.startsWith(literal, start)) found(id, start);
      }
    }
  }
}

/** ASCII upper-case letters to lower case; everything else unchanged. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

import { readSnapshot, writeSnapshot } from './automaton-snapshot.js';

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
 *
 * The loop's cost is the latency of one table load per character (the next state depends on the last), so
 * the table holds each next state already multiplied by the row width (a step is one add and one load), the
 * walk only notes where it reached an output state (reporting comes after the loop), and a long byte buffer is
 * walked as two halves at once, whose loads the CPU overlaps. On the ASCII files of a `node_modules` tree
 * (40 MB) that is 50 ms of CPU for bytes and 60 ms for a string, against 78 ms before (bench/RESULTS.md).
 */
export class AhoCorasick {
  /** Next state × width, by (state × width + class). */
  private readonly table: Int32Array;
  /** Class of each code below 256 (0: in no literal, and every non-ASCII code). */
  private readonly classes: Uint8Array;
  private readonly width: number;
  /** Per state number: ids of the literals that end there (including through failure links), or undefined. */
  private readonly outputs: readonly (readonly number[] | undefined)[];
  /** Premultiplied states from this one on are those where some literal ends. */
  private readonly firstOutput: number;
  private readonly lengths: readonly number[];
  /** Per literal: the literal when a hit must be confirmed in its exact case, else undefined. */
  private readonly exact: readonly (string | undefined)[];
  /** The longest literal's length: how far back a half's walk starts so no occurrence across the cut is lost. */
  private readonly longest: number;
  private readonly literals: readonly string[];
  private readonly options: AutomatonOptions;

  constructor(literals: readonly string[], options: AutomatonOptions = {}, tables?: Tables) {
    this.literals = literals;
    this.options = options;
    this.lengths = literals.map((literal) => literal.length);
    this.longest = Math.max(1, ...this.lengths);
    this.exact = literals.map((literal, id) =>
      options.foldCase?.[id] || literal.toLowerCase() === literal.toUpperCase() ? undefined : literal,
    );
    const built = tables ?? buildTables(literals);
    this.table = built.table;
    this.classes = built.classes;
    this.width = built.width;
    this.firstOutput = built.quiet * built.width;
    this.outputs = built.outputs;
    this.warmUp(literals);
  }

  /**
   * The automaton as bytes (automaton-snapshot.ts): the CLI's build stores the built-in catalog's, so a process
   * start reads a table instead of building it (~20 ms in the interpreter, a pre-commit hook's largest step).
   */
  snapshot(): Uint8Array {
    return writeSnapshot(this.literals, this.options, {
      table: this.table,
      classes: this.classes,
      width: this.width,
      quiet: this.firstOutput / this.width,
      outputs: this.outputs,
    });
  }

  /**
   * The automaton of `literals` from a snapshot, or undefined when the bytes are not a snapshot of exactly these
   * literals (another catalog, another format version, a damaged file): the caller then builds it.
   */
  static fromSnapshot(
    literals: readonly string[],
    options: AutomatonOptions,
    bytes: Uint8Array,
  ): AhoCorasick | undefined {
    const tables = readSnapshot(literals, options, bytes);
    return tables && new AhoCorasick(literals, options, tables);
  }

  /**
   * Walks a made-up text of the literals once each way, before any real text. The optimizing compiler compiles
   * a walk while a large file is in it; when a branch it has not seen taken yet (a hit, a full buffer) is taken,
   * it throws the compiled loop away and the rest of that file runs in the interpreter. Seen here, on a few KB,
   * those branches cost nothing later. A KB shows every branch (hits in both halves, a buffer that grows, the
   * second half's tail); the 8 KB it once walked cost each process start ~5 ms in the interpreter.
   */
  private warmUp(literals: readonly string[]): void {
    let text = '';
    for (let i = 0; text.length < Math.max(1024, 4 * this.longest) && literals.length > 0; i++)
      text += `${literals[i % literals.length]} `;
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    const spare = newSpare(2);
    this.walkString(text, spare);
    this.walkBytes(bytes, spare);
    this.walkHalves(bytes, spare);
  }

  /** Calls `found(id, start)` for every occurrence, in order of their end positions. */
  forEachMatch(text: string, found: (id: number, start: number) => void): void {
    const spare = this.borrow();
    try {
      this.walkString(text, spare);
      this.emit(spare.first, spare.count, (literal, start) => text.startsWith(literal, start), found);
    } finally {
      this.giveBack(spare);
    }
  }

  /**
   * `forEachMatch` over bytes (offsets are byte offsets: for ASCII content, the text's own). Bytes of 128 and
   * above reset the state, as non-ASCII characters do.
   */
  forEachMatchInBytes(given: Uint8Array, found: (id: number, start: number) => void): void {
    // a plain view: the compiled walks then see one kind of array (a Buffer's differs), never a new one mid-file
    const bytes =
      given.constructor === Uint8Array ? given : new Uint8Array(given.buffer, given.byteOffset, given.byteLength);
    const spare = this.borrow();
    try {
      if (bytes.length < TWO_HALVES || bytes.length >> 1 < this.longest) {
        this.walkBytes(bytes, spare);
        spare.laterCount = 0;
      } else this.walkHalves(bytes, spare);
      const confirm = (literal: string, start: number) => bytesStartWith(bytes, literal, start);
      this.emit(spare.first, spare.count, confirm, found);
      this.emit(spare.second, spare.laterCount, confirm, found);
    } finally {
      this.giveBack(spare);
    }
  }

  // The walks note (end, state) pairs where a literal ends, in `spare`. Each is a loop of its own, and its inner
  // loop stores nothing (a store there makes the compiled loop reload the arrays' data pointers every character).

  private walkString(text: string, spare: Spare): void {
    const { table, classes, firstOutput } = this;
    let ends = spare.first;
    let count = 0;
    const length = text.length;
    let state = 0;
    let i = 0;
    for (;;) {
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        state = table[state + (code < 256 ? classes[code]! : 0)]!;
        if (state >= firstOutput) break;
      }
      if (i >= length) break;
      if (count + 2 > ends.length) ends = spare.first = grown(ends);
      ends[count++] = i++;
      ends[count++] = state;
    }
    spare.count = count;
  }

  private walkBytes(bytes: Uint8Array, spare: Spare): void {
    const { table, classes, firstOutput } = this;
    let ends = spare.first;
    let count = 0;
    const length = bytes.length;
    let state = 0;
    let i = 0;
    for (;;) {
      for (; i < length; i++) {
        state = table[state + classes[bytes[i]!]!]!;
        if (state >= firstOutput) break;
      }
      if (i >= length) break;
      if (count + 2 > ends.length) ends = spare.first = grown(ends);
      ends[count++] = i++;
      ends[count++] = state;
    }
    spare.count = count;
  }

  /**
   * Two independent walks: [0, mid) finds the occurrences that end before mid, the second one those that end at
   * mid or later; it starts `longest - 1` bytes early, so it has seen the whole of any such occurrence.
   */
  private walkHalves(bytes: Uint8Array, spare: Spare): void {
    const { table, classes, firstOutput } = this;
    let ends = spare.first;
    let later = spare.second;
    let count = 0;
    let laterCount = 0;
    const length = bytes.length;
    const mid = length >> 1;
    let a = 0;
    let b = 0;
    let i = 0;
    let j = mid - (this.longest - 1);
    for (; j < mid; j++) b = table[b + classes[bytes[j]!]!]!;
    for (;;) {
      for (; i < mid; i++, j++) {
        a = table[a + classes[bytes[i]!]!]!;
        b = table[b + classes[bytes[j]!]!]!;
        if (a >= firstOutput || b >= firstOutput) break;
      }
      if (i >= mid) break;
      if (a >= firstOutput) {
        if (count + 2 > ends.length) ends = spare.first = grown(ends);
        ends[count++] = i;
        ends[count++] = a;
      }
      if (b >= firstOutput) {
        if (laterCount + 2 > later.length) later = spare.second = grown(later);
        later[laterCount++] = j;
        later[laterCount++] = b;
      }
      i++;
      j++;
    }
    for (;;) {
      for (; j < length; j++) {
        b = table[b + classes[bytes[j]!]!]!;
        if (b >= firstOutput) break;
      }
      if (j >= length) break;
      if (laterCount + 2 > later.length) later = spare.second = grown(later);
      later[laterCount++] = j;
      later[laterCount++] = b;
      j++;
    }
    spare.count = count;
    spare.laterCount = laterCount;
  }

  /**
   * Reports the literals of the (end, state) pairs a walk collected. The walk only collects: a call in its loop
   * would cost it registers on every character, though hits are rare.
   */
  private emit(
    ends: Int32Array,
    count: number,
    confirm: (literal: string, start: number) => boolean,
    found: (id: number, start: number) => void,
  ): void {
    for (let k = 0; k < count; k += 2) {
      const end = ends[k]!;
      for (const id of this.outputs[ends[k + 1]! / this.width]!) {
        const start = end - this.lengths[id]! + 1;
        const literal = this.exact[id];
        if (literal === undefined || confirm(literal, start)) found(id, start);
      }
    }
  }

  /** The buffers a walk collects hits in: reused, unless a `found` callback walks this automaton again. */
  private spare: Spare | undefined = newSpare(1024);

  private borrow(): Spare {
    const spare = this.spare ?? newSpare(256);
    this.spare = undefined;
    return spare;
  }

  private giveBack(spare: Spare): void {
    this.spare = spare;
  }
}

export interface AutomatonOptions {
  /** Per literal: whether it matches in any ASCII case. */
  readonly foldCase?: readonly boolean[];
}

/** What the walks read: the automaton without its literals. */
export interface Tables {
  /** Next state × width, by (state × width + class). */
  readonly table: Int32Array;
  /** Class of each code below 256. */
  readonly classes: Uint8Array;
  readonly width: number;
  /** States from this number on are those where a literal ends (not premultiplied). */
  readonly quiet: number;
  /** Per state number: ids of the literals that end there, or undefined. */
  readonly outputs: readonly (readonly number[] | undefined)[];
}

/** The dense table of `literals` (see the class comment): built once per automaton, or read from a snapshot. */
function buildTables(literals: readonly string[]): Tables {
  const classes = new Uint8Array(256);
  let width = 1;
  let chars = 0;
  for (const literal of literals) {
    chars += literal.length;
    for (let i = 0; i < literal.length; i++) {
      const code = fold(literal.charCodeAt(i));
      if (code >= 128) throw new Error(`keyword ${JSON.stringify(literal)} is not ASCII`);
      if (classes[code] === 0) classes[code] = width++;
    }
  }
  if (width > 255) throw new Error('too many distinct keyword characters');
  // upper-case letters share their lower-case letter's class
  for (let code = 65; code <= 90; code++) classes[code] = classes[code + 32]!;
  // The trie: `child` is its dense edge table (0 is "no child": the root is nobody's child), and each state's
  // children are also kept as a list, so the steps below visit edges, never whole rows. A step per table cell
  // (states × classes, ~460,000 for the built-in catalog) ran once per process in the interpreter: ~25 ms.
  const child = new Int32Array((chars + 1) * width);
  const firstChild = new Int32Array(chars + 1);
  const nextSibling = new Int32Array(chars + 1);
  const edgeClass = new Int32Array(chars + 1);
  const ends: (number[] | undefined)[] = [undefined];
  let states = 1;
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const cls = classes[fold(literal.charCodeAt(i))]!;
      const at = state * width + cls;
      if (child[at] === 0) {
        const made = states++;
        child[at] = made;
        edgeClass[made] = cls;
        nextSibling[made] = firstChild[state]!;
        firstChild[state] = made;
        ends.push(undefined);
      }
      state = child[at]!;
    }
    (ends[state] ??= []).push(id);
  });
  // Failure links breadth first: a state's failure state is shallower, so it is complete before the state is;
  // its literals end here too (after the state's own, as the report order has always been)
  const fail = new Int32Array(states);
  const order = new Int32Array(states);
  let tail = 1; // order[0] is the root
  for (let head = 0; head < tail; head++) {
    const state = order[head]!;
    for (let next = firstChild[state]!; next !== 0; next = nextSibling[next]!) {
      order[tail++] = next;
      let target = 0; // the root's children fail to the root
      if (state !== 0) {
        const cls = edgeClass[next]!;
        let back = fail[state]!;
        while (back !== 0 && child[back * width + cls] === 0) back = fail[back]!;
        target = child[back * width + cls]!;
      }
      fail[next] = target;
      const inherited = ends[target];
      if (inherited) ends[next] = ends[next] ? [...ends[next]!, ...inherited] : inherited;
    }
  }
  // Renumber the states so that those where a literal ends come last: the scan loop then tests one number
  // per character (`state >= firstOutput`) instead of loading a list. Each group is numbered breadth first, so
  // the shallow states a text is in most of the time share a few KB of rows that stay in the CPU cache between
  // files (numbered in trie order, a linted file's first walk ran ~5x slower than a second walk of it).
  const renamed = new Int32Array(states);
  let quiet = 0;
  for (let k = 0; k < states; k++) if (!ends[order[k]!]) renamed[order[k]!] = quiet++;
  let loud = quiet;
  for (let k = 0; k < states; k++) if (ends[order[k]!]) renamed[order[k]!] = loud++;
  // The complete DFA, row by row in breadth-first order: a missing edge goes where the failure state's goes,
  // so each row starts as a copy of that (finished) row and then takes the state's own edges.
  const table = new Int32Array(states * width);
  const outputs: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(states).fill(undefined);
  for (let k = 0; k < states; k++) {
    const state = order[k]!;
    const row = renamed[state]! * width;
    if (state === 0) table.fill(renamed[0]! * width, row, row + width);
    else {
      const from = renamed[fail[state]!]! * width;
      table.copyWithin(row, from, from + width);
    }
    for (let next = firstChild[state]!; next !== 0; next = nextSibling[next]!)
      table[row + edgeClass[next]!] = renamed[next]! * width;
    if (ends[state]) outputs[renamed[state]!] = ends[state];
  }
  return { table, classes, width, quiet, outputs };
}

interface Spare {
  first: Int32Array;
  second: Int32Array;
  count: number;
  laterCount: number;
}

function newSpare(size: number): Spare {
  return { first: new Int32Array(size), second: new Int32Array(size), count: 0, laterCount: 0 };
}

function grown(buffer: Int32Array): Int32Array {
  const larger = new Int32Array(buffer.length * 2);
  larger.set(buffer);
  return larger;
}

/** Below this many bytes one walk is as fast as two (measured on `node_modules` files). */
const TWO_HALVES = 4096;

function bytesStartWith(bytes: Uint8Array, literal: string, start: number): boolean {
  for (let i = 0; i < literal.length; i++) if (bytes[start + i] !== literal.charCodeAt(i)) return false;
  return true;
}

/** ASCII upper-case letters to lower case; everything else unchanged. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

import { createHash } from 'node:crypto';
import type { AutomatonOptions, Tables } from './aho-corasick.js';

/**
 * An Aho-Corasick automaton's tables as bytes, so a process can read the built-in catalog's instead of building
 * them. Little-endian and 4-byte aligned: a header of seven 32-bit words (magic, version, states, width, quiet
 * states, literal count, output words) and a spare one; the SHA-256 of the literals and their case flags (a
 * snapshot of another catalog is never taken for this one); the SHA-256 of everything else; the 256 character
 * classes; the outputs (per loud state: a count, then literal ids); the transition table.
 */
const MAGIC = 0x4341574b; // "KWAC"
const VERSION = 1;
const KEY_AT = 8 * 4;
const DIGEST_AT = KEY_AT + 32;
const CLASSES_AT = DIGEST_AT + 32;
const OUTPUTS_AT = CLASSES_AT + 256;

export function writeSnapshot(literals: readonly string[], options: AutomatonOptions, tables: Tables): Uint8Array {
  const states = tables.table.length / tables.width;
  const outputs: number[] = [];
  for (let state = tables.quiet; state < states; state++) {
    const ids = tables.outputs[state] ?? [];
    outputs.push(ids.length, ...ids);
  }
  const tableAt = OUTPUTS_AT + outputs.length * 4;
  const bytes = new Uint8Array(tableAt + tables.table.length * 4);
  const view = new DataView(bytes.buffer);
  [MAGIC, VERSION, states, tables.width, tables.quiet, literals.length, outputs.length, 0].forEach((word, i) =>
    view.setUint32(i * 4, word, true),
  );
  bytes.set(keyDigest(literals, options), KEY_AT);
  bytes.set(tables.classes, CLASSES_AT);
  outputs.forEach((word, i) => view.setUint32(OUTPUTS_AT + i * 4, word, true));
  new Int32Array(bytes.buffer, tableAt, tables.table.length).set(tables.table);
  bytes.set(contentDigest(bytes), DIGEST_AT);
  return bytes;
}

/**
 * The tables in `bytes` when they are a whole snapshot of exactly `literals` with these options, else undefined
 * (the caller builds the automaton). A damaged file fails the digest, so it can make a start slower, never a scan
 * wrong. The digests are native code: checking the key text or each state number in a loop here cost 1–4 ms of
 * the interpreter, most of what reading the snapshot saves.
 */
export function readSnapshot(
  literals: readonly string[],
  options: AutomatonOptions,
  bytes: Uint8Array,
): Tables | undefined {
  if (bytes.byteLength < OUTPUTS_AT) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [magic, version, states, width, quiet, count, outputWords] = [0, 1, 2, 3, 4, 5, 6].map((i) =>
    view.getUint32(i * 4, true),
  ) as [number, number, number, number, number, number, number];
  if (magic !== MAGIC || version !== VERSION || count !== literals.length) return undefined;
  if (width < 1 || width > 255 || states < 1 || quiet > states) return undefined;
  const tableAt = OUTPUTS_AT + outputWords * 4;
  if (tableAt + states * width * 4 !== bytes.byteLength) return undefined;
  if (!same(bytes, KEY_AT, keyDigest(literals, options)) || !same(bytes, DIGEST_AT, contentDigest(bytes)))
    return undefined;
  // one copy of the rest: aligned and owned, whatever buffer the bytes came in (DataView reads of each word cost
  // ~1.5 ms more in the interpreter)
  const words = new Int32Array(bytes.buffer.slice(bytes.byteOffset + OUTPUTS_AT, bytes.byteOffset + bytes.byteLength));
  const outputs = readOutputs(words, outputWords, { states, quiet, count });
  if (!outputs) return undefined;
  const classes = bytes.slice(CLASSES_AT, CLASSES_AT + 256);
  return { table: words.subarray(outputWords), classes, width, quiet, outputs };
}

/** Per state, the literal ids of the outputs section (the first `length` words): per loud state a count, then ids. */
function readOutputs(
  words: Int32Array,
  length: number,
  shape: { states: number; quiet: number; count: number },
): (readonly number[] | undefined)[] | undefined {
  const outputs = new Array<readonly number[] | undefined>(shape.states).fill(undefined);
  let i = 0;
  for (let state = shape.quiet; state < shape.states; state++) {
    const size = i < length ? words[i++]! : 0;
    if (size <= 0 || i + size > length) return undefined;
    const ids: number[] = [];
    for (let k = 0; k < size; k++) {
      const id = words[i++]!;
      if (id < 0 || id >= shape.count) return undefined;
      ids.push(id);
    }
    outputs[state] = ids;
  }
  return i === length ? outputs : undefined;
}

/** SHA-256 of the literals and their case flags (literals are ASCII without line breaks: keywords). */
function keyDigest(literals: readonly string[], options: AutomatonOptions): Uint8Array {
  const key = literals.map((literal, id) => `${options.foldCase?.[id] ? 'i' : 's'}${literal}`).join('\n');
  return createHash('sha256').update(key).digest();
}

/** SHA-256 of a snapshot's bytes other than the digest's own. */
function contentDigest(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes.subarray(0, DIGEST_AT)).update(bytes.subarray(CLASSES_AT)).digest();
}

function same(bytes: Uint8Array, at: number, digest: Uint8Array): boolean {
  for (let i = 0; i < digest.length; i++) if (bytes[at + i] !== digest[i]) return false;
  return true;
}

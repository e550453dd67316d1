import { nodeZlib } from '../lazy/builtins.js';
import type { AutomatonOptions, Tables } from './aho-corasick.js';

/**
 * An Aho-Corasick automaton's tables as bytes, so a process can read the built-in catalog's instead of building
 * them. Little-endian and 4-byte aligned: a header of seven 32-bit words (magic, version, states, width, quiet
 * states, literal count, output words) and a spare one; the CRC-32 of the literals and their case flags (a
 * snapshot of another catalog is never taken for this one); the CRC-32 of everything else; the 256 character
 * classes; the outputs (per loud state: a count, then literal ids); the transition table.
 * CRC-32, not a cryptographic hash: the file ships inside the package it belongs to, so the digests only have to
 * catch a stale or damaged file (every burst error up to 32 bits), and node:zlib's CRC costs a process start
 * ~1.5 ms where node:crypto's SHA-256 cost ~4 ms.
 */
const MAGIC = 0x4341574b; // "KWAC"
const VERSION = 2;
const KEY_AT = 8 * 4;
const DIGEST_AT = KEY_AT + 4;
const CLASSES_AT = DIGEST_AT + 4;
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
  view.setUint32(KEY_AT, keyDigest(literals, options), true);
  bytes.set(tables.classes, CLASSES_AT);
  outputs.forEach((word, i) => view.setUint32(OUTPUTS_AT + i * 4, word, true));
  new Int32Array(bytes.buffer, tableAt, tables.table.length).set(tables.table);
  view.setUint32(DIGEST_AT, contentDigest(bytes), true);
  return bytes;
}

/**
 * The tables in `bytes` when they are a whole snapshot of exactly `literals` with these options, else undefined
 * (the caller builds the automaton). A damaged file fails the digest, so it can make a start slower, never a scan
 * wrong. The digests are native code: checking the key text or each state number in a loop here cost 1–4 ms of
 * the interpreter, most of what reading the snapshot saves. The tables are views of `bytes` when it is 4-byte
 * aligned (a file read whole is), so `bytes` must not change afterwards.
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
  if (typeof nodeZlib().crc32 !== 'function') return undefined; // Node before 20.15
  if (view.getUint32(KEY_AT, true) !== keyDigest(literals, options)) return undefined;
  if (view.getUint32(DIGEST_AT, true) !== contentDigest(bytes)) return undefined;
  // the rest as 32-bit words (DataView reads of each word cost ~1.5 ms more in the interpreter), copied only when
  // the bytes are not 4-byte aligned
  const start = bytes.byteOffset + OUTPUTS_AT;
  const words =
    start % 4 === 0
      ? new Int32Array(bytes.buffer, start, (bytes.byteLength - OUTPUTS_AT) / 4)
      : new Int32Array(bytes.buffer.slice(start, bytes.byteOffset + bytes.byteLength));
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

/** CRC-32 of the literals and their case flags (literals are ASCII without line breaks: keywords). */
function keyDigest(literals: readonly string[], options: AutomatonOptions): number {
  const key = literals.map((literal, id) => `${options.foldCase?.[id] ? 'i' : 's'}${literal}`).join('\n');
  return nodeZlib().crc32(key);
}

/** CRC-32 of a snapshot's bytes other than the digest's own. */
function contentDigest(bytes: Uint8Array): number {
  const { crc32 } = nodeZlib();
  return crc32(bytes.subarray(CLASSES_AT), crc32(bytes.subarray(0, DIGEST_AT)));
}

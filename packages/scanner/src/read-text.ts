import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';
import { fileKind, mayBePfx } from '@keyward/core';
import type { SkipReason } from './stats.js';

export type TextRead = { text: string; bytes: number } | { skip: SkipReason; detail?: string };
/**
 * A read that leaves a pure-ASCII file as its bytes (`ascii`): their offsets are the text's own; and a binary file
 * as its bytes (`binary`) when it may be a keystore, which the binary checks judge from its bytes.
 */
export type ContentRead = TextRead | { ascii: Buffer; bytes: number } | { binary: Buffer; bytes: number };

/** How much of a file's head decides whether it is binary; the rest is read only for text. */
const HEAD = 8192;
/** Share of control bytes above which content is binary: text has almost none, compressed data ~11%. */
const BINARY_SHARE = 0.05;

/**
 * Reads a file as text, or says why not: too large (checked before reading), not a regular file, or binary
 * (judged from the first 8 KB, before the rest is read). Byte-order marks are honoured; invalid UTF-8 is
 * decoded with replacement characters, so one Latin-1 byte cannot hide the keys around it.
 */
export function readText(path: string, maxBytes: number): TextRead {
  return asText(readContent(path, maxBytes));
}

/**
 * `readText` for the text scan: a pure-ASCII file (most source files) is returned as its bytes, so that the
 * keyword prefilter can walk them and the scan make a string only when a keyword occurs.
 */
export function readContent(path: string, maxBytes: number): ContentRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat below then rejects anything not a regular file.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { skip: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? 'open failed' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skip: 'not-a-file' };
    if (stat.size > maxBytes) return { skip: 'too-large', detail: `${stat.size} bytes` };
    // the head first: a binary file is judged from it, and the rest is neither allocated nor read
    const head = Buffer.allocUnsafe(Math.min(stat.size, HEAD));
    const headEnd = fill(fd, head, 0, head.length);
    if (headEnd < head.length || stat.size === head.length) return decodeContent(head.subarray(0, headEnd), path);
    // a binary file is read whole only when its head says it may be a PKCS#12 keystore of exactly this size
    if (isBinary(head, path, false) && !mayBePfx(head, stat.size)) return { skip: 'binary' };
    const buffer = Buffer.allocUnsafe(stat.size);
    head.copy(buffer);
    const filled = fill(fd, buffer, head.length, stat.size);
    return decodeContent(filled === stat.size ? buffer : buffer.subarray(0, filled), path);
  } catch (error) {
    return { skip: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? 'read failed' };
  } finally {
    closeSync(fd);
  }
}

function asText(read: ContentRead): TextRead {
  if ('binary' in read) return { skip: 'binary' };
  return 'ascii' in read ? { text: read.ascii.toString('latin1'), bytes: read.bytes } : read;
}

/** Reads into `buffer` from `from` up to `to`; returns where it stopped (earlier when the file shrank). */
function fill(fd: number, buffer: Buffer, from: number, to: number): number {
  let filled = from;
  while (filled < to) {
    const read = readSync(fd, buffer, filled, to - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}

/**
 * Decodes bytes to text, or says they are binary. `path` (any form) tells whether the name marks the file as
 * text (code, config, `.env*`, docs, scripts, lock files): such a file is binary only when its head is not
 * UTF-8 and full of control bytes; any other file when its head is full of control bytes. UTF-16 is recognised
 * by its byte-order mark, or by the NUL byte of every other position that ASCII text in UTF-16 has.
 */
export function decode(buffer: Buffer, path = ''): TextRead {
  return asText(decodeContent(buffer, path));
}

/** `decode`, except that pure ASCII and binary content stay bytes. */
function decodeContent(buffer: Buffer, path: string): ContentRead {
  const bytes = buffer.length;
  if (bytes >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return { text: buffer.toString('utf16le', 2), bytes };
  if (bytes >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return { text: utf16be(buffer.subarray(2)), bytes };
  const head = buffer.subarray(0, HEAD);
  const utf16 = utf16WithoutBom(head);
  if (utf16 === 'le') return { text: buffer.toString('utf16le'), bytes };
  if (utf16 === 'be') return { text: utf16be(buffer), bytes };
  if (isBinary(head, path, head.length === bytes)) return { binary: buffer, bytes };
  // Pure ASCII (most source files) decodes as latin1, a plain copy, when its text is needed at all.
  if (isAscii(buffer)) return { ascii: buffer, bytes };
  const hasBom = bytes >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  // invalid sequences become U+FFFD; keys are ASCII, so the text around a stray byte scans as before
  return { text: buffer.toString('utf8', hasBom ? 3 : 0), bytes };
}

/**
 * Binary content: many control bytes in the head. A text-named file whose head is UTF-8 is text whatever it
 * holds (NUL padding must not hide a key); so is any UTF-8 head without a NUL (the native checks decide most
 * files without a byte loop).
 */
function isBinary(head: Buffer, path: string, whole: boolean): boolean {
  if (head.length === 0) return false;
  if (headIsUtf8(head, whole) && (fileKind(path) !== 'other' || head.indexOf(0) === -1)) return false;
  let controls = 0;
  for (const byte of head) {
    // control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  }
  return controls / head.length > BINARY_SHARE;
}

/** UTF-8 validity of a head that may end inside a multi-byte character. */
function headIsUtf8(head: Buffer, whole: boolean): boolean {
  if (isUtf8(head)) return true;
  if (whole) return false;
  for (let cut = 1; cut <= 3 && cut < head.length; cut++) if (isUtf8(head.subarray(0, head.length - cut))) return true;
  return false;
}

/** 'le' / 'be' when the head looks like mostly-ASCII UTF-16 without a byte-order mark. */
function utf16WithoutBom(head: Buffer): 'le' | 'be' | undefined {
  const pairs = head.length >> 1;
  // either form needs NUL bytes in most pairs: a head without one (nearly every file) is decided natively
  if (pairs < 8 || head.indexOf(0) === -1) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.05) return 'le';
  if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.05) return 'be';
  return undefined;
}

function utf16be(buffer: Buffer): string {
  const swapped = Buffer.from(buffer.subarray(0, buffer.length - (buffer.length % 2)));
  swapped.swap16();
  return swapped.toString('utf16le');
}

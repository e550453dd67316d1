import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';
import type { SkipReason } from './stats.js';

export type TextRead = { text: string; bytes: number } | { skip: SkipReason; detail?: string };

const BINARY_SAMPLE = 8000;

/**
 * Reads a file as text, or says why not: too large (checked before reading), not a regular file,
 * binary (a NUL byte in the first 8 KB), or not valid UTF-8. UTF-8 and UTF-16 byte-order marks are honoured.
 */
export function readText(path: string, maxBytes: number): TextRead {
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
    const buffer = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const read = readSync(fd, buffer, filled, stat.size - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return decode(filled === stat.size ? buffer : buffer.subarray(0, filled));
  } catch (error) {
    return { skip: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? 'read failed' };
  } finally {
    closeSync(fd);
  }
}

/** Decodes bytes to text, or names the reason they are not text. */
export function decode(buffer: Buffer): TextRead {
  const bytes = buffer.length;
  if (bytes >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return { text: buffer.toString('utf16le', 2), bytes };
  if (bytes >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return { text: utf16be(buffer.subarray(2)), bytes };
  const sampleEnd = Math.min(bytes, BINARY_SAMPLE);
  if (buffer.subarray(0, sampleEnd).indexOf(0) !== -1) return { skip: 'binary' };
  // Pure ASCII (most source files) decodes as latin1: a plain copy, no UTF-8 decoding work.
  if (isAscii(buffer)) return { text: buffer.toString('latin1'), bytes };
  if (!isUtf8(buffer)) return { skip: 'non-utf8' };
  const hasBom = bytes >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  return { text: buffer.toString('utf8', hasBom ? 3 : 0), bytes };
}

function utf16be(buffer: Buffer): string {
  const swapped = Buffer.from(buffer.subarray(0, buffer.length - (buffer.length % 2)));
  swapped.swap16();
  return swapped.toString('utf16le');
}

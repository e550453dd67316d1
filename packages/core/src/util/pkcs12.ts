import { nodeCrypto } from '../lazy/builtins.js';

// A minimal reader of the PKCS#12 PFX structure (RFC 7292 section 4) and its password MAC (appendix B), written
// from the RFC to tell a committed keystore from other binary files. It reads DER with definite lengths only,
// checks every length against the bytes it has, never recurses, and returns a typed verdict instead of throwing:
// the input is whatever binary file sits in a repository.

/** Hashes a MAC's DigestInfo may name, by the DER bytes of their OID. */
const HASHES: ReadonlyMap<string, { name: string; blockSize: number }> = new Map([
  ['2b0e03021a', { name: 'sha1', blockSize: 64 }],
  ['608648016503040204', { name: 'sha224', blockSize: 64 }],
  ['608648016503040201', { name: 'sha256', blockSize: 64 }],
  ['608648016503040202', { name: 'sha384', blockSize: 128 }],
  ['608648016503040203', { name: 'sha512', blockSize: 128 }],
]);

/** id-data (1.2.840.113549.1.7.1) and id-signedData (…7.2): the two authSafe content types of RFC 7292. */
const ID_DATA = '2a864886f70d010701';
const ID_SIGNED_DATA = '2a864886f70d010702';

/**
 * Above this many MAC iterations a file is not verified: each costs one hash, and a crafted file must not make a
 * scan spin (a PR of many such files must not stall CI). Real keystores use 1 (Google's legacy keys) to 10,000
 * (OpenSSL 2,048, Java's keytool 10,000); past that the file is still reported, as a keystore of unknown password.
 */
export const MAX_MAC_ITERATIONS = 10_000;

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;
const OID = 0x06;
const CONTEXT_0 = 0xa0;

/** The password MAC of a PFX (`MacData`). */
export interface PfxMac {
  /** Node's name of the hash, or undefined when the OID is not one of SHA-1 and SHA-2. */
  readonly hash: string | undefined;
  readonly digest: Uint8Array;
  readonly salt: Uint8Array;
  readonly iterations: number;
}

/** A parsed PFX: `authSafe` is the content the MAC covers (id-data), or undefined for public-key integrity. */
export interface Pfx {
  readonly authSafe: Uint8Array | undefined;
  readonly mac: PfxMac | undefined;
}

export type PfxParse = { readonly pfx: Pfx } | { readonly invalid: string };

/** Whether a MAC checks out with a password: `unverifiable` when it cannot be judged (no MAC, unknown hash, too costly). */
export type MacVerdict = 'verified' | 'mismatch' | 'unverifiable';

interface Element {
  readonly tag: number;
  /** Offsets of the content, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** One DER element at `at`, within `limit`; undefined for high tag numbers, indefinite or overlong lengths. */
function element(bytes: Uint8Array, at: number, limit: number): Element | undefined {
  if (at + 2 > limit) return undefined;
  const tag = bytes[at]!;
  if ((tag & 0x1f) === 0x1f) return undefined;
  let length = bytes[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    // 0x80 is BER's indefinite length; more than 4 length bytes cannot describe a file we would read
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, start, end } : undefined;
}

/** The elements of a constructed element's content, in order, at most `max` of them. */
function children(bytes: Uint8Array, parent: Element, max: number): Element[] | undefined {
  const out: Element[] = [];
  let at = parent.start;
  while (at < parent.end) {
    if (out.length === max) return undefined;
    const child = element(bytes, at, parent.end);
    if (!child) return undefined;
    out.push(child);
    at = child.end;
  }
  return out;
}

/** A small non-negative INTEGER's value, or undefined (negative, or beyond 2^31). */
function smallInteger(bytes: Uint8Array, el: Element): number | undefined {
  const length = el.end - el.start;
  if (el.tag !== INTEGER || length === 0 || length > 5) return undefined;
  if (bytes[el.start]! & 0x80) return undefined;
  let value = 0;
  for (let i = el.start; i < el.end; i++) value = value * 256 + bytes[i]!;
  return value <= 0x7fffffff ? value : undefined;
}

function hex(bytes: Uint8Array, el: Element): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + el.start, el.end - el.start).toString('hex');
}

function content(bytes: Uint8Array, el: Element): Uint8Array {
  return bytes.subarray(el.start, el.end);
}

/**
 * Cheap test on a file's head: an outer SEQUENCE whose length spans exactly `size` bytes, then INTEGER 3. Lets a
 * reader decide whether a large binary file is worth reading whole.
 */
export function mayBePfx(head: Uint8Array, size: number): boolean {
  if (head.length < 8 || head[0] !== SEQUENCE) return false;
  // the length bytes sit in the head; the limit is the file's size, which the SEQUENCE must fill exactly
  const outer = element(head, 0, size);
  if (!outer || outer.end !== size) return false;
  return head[outer.start] === INTEGER && head[outer.start + 1] === 1 && head[outer.start + 2] === 3;
}

/** Reads `bytes` as a whole PFX (version 3, trailing bytes not allowed), or says why it is not one. */
export function parsePfx(bytes: Uint8Array): PfxParse {
  const outer = element(bytes, 0, bytes.length);
  if (!outer || outer.tag !== SEQUENCE || outer.end !== bytes.length) return { invalid: 'not one DER SEQUENCE' };
  const parts = children(bytes, outer, 3);
  if (!parts || parts.length < 2) return { invalid: 'not a PFX SEQUENCE' };
  const [version, authSafe, macData] = parts as [Element, Element, Element | undefined];
  if (smallInteger(bytes, version) !== 3) return { invalid: 'version is not 3' };
  // ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT ANY OPTIONAL }
  const info = authSafe.tag === SEQUENCE ? children(bytes, authSafe, 2) : undefined;
  const type = info?.[0];
  if (!info || !type || type.tag !== OID) return { invalid: 'authSafe is not a ContentInfo' };
  const contentType = hex(bytes, type);
  if (contentType !== ID_DATA && contentType !== ID_SIGNED_DATA) return { invalid: 'authSafe type is not data' };
  let data: Uint8Array | undefined;
  if (contentType === ID_DATA) {
    const wrapped = info[1];
    const octets = wrapped?.tag === CONTEXT_0 ? children(bytes, wrapped, 1)?.[0] : undefined;
    // a constructed (BER) OCTET STRING is left unverified rather than reassembled
    if (octets?.tag === OCTET_STRING) data = content(bytes, octets);
  }
  if (!macData) return { pfx: { authSafe: data, mac: undefined } };
  const mac = readMacData(bytes, macData);
  return mac ? { pfx: { authSafe: data, mac } } : { invalid: 'macData is malformed' };
}

/** MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 } */
function readMacData(bytes: Uint8Array, macData: Element): PfxMac | undefined {
  const parts = macData.tag === SEQUENCE ? children(bytes, macData, 3) : undefined;
  if (!parts || parts.length < 2) return undefined;
  const [digestInfo, salt, count] = parts as [Element, Element, Element | undefined];
  // DigestInfo ::= SEQUENCE { digestAlgorithm AlgorithmIdentifier, digest OCTET STRING }
  const info = digestInfo.tag === SEQUENCE ? children(bytes, digestInfo, 2) : undefined;
  const algorithm = info?.[0]?.tag === SEQUENCE ? children(bytes, info[0], 2) : undefined;
  const digest = info?.[1];
  if (!algorithm?.[0] || algorithm[0].tag !== OID || digest?.tag !== OCTET_STRING || salt.tag !== OCTET_STRING)
    return undefined;
  const iterations = count ? smallInteger(bytes, count) : 1;
  if (iterations === undefined || iterations < 1) return undefined;
  return {
    hash: HASHES.get(hex(bytes, algorithm[0]))?.name,
    digest: content(bytes, digest),
    salt: content(bytes, salt),
    iterations,
  };
}

/** Checks a PFX's MAC with `password`; constant-time comparison, bounded work. */
export function verifyPfxMac(pfx: Pfx, password: string): MacVerdict {
  const { mac, authSafe } = pfx;
  if (!mac || !authSafe || mac.hash === undefined || mac.iterations > MAX_MAC_ITERATIONS) return 'unverifiable';
  const { blockSize } = [...HASHES.values()].find((entry) => entry.name === mac.hash)!;
  const key = macKey(mac.hash, blockSize, bmpString(password), mac.salt, mac.iterations);
  const { createHmac, timingSafeEqual } = nodeCrypto();
  const expected = createHmac(mac.hash, key).update(authSafe).digest();
  return expected.length === mac.digest.length && timingSafeEqual(expected, mac.digest) ? 'verified' : 'mismatch';
}

/** The password as RFC 7292 B.1 wants it: a BMPString, UTF-16 big-endian with two zero bytes at the end. */
function bmpString(password: string): Buffer {
  const out = Buffer.alloc(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) out.writeUInt16BE(password.charCodeAt(i), i * 2);
  return out;
}

/**
 * RFC 7292 B.2 with ID 3 (MAC key) and n = u (the key is one hash output long), so one round of the
 * construction suffices and the "I_j + B + 1" update between rounds never runs.
 */
function macKey(hash: string, v: number, password: Buffer, salt: Uint8Array, iterations: number): Buffer {
  const diversifier = Buffer.alloc(v, 3);
  const input = Buffer.concat([repeatToBlocks(salt, v), repeatToBlocks(password, v)]);
  const { createHash } = nodeCrypto();
  let a = createHash(hash).update(diversifier).update(input).digest();
  for (let i = 1; i < iterations; i++) a = createHash(hash).update(a).digest();
  return a;
}

/** `bytes` repeated to v·⌈length/v⌉ bytes (empty stays empty). */
function repeatToBlocks(bytes: Uint8Array, v: number): Buffer {
  if (bytes.length === 0) return Buffer.alloc(0);
  const out = Buffer.alloc(v * Math.ceil(bytes.length / v));
  for (let i = 0; i < out.length; i++) out[i] = bytes[i % bytes.length]!;
  return out;
}

import { createHash, createHmac } from 'node:crypto';
import { generator } from './random.js';

// Builds PKCS#12 PFX bytes at test time: random authSafe content under a MAC made with a given password. The key
// derivation is RFC 7292 appendix B in its general form (any key length, the "I_j + B + 1" update included),
// written apart from the scanner's reader so the two check each other. Nothing here is a real key.

const HASH_OIDS = {
  sha1: [0x2b, 0x0e, 0x03, 0x02, 0x1a],
  sha256: [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01],
  sha512: [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03],
} as const;
const ID_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];

export type PfxHash = keyof typeof HASH_OIDS;

/** One DER element with a definite length. */
export function der(tag: number, ...parts: readonly Uint8Array[]): Buffer {
  const body = Buffer.concat(parts);
  const n = body.length;
  const length =
    n < 0x80
      ? [n]
      : n < 0x100
        ? [0x81, n]
        : n < 0x10000
          ? [0x82, n >> 8, n & 0xff]
          : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

function integer(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  do {
    bytes.unshift(rest & 0xff);
    rest = Math.floor(rest / 256);
  } while (rest > 0);
  if (bytes[0]! & 0x80) bytes.unshift(0);
  return der(0x02, Buffer.from(bytes));
}

/** RFC 7292 B.2: `n` bytes of key material for purpose `id` from a password and salt. */
export function pkcs12Kdf(
  hash: PfxHash,
  id: number,
  password: string,
  salt: Uint8Array,
  iterations: number,
  n: number,
): Buffer {
  const v = hash === 'sha512' ? 128 : 64;
  const u = createHash(hash).digest().length;
  const pw = Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
  const stretch = (data: Uint8Array) =>
    data.length === 0
      ? Buffer.alloc(0)
      : Buffer.from(Array.from({ length: v * Math.ceil(data.length / v) }, (_, i) => data[i % data.length]!));
  const d = Buffer.alloc(v, id);
  const input = Buffer.concat([stretch(salt), stretch(pw)]);
  const out: Buffer[] = [];
  for (let round = 0; round * u < n; round++) {
    let a = createHash(hash)
      .update(Buffer.concat([d, input]))
      .digest();
    for (let r = 1; r < iterations; r++) a = createHash(hash).update(a).digest();
    out.push(a);
    const b = stretch(a).subarray(0, v);
    for (let j = 0; j < input.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = input[j + k]! + b[k]! + carry;
        input[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(out).subarray(0, n);
}

export interface PfxOptions {
  readonly password?: string;
  readonly hash?: PfxHash;
  readonly iterations?: number;
  /** Leave the MacData out (public-key integrity, or a keystore without a MAC). */
  readonly noMac?: boolean;
  /** The iteration count the file states, when it should differ from the one the MAC was made with. */
  readonly statedIterations?: number;
  /** Bytes of random authSafe content (default 1200). */
  readonly contentSize?: number;
  readonly seed?: number;
}

/** A PFX whose authSafe is random bytes and whose MAC is right for `password` (default `notasecret`). */
export function pfxBytes(options: PfxOptions = {}): Buffer {
  const { password = 'notasecret', hash = 'sha1', iterations = 2048, noMac = false, seed = 1 } = options;
  const g = generator(seed);
  const random = (length: number) => Buffer.from(Array.from({ length }, () => g.int(256)));
  const authSafe = random(options.contentSize ?? 1200);
  const info = der(0x30, der(0x06, Buffer.from(ID_DATA)), der(0xa0, der(0x04, authSafe)));
  const parts = [integer(3), info];
  if (!noMac) {
    const salt = random(8);
    const key = pkcs12Kdf(hash, 3, password, salt, iterations, createHash(hash).digest().length);
    const mac = createHmac(hash, key).update(authSafe).digest();
    const algorithm = der(0x30, der(0x06, Buffer.from(HASH_OIDS[hash])), der(0x05));
    parts.push(
      der(0x30, der(0x30, algorithm, der(0x04, mac)), der(0x04, salt), integer(options.statedIterations ?? iterations)),
    );
  }
  return der(0x30, ...parts);
}

/** The 8-byte PNG signature and an IHDR chunk's worth of random bytes: a binary file that is not a keystore. */
export function pngBytes(seed = 2): Buffer {
  const g = generator(seed);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(Array.from({ length: 600 }, () => g.int(256))),
  ]);
}

// Offline checksums that some token formats embed, so a random string of the right shape is not enough.

const CRC32_TABLE = buildCrc32Table();

function buildCrc32Table(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 (IEEE 802.3) of an ASCII string. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = CRC32_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 encoding of an unsigned integer, left-padded with `0` to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  let rest = value;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub and npm tokens end in 6 base62 characters holding the CRC-32 of the random part
 * (GitHub: the 30 characters after the prefix; npm: likewise).
 */
export function hasBase62Crc32(body: string, checksumLength = 6): boolean {
  if (body.length <= checksumLength) return false;
  const random = body.slice(0, body.length - checksumLength);
  const check = body.slice(body.length - checksumLength);
  return base62(crc32(random), checksumLength) === check;
}

/**
 * Cloudflare's scannable credentials (`cfk_`, `cfut_`, `cfat_`) end in 8 lower-case hex digits holding the CRC-32
 * of the 40 characters before them.
 */
export function hasHexCrc32(body: string, checksumLength = 8): boolean {
  if (body.length <= checksumLength) return false;
  const random = body.slice(0, body.length - checksumLength);
  return crc32(random).toString(16).padStart(checksumLength, '0') === body.slice(body.length - checksumLength);
}

// Fixture keys are assembled at test time from a seeded generator, so no key-shaped literal sits in
// the repository for push protection to flag, and every run tests the same strings.

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const B64URL = ALNUM + '-_';
export const B64 = ALNUM + '+/';

/** mulberry32: a tiny deterministic PRNG. */
export function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** `length` random characters from `charset`, never a run of 4 or more equal characters. */
  const chars = (length: number, charset = ALNUM): string => {
    let out = '';
    while (out.length < length) {
      const c = charset[Math.floor(next() * charset.length)]!;
      if (out.length >= 2 && out.endsWith(c + c)) continue;
      out += c;
    }
    return out;
  };
  return { next, chars, int: (max: number) => Math.floor(next() * max) };
}

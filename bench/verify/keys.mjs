// Fake keys of each verified detector, assembled at run time (never literals in the repository), with the
// context their verifier needs for a certain attribution.
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A seeded generator, so every run builds the same tree. */
export function generator(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return (length, alphabet = ALNUM) =>
    Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

/** File text holding one key, by verifier id. */
export const KEY_FILES = {
  lensmor: (c) => `export const lensmor = "uak_${c(8)}_${c(32)}";\n`,
  laminr: (c) => `// Laminr client\nexport const laminr = { 'x-api-key': 'sk_live_${c(32)}' };\n`,
  lumenfall: (c) => `export const lumenfall = "lmnfl_${c(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}.${c(32)}";\n`,
};

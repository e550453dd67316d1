/**
 * The bytes of the built-in catalog's automaton when the build stored them (AhoCorasick.snapshot), else
 * undefined. Here, in the packages as tsc builds them, there are none; the CLI's bundle (scripts/bundle.mjs)
 * replaces this module with one that reads the file it writes beside its chunks.
 */
export function storedAutomaton(): Uint8Array | undefined {
  return undefined;
}

import { createRequire } from 'node:module';
import type * as re2jsModule from 're2js';

// Loaded on the first user regex: the ESLint plugin and configs without such regexes never pay for it.
// The Action's bundle inlines it instead (scripts/bundle-action.mjs).
let loaded: typeof re2jsModule | undefined;

export function re2js(): typeof re2jsModule {
  return (loaded ??= createRequire(import.meta.url)('re2js') as typeof re2jsModule);
}

import { createRequire } from 'node:module';
import type picomatchModule from 'picomatch';

// Loaded on first use: most scans match no glob (a pre-commit hook's, without `ignore` in the config), and
// loading picomatch cost each start ~12 ms. The Action's bundle inlines it instead (scripts/bundle-action.mjs).
let loaded: typeof picomatchModule | undefined;

export function picomatch(): typeof picomatchModule {
  return (loaded ??= createRequire(import.meta.url)('picomatch') as typeof picomatchModule);
}

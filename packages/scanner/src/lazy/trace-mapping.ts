import { createRequire } from 'node:module';
import type * as traceMappingModule from '@jridgewell/trace-mapping';

// Loaded on the first source map: a scan of sources reads none, and loading it cost each start ~10 ms.
// The Action's bundle inlines it instead (scripts/bundle-action.mjs).
let loaded: typeof traceMappingModule | undefined;

export function traceMapping(): typeof traceMappingModule {
  return (loaded ??= createRequire(import.meta.url)('@jridgewell/trace-mapping') as typeof traceMappingModule);
}

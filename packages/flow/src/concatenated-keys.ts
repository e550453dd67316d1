import { ts } from './typescript.js';
import { scanText, type SecretMatch } from '@keyward/core';
import { staticString } from './syntax.js';
import { indexOf } from './module-index.js';
import type { EngineOptions } from './options.js';

// Keys split across string literals (`'lmif_live_' + 'Ab12…'`): the text scan sees two short strings, the
// program holds one key. Each `+` chain made only of literals is joined and scanned once.

/** The outermost literal `+` chains of a module that join into a key. */
export function concatenatedKeys(
  file: string,
  node: ts.SourceFile,
  keys: readonly SecretMatch[],
  options: EngineOptions,
): Map<ts.Node, SecretMatch> {
  const found = new Map<ts.Node, SecretMatch>();
  const known = new Set(keys.map((key) => key.secret));
  for (const chain of indexOf(node).plusChains) {
    const value = staticString(chain);
    if (value === undefined) continue;
    const match = scanText(value, {
      path: file,
      fileKind: 'code',
      catalog: options.catalog,
      ...(options.allow ? { allow: options.allow } : {}),
    }).find((candidate) => !known.has(candidate.secret));
    if (match) found.set(chain, match);
  }
  return found;
}

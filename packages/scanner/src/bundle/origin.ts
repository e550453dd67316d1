import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { FindingOrigin } from '@keyward/core';
import { readText } from '../read-text.js';
import { embeddedSource, originalPosition, type LoadedSourceMap } from './source-map.js';
import { followLocal, lineOf, onlyEnvRead, readAt } from './origin-read.js';

/** An origin, and whether the original line holds the value as a literal (hardcoded, not inlined by a read). */
export interface TracedOrigin {
  readonly origin: FindingOrigin;
  readonly literal: boolean;
}

const MAX_SOURCE = 5 * 1024 * 1024;

/**
 * Traces a generated position (1-based line, 0-based column) to its original file, line and column, and
 * tells the read at that place from names. The original text comes from the project when the source sits
 * in it (never from outside the root), else from the map's `sourcesContent`. The value (in memory only)
 * decides whether the source holds it as a literal; `names` (the env variables holding it) find the read
 * when the bundler folded it into a template or another expression.
 */
export function traceOrigin(
  loaded: LoadedSourceMap,
  generated: {
    readonly line: number;
    readonly column: number;
    /** Whether the mapping segment starting this many characters before the hit still covers it. */
    readonly covered: (distance: number) => boolean;
  },
  places: { readonly root: string; readonly appRoot: string },
  held: { readonly value: string; readonly names: readonly string[] },
): TracedOrigin | undefined {
  const position = originalPosition(loaded, generated.line, generated.column);
  if (!position || !generated.covered(generated.column - position.generatedColumn)) return undefined;
  const { file, onDisk } = sourceFile(position.source, places.root, places.appRoot);
  const text = onDisk ? readSource(onDisk) : embeddedSource(loaded, position.source);
  const literal = text !== undefined && held.value.length > 0 && text.includes(held.value);
  const original = text === undefined ? undefined : lineOf(text, position.line);
  const at = original === undefined ? undefined : readAt(original, position.column);
  // most specific first: the read the map points at, a read of a variable that holds this very value, the
  // declaration behind a name the bundler inlined, the line's only env read, the name itself
  let read = at?.kind === 'env' ? at.read : undefined;
  if (!literal) {
    if (!read && text !== undefined) read = envReadOf(text, held.names);
    const followed = at?.kind === 'identifier' && text !== undefined ? followLocal(text, at.read) : undefined;
    if (!read && followed && followed !== (at as { read: string }).read) read = followed;
    if (!read && original !== undefined) read = onlyEnvRead(original);
    if (!read && at?.kind === 'identifier') read = at.read;
    if (!read && position.name && /^[A-Za-z_$][\w$]{0,127}$/.test(position.name)) read = position.name;
  }
  return {
    origin: { file, line: position.line, column: position.column + 1, ...(read ? { read } : {}) },
    literal,
  };
}

/** `import.meta.env.NAME` or `process.env.NAME` in the source for one of the names, if any. */
function envReadOf(text: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const base of ['import.meta.env', 'process.env']) {
      if (
        text.includes(`${base}.${name}`) ||
        text.includes(`${base}['${name}']`) ||
        text.includes(`${base}["${name}"]`)
      )
        return `${base}.${name}`;
    }
  }
  return undefined;
}

/**
 * A map's source as a path relative to the root when it sits in the project (then also its absolute path,
 * to read it). Bundler schemes (`webpack://app/./src/x.ts`) are relative to the app (the build folder's parent).
 */
export function sourceFile(source: string, root: string, appRoot: string): { file: string; onDisk?: string } {
  let cleaned = source.replace(/[\x00-\x1f\x7f]/g, '');
  let base = root;
  if (cleaned.startsWith('file://')) cleaned = decodeFileUrl(cleaned);
  else if (/^[a-z][a-z0-9+.-]*:/i.test(cleaned) && !/^[a-z]:[\\/]/i.test(cleaned)) {
    cleaned = cleaned.replace(/^[a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?\/*/i, '');
    base = appRoot;
  }
  const absolute = path.resolve(base, cleaned);
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  const within = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  if (!within) return { file: relative || cleaned };
  return isPlainFile(absolute) ? { file: relative, onDisk: absolute } : { file: relative };
}

function decodeFileUrl(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url.slice('file://'.length);
  }
}

function readSource(file: string): string | undefined {
  const read = readText(file, MAX_SOURCE);
  return 'skip' in read ? undefined : read.text;
}

function isPlainFile(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}

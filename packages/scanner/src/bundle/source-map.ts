import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { TraceMap } from '@jridgewell/trace-mapping';
import { readText } from '../read-text.js';
import type { SourceMapCache } from './source-map-cache.js';
import { traceMapping } from '../lazy/trace-mapping.js';

/** A parsed source map and where it came from. */
export interface LoadedSourceMap {
  readonly map: TraceMap;
  /** Absolute path of the `.map` file, or of the asset for an inline data URL. */
  readonly file: string;
}

/** An original position: the source as the map resolves it (absolute path or URL), 1-based line, 0-based column. */
export interface OriginalPosition {
  readonly source: string;
  readonly line: number;
  readonly column: number;
  readonly name: string | null;
  /** 0-based generated column where the mapping segment starts (at or before the position asked for). */
  readonly generatedColumn: number;
}

export const MAX_MAP_BYTES = 256 * 1024 * 1024;

/**
 * Finds an asset's source map: the last `sourceMappingURL` comment (a file or a `data:` URL), else
 * `<asset>.map` beside it. Files are read only inside `within` (the build directory) and never through a
 * symbolic link, so a hostile comment cannot make the scan read elsewhere. A broken map is no map.
 */
export function loadSourceMap(
  asset: string,
  text: string,
  within: string,
  cache?: SourceMapCache,
): LoadedSourceMap | undefined {
  const url = mappingUrl(text);
  if (url?.startsWith('data:')) {
    const json = decodeDataUrl(url);
    return json === undefined ? undefined : parse(json, asset);
  }
  const candidates = [...(url ? [resolveUrl(url, asset, within)] : []), `${asset}.map`];
  for (const candidate of candidates) {
    if (!candidate || !inside(candidate, within)) continue;
    const cached = cache?.get(candidate);
    if (cached) return cached;
    if (!isPlainFile(candidate)) continue;
    const read = readText(candidate, MAX_MAP_BYTES);
    if ('skip' in read) continue;
    const loaded = parse(read.text, candidate);
    cache?.set(candidate, loaded);
    if (loaded) return loaded;
  }
  return undefined;
}

/** Parses map JSON (plain or sectioned); sources resolve against the map's own path. */
export function parse(json: string, file: string): LoadedSourceMap | undefined {
  try {
    return { map: new (traceMapping().AnyMap)(json, file), file };
  } catch {
    return undefined;
  }
}

/** The original position of a 1-based line and 0-based column of the generated file, if the map has one. */
export function originalPosition(loaded: LoadedSourceMap, line: number, column: number): OriginalPosition | undefined {
  const segment = traceMapping().traceSegment(loaded.map, line - 1, column);
  if (!segment || segment.length < 4) return undefined;
  const source = loaded.map.resolvedSources[segment[1]!];
  if (source === undefined) return undefined;
  const name = segment.length === 5 ? (loaded.map.names[segment[4]!] ?? null) : null;
  return { source, line: segment[2]! + 1, column: segment[3]!, name, generatedColumn: segment[0] };
}

/** The source text the map carries for a source (`sourcesContent`), if any. */
export function embeddedSource(loaded: LoadedSourceMap, source: string): string | undefined {
  return traceMapping().sourceContentFor(loaded.map, source) ?? undefined;
}

/** The URL of the last `//# sourceMappingURL=` (or `/*# … *\/`) comment. */
export function mappingUrl(text: string): string | undefined {
  const at = text.lastIndexOf('sourceMappingURL=');
  if (at < 4) return undefined;
  const lead = text.slice(at - 4, at);
  if (!/^(?:\/\/|\/\*)[#@][ \t]$/.test(lead) && !/[#@]$/.test(lead)) return undefined;
  const rest = text.slice(at + 'sourceMappingURL='.length, at + 'sourceMappingURL='.length + MAX_MAP_BYTES);
  const end = rest.search(/\s|\*\//);
  const url = end === -1 ? rest : rest.slice(0, end);
  return url || undefined;
}

function decodeDataUrl(url: string): string | undefined {
  const comma = url.indexOf(',');
  if (comma === -1 || !/^data:application\/json/i.test(url)) return undefined;
  const meta = url.slice(0, comma);
  const body = url.slice(comma + 1);
  try {
    return /;base64$/i.test(meta) ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
  } catch {
    return undefined;
  }
}

/** A relative URL resolves against the asset's folder, a root-relative one against the build directory. */
function resolveUrl(url: string, asset: string, within: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  return decoded.startsWith('/') ? path.join(within, decoded) : path.resolve(path.dirname(asset), decoded);
}

function inside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function isPlainFile(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}

import type { Detector, FileKind, SecretMatch } from './types.js';
import { builtInCatalog, type Catalog, type KeywordHits, keywordHits } from './catalog.js';
import { fileKind as kindOf, looksMinified } from './file-kind.js';
import { isPlaceholder, isTruncated } from './placeholder.js';
import { suppressionFilter } from './suppression.js';
import { chainOffset, crossesParts, literalChains } from './concatenated.js';

export interface ScanTextOptions {
  /** Path of the text, relative or absolute; decides the file kind. */
  readonly path?: string;
  readonly fileKind?: FileKind;
  readonly catalog?: Catalog;
  /** Return false to drop a match (config allow lists). */
  readonly allow?: (detector: Detector, secret: string) => boolean;
  /** Whether the text is minified code, when the caller already knows (saves measuring it twice). */
  readonly minified?: boolean;
  /** Keep matches that carry a `keyward-ignore` comment (for tools that report suppressions). */
  readonly keepSuppressed?: boolean;
  /** Skip joining `'sk_live_' + '…'` literal chains (set when scanning an already joined chain). */
  readonly noChains?: boolean;
  /** `keywordHits(catalog, text)`, when the caller has it already (the scanner finds it in ASCII bytes). */
  readonly hits?: KeywordHits;
}

/**
 * JS/TS chains are the flow engine's: it joins them from the syntax tree, so ESLint can offer its fix on the
 * `+` expression. Every other language's chains are joined here.
 */
const FLOW_LANGUAGES = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/;

/**
 * Keys split across `+`-joined literals: each chain is joined and scanned by the provider detectors; a
 * match that crosses a literal boundary is reported over the chain's span, with the joined key as secret.
 */
function chainMatches(text: string, catalog: Catalog, options: ScanTextOptions): SecretMatch[] {
  const found: SecretMatch[] = [];
  for (const chain of literalChains(text)) {
    const inner = scanText(chain.joined, {
      fileKind: 'code',
      catalog,
      noChains: true,
      keepSuppressed: true,
      ...(options.allow ? { allow: options.allow } : {}),
    });
    for (const match of inner) {
      if (match.detector.id === 'generic-secret' || !crossesParts(chain, match.start, match.end)) continue;
      found.push({
        detector: match.detector,
        secret: match.secret,
        start: chainOffset(chain, match.start, false),
        end: chainOffset(chain, match.end, true),
      });
    }
  }
  return found;
}

/**
 * Finds keys in one text: prefilter, then only the detectors whose keywords occur, then validation,
 * the placeholder filter, overlap resolution and inline suppressions. Pure: no I/O.
 */
export function scanText(text: string, options: ScanTextOptions = {}): SecretMatch[] {
  const catalog = options.catalog ?? builtInCatalog();
  const kind = options.fileKind ?? kindOf(options.path ?? '');
  const hits = options.hits ?? keywordHits(catalog, text);
  if (hits.size === 0) return [];
  const highOnly =
    kind === 'lockfile' ||
    (kind === 'code' && (options.minified ?? (/\.(?:[cm]?js|css)$/.test(options.path ?? '') && looksMinified(text))));
  const matches: SecretMatch[] = [];
  for (const [index, starts] of hits) {
    const detector = catalog.detectors[index]!;
    if (highOnly && detector.confidence !== 'high') continue;
    for (const span of spans(detector, catalog, index, text, kind, starts)) {
      const secret = text.slice(span.start, span.end);
      if (!accept(detector, secret, text, span.start, kind, options)) continue;
      matches.push({ detector, secret, start: span.start, end: span.end, ...(span.name ? { name: span.name } : {}) });
    }
  }
  if (kind === 'code' && !highOnly && !options.noChains && !FLOW_LANGUAGES.test(options.path ?? ''))
    matches.push(...chainMatches(text, catalog, options));
  const resolved = resolveOverlaps(matches);
  // most texts have no match: no search for the directive then
  if (options.keepSuppressed || resolved.length === 0) return resolved;
  const suppressed = suppressionFilter(text);
  return resolved.filter((match) => !suppressed(match.start));
}

type Span = { start: number; end: number; name?: string };

/** Secret spans of one detector, looked for only where its keywords occur. */
function* spans(
  detector: Detector,
  catalog: Catalog,
  index: number,
  text: string,
  kind: FileKind,
  starts: readonly number[],
): Iterable<Span> {
  if (detector.find) {
    yield* detector.find(text, kind, starts);
    return;
  }
  const anchor = detector.anchor ?? 'start';
  if (anchor === 'anywhere') {
    yield* everywhere(catalog.pattern(index), text);
    return;
  }
  const sticky = catalog.sticky(index);
  if (anchor === 'start') {
    let covered = 0;
    for (const start of starts) {
      if (start < covered) continue;
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (match) {
        covered = start + match[0].length;
        yield span(match);
      }
    }
    return;
  }
  yield* inWindows(catalog.pattern(index), sticky, text, starts, anchor);
}

function* everywhere(pattern: RegExp, text: string): Iterable<Span> {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    yield span(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
}

/**
 * Searches merged windows around keyword occurrences: each window is a slice (so a search never runs
 * past it) and each candidate is confirmed by a sticky match on the full text, which sees the real
 * characters around it for look-behind and look-ahead.
 */
function* inWindows(
  pattern: RegExp,
  sticky: RegExp,
  text: string,
  starts: readonly number[],
  window: { readonly before: number; readonly after: number; readonly maxLength: number },
): Iterable<Span> {
  let covered = 0;
  let i = 0;
  while (i < starts.length) {
    const from = Math.max(covered, starts[i]! - window.before);
    let to = starts[i]! + window.after;
    while (i + 1 < starts.length && starts[i + 1]! - window.before <= to + 1) to = starts[++i]! + window.after;
    i++;
    if (to < from) continue;
    const slice = text.slice(from, to + window.maxLength + 1);
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(slice)) !== null && match.index <= to - from) {
      sticky.lastIndex = from + match.index;
      const confirmed = sticky.exec(text);
      if (confirmed) {
        covered = confirmed.index + confirmed[0].length;
        yield span(confirmed);
        pattern.lastIndex = covered - from;
      } else {
        pattern.lastIndex = match.index + 1;
      }
    }
  }
}

function span(match: RegExpExecArray): Span {
  const group = match.indices?.groups?.['secret'];
  return group ? { start: group[0], end: group[1] } : { start: match.index, end: match.index + match[0].length };
}

function accept(
  detector: Detector,
  secret: string,
  text: string,
  index: number,
  kind: FileKind,
  options: ScanTextOptions,
): boolean {
  if (detector.validate && !detector.validate(secret, { text, index, fileKind: kind })) return false;
  if (isPlaceholder(secret, detector.prefixLength ?? 0, { structured: detector.structured ?? false })) return false;
  if (isTruncated(text, index, index + secret.length)) return false;
  return options.allow ? options.allow(detector, secret) : true;
}

/**
 * Where matches overlap, one wins: a detector that supersedes the other (Laminr over Stripe in an
 * `x-api-key` context), then a format's detector over one that knows a credential only by its place
 * (`byPlace`), then any specific detector over the generic one, then the longer match.
 */
function resolveOverlaps(matches: SecretMatch[]): SecretMatch[] {
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SecretMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (!last || match.start >= last.end) {
      kept.push(match);
      continue;
    }
    if (wins(match, last)) kept[kept.length - 1] = match;
  }
  return kept;
}

function wins(challenger: SecretMatch, holder: SecretMatch): boolean {
  if (challenger.detector.supersedes?.includes(holder.detector.id)) return true;
  if (holder.detector.supersedes?.includes(challenger.detector.id)) return false;
  if ((holder.detector.byPlace ?? false) !== (challenger.detector.byPlace ?? false))
    return holder.detector.byPlace === true;
  if (holder.detector.confidence !== challenger.detector.confidence) return challenger.detector.confidence === 'high';
  return challenger.end - challenger.start > holder.end - holder.start;
}

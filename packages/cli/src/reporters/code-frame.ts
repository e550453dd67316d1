import { redact, redactKeys, type Finding } from '@keyward/core';
import { printable } from './printable.js';

// The source line under a finding, as a person reads it in a terminal, with nothing secret on it. A key the
// scan found shows as its finding's redacted form (core's `redact`). Everything else that could be secret is
// masked with the same function, without knowing whether it is: in string literals and in the value part of
// config and .env lines, every word that is not plain prose (`use client`, `./client`, `Bearer`) shows at most
// its first characters (`sk_l…`), so a key split across literals, a password in a URL or a key no detector
// knows never shows in full. Names outside literals stay (they are what a reader looks for), unless they are
// long and mix letters and digits like key material. Last, core's `redactKeys` runs over the result.

/** Lines wider than this show a window around the finding (minified bundles are one line). */
const MAX_WIDTH = 100;
const CODE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro|py|rb|go|java|kt|cs|php|rs|swift|scala|sh)$/i;
/** A word as key material is made of: base64 (`=` only as its padding), base64url, hex, JWT and key prefixes. */
const TOKEN = /[A-Za-z0-9+/_\-.~]+=*/g;
/** Plain words and module paths: `client`, `use`, `./lib/http`, `.env`, `Bearer`, `content-type`. */
const PROSE = /^(?:\.{0,2}\/|\.)?(?:[a-z]{1,16}|[A-Z][a-z]{1,15})(?:[._/-][a-z]{1,16})*\/?$/;
/**
 * Variable names (`VITE_`, `LMIF_API_KEY`: an underscore, which base32 and hex keys never hold) and short
 * capitals (`HTTP`, `JSON`).
 */
const NAME = /^(?:[A-Z][A-Z0-9]{0,15}(?:_[A-Z0-9]{1,16})*_|[A-Z][A-Z0-9]{0,15}(?:_[A-Z0-9]{1,16})+|[A-Z]{1,6})$/;

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Frame {
  /** `12 │ ` */
  readonly gutter: string;
  /** `const key = 'lmif_live_Ab12…';` */
  readonly line: string;
  /** The gutter of the caret line: `   │ `. */
  readonly blank: string;
  /** `            ^^^^^^^^^^^^^^^` under the finding's span, or undefined when it cannot be placed. */
  readonly caret?: string;
}

/** A file's lines as the scan counts them (LF, CRLF or a lone CR ends one). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The frame of `finding` in `lines` (the file as scanned), or undefined when the line is not there. `together`
 * are the file's findings: each key among those on the same line shows redacted.
 */
export function codeFrame(lines: readonly string[], finding: Finding, together: readonly Finding[]): Frame | undefined {
  return codeFrames(lines, together)(finding);
}

/** A line made safe to show, with where each source column went. */
interface Shown {
  readonly rendered: { readonly text: string; readonly map: readonly number[] };
  /** The rendered text after core's `redactKeys`: different when the masking missed a key. */
  readonly checked: string;
}

/**
 * `codeFrame` for many findings of one file: each line is masked once, however many findings it holds (a
 * minified bundle is one line of hundreds of findings; masking it per finding is quadratic).
 */
export function codeFrames(
  lines: readonly string[],
  together: readonly Finding[],
): (finding: Finding) => Frame | undefined {
  const shown = new Map<string, Shown>();
  const onLine = new Map<string, Finding[]>();
  for (const other of together) {
    // a finding of the text scan (it has a detector) spans the key itself: it shows as its redacted form
    if (!other.detectorId) continue;
    const key = lineKey(other);
    const list = onLine.get(key) ?? [];
    list.push(other);
    onLine.set(key, list);
  }
  const show = (finding: Finding, source: string): Shown => {
    const key = lineKey(finding);
    const known = shown.get(key);
    if (known) return known;
    const replacements: Replacement[] = (onLine.get(key) ?? []).map((other) => ({
      start: other.column - 1,
      end: other.endLine === other.line ? other.endColumn - 1 : source.length,
      text: other.redacted,
    }));
    replacements.push(...masked(source, replacements, !CODE.test(finding.file)));
    const rendered = render(source, replacements);
    const made = { rendered, checked: redactKeys(rendered.text) };
    shown.set(key, made);
    return made;
  };
  return (finding) => {
    const source = lines[finding.line - 1];
    // an empty span is about the whole file (a committed .env file): no line to show
    if (source === undefined || (finding.endLine === finding.line && finding.endColumn <= finding.column))
      return undefined;
    const { rendered, checked } = show(finding, source);
    const start = rendered.map[Math.min(finding.column - 1, source.length)]!;
    const endColumn = finding.endLine === finding.line ? finding.endColumn - 1 : source.length;
    const end = Math.max(start + 1, rendered.map[Math.min(endColumn, source.length)]!);
    // the last line of defence: a key the masking missed; the caret is then not trusted
    const window = clip(checked, start, end);
    const number = String(finding.line);
    return {
      gutter: `${number} │ `,
      line: window.text,
      blank: `${' '.repeat(number.length)} │ `,
      ...(checked === rendered.text
        ? { caret: `${' '.repeat(window.start)}${'^'.repeat(Math.max(1, window.end - window.start))}` }
        : {}),
    };
  };
}

/** Findings of one line of one commit share its masked form. */
function lineKey(finding: Finding): string {
  return `${finding.line}\0${finding.commit ?? ''}`;
}

/** Words in literals and values that are not prose, and key-like names elsewhere, outside the finding spans. */
function masked(source: string, taken: readonly Replacement[], configLike: boolean): Replacement[] {
  const inValue = valueRegions(source, configLike);
  // which characters a finding's span covers: a word touching one is that finding's, not masked again
  const covered = new Uint8Array(source.length + 1);
  for (const span of taken) covered.fill(1, Math.max(0, span.start), Math.max(0, span.end));
  const out: Replacement[] = [];
  for (const match of source.matchAll(TOKEN)) {
    const start = match.index;
    const word = match[0];
    const end = start + word.length;
    if (covered.subarray(start, end).includes(1)) continue;
    const value = inValue[start] === true;
    const secretish = value
      ? word.length >= 4 && !PROSE.test(word) && !NAME.test(word)
      : word.length >= 16 && /\d/.test(word) && /[A-Za-z]/.test(word);
    if (secretish) out.push({ start, end, text: redact(word) });
  }
  return out;
}

/**
 * Which characters are inside a string literal ('…', "…", `…`, backslash escapes honoured), or, in a config
 * or .env file, after the line's first `=` or `:`. A line inside a multi-line literal has no quotes to go by:
 * key-like names are masked there in any case.
 */
function valueRegions(source: string, configLike: boolean): boolean[] {
  const inside: boolean[] = new Array<boolean>(source.length).fill(false);
  let quote: string | undefined;
  /** Brace depth inside a template literal's `${…}`: code again, not the literal. */
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (depth > 0) {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      continue;
    }
    if (quote === '`' && c === '$' && source[i + 1] === '{') {
      depth = 1;
      i++;
      continue;
    }
    if (quote) {
      if (c === '\\') {
        inside[i] = true;
        inside[i + 1] = true;
        i++;
        continue;
      }
      if (c === quote) quote = undefined;
      else inside[i] = true;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
  }
  if (configLike) {
    const separator = source.search(/[=:]/);
    if (separator !== -1) for (let i = separator + 1; i < source.length; i++) inside[i] = true;
  }
  return inside;
}

/** The line with the replacements made and control characters escaped; `map` takes a column to its new place. */
function render(source: string, replacements: readonly Replacement[]): { text: string; map: number[] } {
  const sorted = [...replacements].sort((a, b) => a.start - b.start);
  const map: number[] = [];
  let text = '';
  let i = 0;
  for (const replacement of sorted) {
    if (replacement.start < i) continue; // overlapping: the first one wins
    for (; i < replacement.start; i++) {
      map[i] = text.length;
      text += source[i] === '\t' ? ' ' : printable(source[i]!);
    }
    for (; i < replacement.end; i++) map[i] = text.length;
    text += printable(replacement.text);
  }
  for (; i < source.length; i++) {
    map[i] = text.length;
    text += source[i] === '\t' ? ' ' : printable(source[i]!);
  }
  map[source.length] = text.length;
  return { text, map };
}

/** A window of at most MAX_WIDTH characters around [start, end), with `…` where it cuts. */
function clip(text: string, start: number, end: number): { text: string; start: number; end: number } {
  if (text.length <= MAX_WIDTH) return { text, start, end };
  const from = Math.max(0, Math.min(start - 30, text.length - MAX_WIDTH));
  const to = Math.min(text.length, from + MAX_WIDTH);
  const head = from > 0 ? '…' : '';
  const shown = `${head}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  const shift = head.length - from;
  return { text: shown, start: Math.max(0, start + shift), end: Math.min(to - from + head.length, end + shift) };
}

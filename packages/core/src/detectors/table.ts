import type { Detector, Environment, FileKind } from '../types.js';
import { defaultRemediation, escapeRegex } from './define.js';

// Table-driven detectors: a provider's key is declared as data (literal parts and random runs of a named
// alphabet), and both the regex and the tests' samples are derived from that one declaration. Adding a
// provider is one entry in a family file (`cloud-platforms.ts`, `ai-providers.ts`, `saas.ts`, …).

/** The alphabets a run may use, as regex class bodies. */
export const ALPHABETS = {
  hex: 'a-f0-9',
  HEX: 'A-F0-9',
  xdigit: 'a-fA-F0-9',
  digits: '0-9',
  lower: 'a-z',
  upper: 'A-Z',
  letters: 'A-Za-z',
  alnum: 'A-Za-z0-9',
  lowernum: 'a-z0-9',
  uppernum: 'A-Z0-9',
  b64: 'A-Za-z0-9+/',
  b64url: 'A-Za-z0-9_-',
  /** base64url plus `.` (JWT-like and dotted bodies). */
  b64dot: 'A-Za-z0-9_.-',
  /** letters and digits plus `.` (keys of two dot-joined halves). */
  alnumdot: 'A-Za-z0-9.',
  word: 'A-Za-z0-9_',
  lowernumdash: 'a-z0-9-',
  alnumdash: 'A-Za-z0-9-',
  /** base64 with `=` anywhere (some providers' keys carry it mid-string). */
  b64eq: 'A-Za-z0-9+/=',
  /** URL-encoded base64 (`%2B`, `%3D`). */
  urlenc: 'A-Za-z0-9%',
  /** `=` padding. */
  pad: '=',
  AtoL: 'A-L',
  BtoZ: 'B-Z',
} as const;

export type Alphabet = keyof typeof ALPHABETS;

/** `min`–`max` random characters of one alphabet. */
export interface Run {
  readonly alphabet: Alphabet;
  readonly min: number;
  readonly max: number;
}

/** A piece of a key: a literal (`sbp_`, `-`, `.atlasv1.`) or a run. */
export type Part = string | Run;

const run =
  (alphabet: Alphabet) =>
  (min: number, max = min): Run => ({ alphabet, min, max });

export const hex = run('hex');
export const HEX = run('HEX');
export const xdigit = run('xdigit');
export const digits = run('digits');
export const lower = run('lower');
export const upper = run('upper');
export const letters = run('letters');
export const alnum = run('alnum');
export const lowernum = run('lowernum');
export const uppernum = run('uppernum');
export const b64 = run('b64');
export const b64url = run('b64url');
export const b64dot = run('b64dot');
export const alnumdot = run('alnumdot');
export const word = run('word');
export const lowernumdash = run('lowernumdash');
export const alnumdash = run('alnumdash');
export const b64eq = run('b64eq');
export const urlenc = run('urlenc');
export const pad = run('pad');
export const AtoL = run('AtoL');
export const BtoZ = run('BtoZ');

/** A lower-case UUID (8-4-4-4-12 hex digits). */
export const uuid = (alphabet: 'hex' | 'HEX' | 'xdigit' = 'hex'): Part[] => [
  run(alphabet)(8),
  '-',
  run(alphabet)(4),
  '-',
  run(alphabet)(4),
  '-',
  run(alphabet)(4),
  '-',
  run(alphabet)(12),
];

/** One table entry. */
export interface TokenSpec {
  readonly id: string;
  readonly provider: string;
  readonly title: string;
  readonly envName: string;
  /** The secret, in order: literals and runs. Without `names`, it must open with a literal prefix of ≥ 3 characters. */
  readonly shape: readonly (Part | readonly Part[])[];
  /**
   * Two-part detectors, for secrets without a prefix: the secret counts only as the value assigned to a name
   * (variable, key, header) that contains one of these words (`snake_case` words, matched in any case and
   * with `_`, `-`, `.` or nothing between them: `dd_api_key` matches `DD_API_KEY`, `ddApiKey`, `dd-api-key`).
   */
  readonly names?: readonly string[];
  /**
   * Context detectors, for prefix-less secrets written without a telling name (log lines, config blocks,
   * credential stores): the secret counts only when one of these provider words (any case, not glued to a
   * letter before it) occurs at most CONTEXT_GAP characters before it, with a credential word (`key`, `token`,
   * `secret`, …) near. Weaker than `names`, so the detector
   * has medium confidence (it is skipped in minified code and lock files) and replaces the generic one.
   */
  readonly context?: readonly string[];
  /** Words (any case) of which one must occur within 300 characters of the secret (the id next to it). */
  readonly near?: readonly string[];
  /** Extra prefilter literals (case-sensitive; for named entries, any case). */
  readonly keywords?: readonly string[];
  readonly environment?: Environment;
  readonly remediation?: string;
  readonly structured?: boolean;
  readonly checksum?: string;
  readonly validate?: Detector['validate'];
  readonly supersedes?: readonly string[];
  /** Characters that may not follow the key besides letters, digits, `_` and the last run's own alphabet. */
  readonly tail?: string;
  /** Characters that may not precede a prefixed key besides letters, digits and `_`. */
  readonly lead?: string;
  /**
   * For keys without a prefix but with a fixed literal inside (Azure's `JQQJ99`, `+ACR`): that literal, which
   * becomes the prefilter keyword; the engine then looks for the key only around its occurrences.
   */
  readonly key?: string;
}

/** Declared specs by detector id, so tests can derive samples from each entry's shape. */
export const tableSpecs = new Map<string, TokenSpec>();

/** Flattens a shape's nested part lists (`uuid()` returns several parts). */
export function partsOf(spec: TokenSpec): Part[] {
  return spec.shape.flatMap((part) => (Array.isArray(part) ? part : [part as Part]));
}

function runSource(part: Run): string {
  const quantifier = part.min === part.max ? `{${part.min}}` : `{${part.min},${part.max}}`;
  return `[${ALPHABETS[part.alphabet]}]${quantifier}`;
}

function bodySource(parts: readonly Part[]): string {
  return parts.map((part) => (typeof part === 'string' ? escapeRegex(part) : runSource(part))).join('');
}

/** Characters after the key that would make it part of a longer token. */
function tailClass(parts: readonly Part[], extra = ''): string {
  const last = parts[parts.length - 1]!;
  if (typeof last === 'string' && extra === '') return '';
  let chars = 'A-Za-z0-9_';
  if (typeof last !== 'string') {
    const own = ALPHABETS[last.alphabet].replace(/A-Z|a-z|0-9|a-f|A-F/g, '');
    chars += own.replace(/[\]\\^]/g, '\\$&').replace(/-/g, '\\-');
  }
  chars += extra.replace(/[\]\\^-]/g, '\\$&');
  return chars;
}

/** The literal prefix: leading literal parts up to the first run. */
function prefixOf(parts: readonly Part[]): string {
  let prefix = '';
  for (const part of parts) {
    if (typeof part !== 'string') break;
    prefix += part;
  }
  return prefix;
}

/** `dd_api_key` → a regex matching it in any case with `_`, `-`, `.` or nothing between the words. */
function nameSource(name: string): string {
  return name
    .split('_')
    .map((word) =>
      [...word]
        .map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRegex(ch)))
        .join(''),
    )
    .join('[_.-]?');
}

/**
 * Prefilter literals for a name, matched in any case: its words joined by `_`, `-`, `.` or nothing, which covers
 * `dd_api_key`, `DD_API_KEY`, `ddApiKey`, `DdApiKey` and `dd-api-key`.
 */
export function nameKeywords(name: string): string[] {
  const words = name.split('_');
  return [...new Set([words.join('_'), words.join('-'), words.join(''), words.join('.')])];
}

/** Assignment between a name and its value: `=`, `:=`, `?=`, `:`, `=>` or a call's `,`, quotes and spaces around. */
const ASSIGN = `[A-Za-z0-9_.-]{0,32}["'\\]]{0,2}[ \\t]{0,3}(?:[:?!]?=|:|=>|,)[ \\t]{0,3}(?:\\\\?["'\`])?`;

function nearValidator(
  words: readonly string[],
): (secret: string, context: { text: string; index: number }) => boolean {
  const lowered = words.map((word) => word.toLowerCase());
  return (_secret, { text, index }) => {
    const window = text.slice(Math.max(0, index - 300), index + 300).toLowerCase();
    return lowered.some((word) => window.includes(word));
  };
}

/**
 * In code, a value assigned without quotes is an expression, not a literal: `linkedInPostUrl =
 * linkedInPostUrls.linkedin` names a variable that happens to have the shape. Config files keep bare values.
 */
function quotedInCode(
  _secret: string,
  { text, index, fileKind }: { text: string; index: number; fileKind: FileKind },
): boolean {
  if (fileKind !== 'code') return true;
  const before = text.charCodeAt(index - 1);
  return before === 34 || before === 39 || before === 96;
}

/** How far before a context detector's secret its provider word may end: a label, a key name and quotes. */
export const CONTEXT_GAP = 40;

/**
 * A context secret also needs one of these near its provider word (`BUGSNAG_API_KEY=`, `gitter token:`, a
 * `bugsnag:` block's `api_key:`, a credential store's `<secret>`): a provider word alone sits beside commit SHAs,
 * UUIDs, content hashes and request ids in ordinary code (`gitter room moved in <sha>`, `phrase: { sha: "…" }`).
 */
const CREDENTIAL_WORDS = ['key', 'token', 'secret', 'api', 'auth', 'pass', 'pwd', 'cred', 'bearer', 'access'];

/**
 * Whether a credential word stands near a provider word that spans [start, end) before the secret at `index`:
 * between the two, or at most CONTEXT_GAP characters before the provider word (a Jenkins `<secret>{bugsnag …}`,
 * a `key` column before the provider's). Letters glued to the provider word in its own case belong to its name
 * (`aletheiaapi`, `GUARDIANAPI`), not to a credential word; a camel-case hump starts one (`bugsnagApiKey`).
 */
function credentialNear(text: string, start: number, end: number, index: number): boolean {
  const last = text.charCodeAt(end - 1);
  const lower = (code: number) => code >= 97 && code <= 122;
  const upper = (code: number) => code >= 65 && code <= 90;
  const sameCase = lower(last) ? lower : upper(last) ? upper : () => false;
  let after = end;
  while (after < index && sameCase(text.charCodeAt(after))) after++;
  const near = `${text.slice(Math.max(0, start - CONTEXT_GAP), start)} ${text.slice(after, index)}`.toLowerCase();
  return CREDENTIAL_WORDS.some((credential) => near.includes(credential));
}

function contextValidator(
  words: readonly string[],
): (secret: string, context: { text: string; index: number; fileKind: FileKind }) => boolean {
  const lowered = words.map((word) => word.toLowerCase());
  const longest = Math.max(...lowered.map((word) => word.length));
  return (_secret, { text, index, fileKind }) => {
    if (fileKind === 'code' && !literalInCode(text, index)) return false;
    const from = Math.max(0, index - CONTEXT_GAP - longest);
    const window = text.slice(from, index).toLowerCase();
    return lowered.some((word) => {
      for (let at = window.indexOf(word); at !== -1; at = window.indexOf(word, at + 1)) {
        if (window.length - at - word.length > CONTEXT_GAP) continue;
        // the word starts a word: nothing before it, a non-letter, or a camel-case hump (`connectToScrapingBee`)
        const before = text.charCodeAt(from + at - 1);
        const first = text.charCodeAt(from + at);
        const letterBefore = (before >= 65 && before <= 90) || (before >= 97 && before <= 122);
        const hump = first >= 65 && first <= 90 && before >= 97 && before <= 122;
        if ((!letterBefore || hump) && credentialNear(text, from + at, from + at + word.length, index)) return true;
      }
      return false;
    });
  };
}

/**
 * In code a context secret is a string literal's start or sits in a comment: a bare run of letters there is an
 * identifier (`selectNodeBackwardPreservingBody` after `joinBackwardWithToggleblock,`), not a key.
 */
function literalInCode(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  if (before === 34 || before === 39 || before === 96) return true;
  // only the last 400 characters are read, so a long line costs a constant per candidate
  const from = Math.max(0, index - 400);
  const head = text.slice(from, index);
  const newline = head.lastIndexOf('\n');
  if (newline === -1 && from > 0) return false;
  return /^[ \t]*(?:\/\/|#|\/?\*)/.test(head.slice(newline + 1));
}

function both<A extends unknown[]>(
  first: ((...args: A) => boolean) | undefined,
  second: ((...args: A) => boolean) | undefined,
): ((...args: A) => boolean) | undefined {
  if (!first) return second;
  if (!second) return first;
  return (...args) => first(...args) && second(...args);
}

function describeRun(part: Run): string {
  const count = part.min === part.max ? `${part.min}` : `${part.min}–${part.max}`;
  const names: Record<Alphabet, string> = {
    hex: 'hex digits',
    HEX: 'upper-case hex digits',
    xdigit: 'hex digits',
    digits: 'digits',
    lower: 'lower-case letters',
    upper: 'upper-case letters',
    letters: 'letters',
    alnum: 'letters and digits',
    lowernum: 'lower-case letters and digits',
    uppernum: 'upper-case letters and digits',
    b64: 'base64 characters',
    b64url: 'base64url characters',
    b64dot: 'base64url characters or dots',
    alnumdot: 'letters, digits or dots',
    word: 'letters, digits or `_`',
    lowernumdash: 'lower-case letters, digits or `-`',
    alnumdash: 'letters, digits or `-`',
    b64eq: 'base64 characters or `=`',
    urlenc: 'URL-encoded base64 characters',
    pad: '`=`',
    AtoL: 'letters A–L',
    BtoZ: 'letters B–Z',
  };
  return `${count} ${names[part.alphabet]}`;
}

/** Human description of a shape for the catalog page. */
export function describeShape(parts: readonly Part[]): string {
  const pieces: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') pieces.push(`\`${part}\``);
    else pieces.push(describeRun(part));
  }
  return pieces.join(', ');
}

/** The longest text a shape can take. */
function widthOf(parts: readonly Part[]): number {
  return parts.reduce((sum, part) => sum + (typeof part === 'string' ? part.length : part.max), 0);
}

/** The non-word characters of a run's alphabet (`+/` of base64), which may not touch a context secret either. */
function ownChars(part: Part): string {
  if (typeof part === 'string') return '';
  return ALPHABETS[part.alphabet].replace(/A-Z|a-z|0-9|a-f|A-F|A-L|B-Z/g, '');
}

function escapeClassChars(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/**
 * Defines `key` on a detector as a value made on first read: a table entry's regex and its catalog text are
 * strings built piece by piece and a regex parse, ~870 of each at every process start, though a process runs
 * only the detectors whose keywords its files contain and reads the text only for docs and SARIF rules.
 */
function lazy<K extends 'pattern' | 'matches'>(detector: Detector, key: K, make: () => Detector[K]): void {
  Object.defineProperty(detector, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(detector, key, { value, enumerable: true, configurable: false, writable: false });
      return value;
    },
  });
}

/**
 * Builds one detector from a table entry (and records the entry for the tests). Every process builds ~870 of
 * them at start-up, before any file is read: the object is written once, without the spreads of `define`.
 */
export function token(spec: TokenSpec): Detector {
  const parts = partsOf(spec);
  const prefix = prefixOf(parts);
  const body = () => bodySource(parts);
  const after = () => {
    const tail = tailClass(parts, spec.tail);
    return tail ? `(?![${tail}])` : '';
  };
  let validate = both(spec.validate, spec.near ? nearValidator(spec.near) : undefined);
  let supersedes = spec.supersedes;
  let keywords: readonly string[];
  let anchor: Detector['anchor'];
  let pattern: () => RegExp;
  let matches: () => string;
  if (spec.context) {
    const context = spec.context;
    const words = context.map((word) => word.toLowerCase());
    const longest = Math.max(...words.map((word) => word.length));
    validate = both(validate, contextValidator(words));
    supersedes = supersedes ? [...supersedes, 'generic-secret'] : ['generic-secret'];
    keywords = unique(words, spec.keywords);
    anchor = { before: 0, after: longest + CONTEXT_GAP, maxLength: widthOf(parts) };
    matches = () =>
      `${describeShape(parts)}, at most ${CONTEXT_GAP} characters after ${context.map((w) => `\`${w}\``).join(' or ')}, with a credential word (\`key\`, \`token\`, \`secret\`, …) near it`;
    pattern = () => {
      // `?` too: peers' near misses put one inside a key, and a real key does not touch one in a log or config line
      // (`=` is the assignment before a base64 key, not part of it)
      const lead = `(?<![A-Za-z0-9_?${escapeClassChars(ownChars(parts[0]!).replace('=', ''))}${escapeClassChars(spec.lead ?? '')}])`;
      const contextTail = tailClass(parts, `${spec.tail ?? ''}?`);
      return new RegExp(`${lead}${body()}(?![${contextTail}])`, 'g');
    };
  } else if (spec.names) {
    const names = spec.names;
    validate = both(validate, quotedInCode);
    keywords = unique(names.flatMap(nameKeywords), spec.keywords);
    matches = () =>
      `${describeShape(parts)}, assigned to a name containing ${names.map((n) => `\`${n}\``).join(' or ')}`;
    // a name starts a word or a camel-case hump: `etsy` is not read inside `SetSysctl`, nor `okta` in `rookTable`
    pattern = () =>
      new RegExp(
        `(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?:${names.map(nameSource).join('|')})${ASSIGN}(?<secret>${body()})${after()}`,
        'g',
      );
  } else {
    pattern = () => {
      const lead = `(?<![A-Za-z0-9_${(spec.lead ?? '').replace(/[\]\\^-]/g, '\\$&')}])`;
      return new RegExp(`${lead}${body()}${after()}`, 'g');
    };
    matches = () => describeShape(parts);
    if (spec.key !== undefined) {
      const at = parts.indexOf(spec.key);
      if (at < 0) throw new Error(`${spec.id}: key ${spec.key} is not a part of the shape`);
      keywords = spec.keywords ? [spec.key, ...spec.keywords] : [spec.key];
      anchor = { before: widthOf(parts.slice(0, at)), after: 0, maxLength: widthOf(parts) };
    } else {
      if (prefix.length < 3) throw new Error(`${spec.id}: a key without names needs a literal prefix of 3+ characters`);
      keywords = spec.keywords ? [prefix, ...spec.keywords] : [prefix];
    }
  }
  const detector: Mutable<Detector> = {
    severity: spec.environment === 'test' ? 'medium' : 'high',
    confidence: spec.context ? 'medium' : 'high',
    remediation: spec.remediation ?? defaultRemediation(spec.provider, spec.envName),
    id: spec.id,
    provider: spec.provider,
    title: spec.title,
    envName: spec.envName,
    matches: '',
    keywords,
    prefixLength: prefix.length,
    pattern: NOT_YET,
  };
  if (spec.context || spec.names) detector.keywordsFoldCase = true;
  if (anchor) detector.anchor = anchor;
  if (spec.environment) detector.environment = spec.environment;
  if (spec.structured) detector.structured = true;
  if (spec.checksum) detector.checksum = spec.checksum;
  if (supersedes) detector.supersedes = supersedes;
  if (validate) detector.validate = validate;
  lazy(detector, 'pattern', pattern);
  lazy(detector, 'matches', matches);
  tableSpecs.set(spec.id, spec);
  return detector;
}

/** Stands for a table detector's pattern until `lazy` replaces it (never matched). */
const NOT_YET = /(?!)/;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `first` then `more`, each word once. */
function unique(first: readonly string[], more: readonly string[] | undefined): string[] {
  return [...new Set(more ? [...first, ...more] : first)];
}

/** A family file's table: its entries as detectors. */
export function family(specs: readonly TokenSpec[]): Detector[] {
  return specs.map(token);
}

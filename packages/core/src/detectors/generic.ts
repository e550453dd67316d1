import { define } from './define.js';
import { isPlaceholder } from '../placeholder.js';
import { isPublicOrSampleJwt } from './jwt.js';
import { characterClasses, shannonEntropy } from '../util/entropy.js';
import type { FileKind } from '../types.js';

// A high-entropy value assigned to a secret-looking name, in code, `.env`, JSON, YAML and headers.
// A regex for "name, operator, value" backtracks quadratically on long identifiers, so this detector
// finds name anchors with a plain alternation and reads the rest by hand, each character once.

const ANCHOR_WORDS = ['key', 'secret', 'token', 'passw', 'pwd', 'auth', 'credential', 'bearer'];
/** Documents the anchors; the engine hands the detector their positions from the keyword pass. */
const ANCHOR = new RegExp(ANCHOR_WORDS.join('|'), 'gi');
const MAX_NAME = 80;
const MAX_VALUE = 300;

/** Name words that make any name a secret's name. */
const SECRET_WORDS = new Set([
  'secret',
  'secrets',
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'credential',
  'credentials',
  'token',
  'authorization',
  'bearer',
  'apikey',
  'auth',
  'authtoken',
  'authkey',
  'accesstoken',
  'secretkey',
]);

/** Name words that make the name describe something else (an id, a URL, a length, a cursor…). */
const OTHER_WORDS = new Set([
  'public',
  'publishable',
  'id',
  'ids',
  'name',
  'names',
  'url',
  'uri',
  'urls',
  'endpoint',
  'path',
  'file',
  'filename',
  'type',
  'types',
  'length',
  'len',
  'count',
  'field',
  'fields',
  'prefix',
  'suffix',
  'env',
  'var',
  'variable',
  'label',
  'placeholder',
  'hint',
  'description',
  'desc',
  'format',
  'pattern',
  'regex',
  'expiry',
  'expires',
  'expiration',
  'expire',
  'expiresat',
  'ttl',
  'timeout',
  'limit',
  'size',
  'version',
  'mode',
  'enabled',
  'enable',
  'disabled',
  'required',
  'hash',
  'hashed',
  'salt',
  'csrf',
  'xsrf',
  'page',
  'cursor',
  'next',
  'min',
  'max',
  'policy',
  'strength',
  'input',
  'error',
  'message',
  'msg',
  'title',
  'column',
  'icon',
  'route',
  'storage',
  'store',
  'cache',
  'query',
  'sort',
  'index',
  'tokens',
  'keys',
  'tokenizer',
  'location',
  'style',
  'class',
  'color',
  'test',
  'regexp',
  'validator',
  'schema',
  'kind',
]);

/** Words before a final `key` that make it a credential (`apiKey`, `client_secret_key`, `signingKey`). */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'auth',
  'client',
  'app',
  'application',
  'master',
  'signing',
  'sign',
  'encryption',
  'encrypt',
  'license',
  'licence',
  'service',
  'admin',
  'account',
  'live',
  'subscription',
  'deploy',
  'hmac',
  'jwt',
  'webhook',
  'consumer',
  'integration',
  'partner',
  'merchant',
  'server',
  'rest',
  'sdk',
  'developer',
  'dev',
  'personal',
  'project',
  'write',
  'ingest',
  'ingestion',
  'session',
  'cipher',
  'crypto',
  'aes',
  'shared',
  'root',
  'prod',
  'production',
  'sandbox',
  'x',
  'openai',
  'anthropic',
]);

/** File kinds in which an unquoted value can be a secret (`API_KEY=abc` in `.env`, `token: abc` in YAML). */
const BARE_VALUE_KINDS: ReadonlySet<FileKind> = new Set(['env', 'config', 'markup', 'other']);

export const generic = [
  define({
    id: 'generic-secret',
    provider: 'Generic',
    title: 'Secret assigned to a credential name',
    matches:
      'a high-entropy value assigned to a name such as `apiKey`, `API_TOKEN`, `client_secret`, `password`, or sent as `Authorization: Bearer …` / `x-api-key: …`',
    keywords: ANCHOR_WORDS.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]),
    prefixLength: 0,
    pattern: ANCHOR,
    find: findAssignedSecrets,
    envName: 'API_KEY',
    severity: 'medium',
    confidence: 'medium',
    remediation: 'Move the value to an environment variable or secrets manager, and rotate it if it was ever pushed.',
  }),
];

function* findAssignedSecrets(
  text: string,
  fileKind: FileKind,
  keywordStarts: readonly number[],
): Iterable<{ start: number; end: number; name: string }> {
  let resume = 0;
  for (const at of keywordStarts) {
    // Skip anchors inside a name or value already read: every character is read a bounded number of times.
    if (at < resume) continue;
    const nameStart = scanName(text, at, -1);
    const nameEnd = scanName(text, at, 1);
    resume = Math.max(nameEnd, at + 1);
    if (nameEnd - nameStart > MAX_NAME) continue;
    const name = text.slice(nameStart, nameEnd);
    if (!isSecretName(name)) continue;
    const quotedName = isQuote(text.charCodeAt(nameStart - 1));
    const span = readValue(text, nameEnd, fileKind, quotedName);
    if (!span) continue;
    resume = Math.max(resume, span.end);
    if (span.complete && isSecretValue(text.slice(span.start, span.end), name))
      yield { start: span.start, end: span.end, name };
  }
}

function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 45 ||
    code === 46 ||
    code === 36
  );
}

function isQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 96;
}

/** Walks from `from` over name characters in `direction`, at most MAX_NAME + 1 of them. */
function scanName(text: string, from: number, direction: 1 | -1): number {
  let at = from;
  let steps = 0;
  if (direction < 0) {
    while (at > 0 && isNameChar(text.charCodeAt(at - 1)) && steps++ <= MAX_NAME) at--;
  } else {
    while (at < text.length && isNameChar(text.charCodeAt(at)) && steps++ <= MAX_NAME) at++;
  }
  return at;
}

/** Framework prefixes say where a variable goes, not what it is: `NEXT_PUBLIC_STRIPE_SECRET_KEY` is a secret. */
const FRAMEWORK_PREFIX = /^(?:NEXT_PUBLIC_|NUXT_PUBLIC_|EXPO_PUBLIC_|REACT_APP_|VITE_|GATSBY_|PUBLIC_)/;

/** Splits `apiKey`, `API_KEY`, `x-api-key`, `config.apiKey` into lower-case words. */
function nameWords(name: string): string[] {
  const last = (name.split('.').filter(Boolean).pop() ?? '').replace(FRAMEWORK_PREFIX, '');
  return last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Names repeat within and across files; judging each distinct name once keeps the hot path cheap. */
const nameVerdicts = new Map<string, boolean>();

export function isSecretName(name: string): boolean {
  let verdict = nameVerdicts.get(name);
  if (verdict === undefined) {
    verdict = judgeName(name);
    if (nameVerdicts.size > 4096) nameVerdicts.clear();
    nameVerdicts.set(name, verdict);
  }
  return verdict;
}

function judgeName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0 || words.some((word) => OTHER_WORDS.has(word))) return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  const keyAt = words.lastIndexOf('key');
  return keyAt > 0 && KEY_QUALIFIERS.has(words[keyAt - 1]!);
}

/** A value's span; `complete` is false when reading stopped early (too long, newline, escape). */
interface ValueSpan {
  start: number;
  end: number;
  complete: boolean;
}

/** Reads operator and value after a name; returns the value's span, or undefined when none follows. */
function readValue(text: string, from: number, fileKind: FileKind, quotedName: boolean): ValueSpan | undefined {
  let at = from;
  if (quotedName && isQuote(text.charCodeAt(at))) at++;
  at = skipBlanks(text, at);
  const operator = readOperator(text, at, quotedName);
  if (operator === 0) return undefined;
  at = skipBlanks(text, at + operator);
  // `apiKey: string = "…"` in TypeScript
  if (fileKind === 'code' && text.startsWith('string', at)) {
    at = skipBlanks(text, at + 6);
    if (text.charCodeAt(at) !== 61) return undefined;
    at = skipBlanks(text, at + 1);
  }
  const quote = text.charCodeAt(at);
  if (isQuote(quote)) return quotedValue(text, at + 1, quote);
  if (fileKind !== 'code' && BARE_VALUE_KINDS.has(fileKind)) return bareValue(text, at);
  return undefined;
}

/**
 * Length of an assignment-like operator at `at` (`=`, `:`, `:=`, `=>`), or 0. Comparisons (`==`, `===`)
 * are parser and protocol code (`token === "Identifier"`), not credentials; vendor formats in them are
 * still found by their own detectors.
 */
function readOperator(text: string, at: number, quotedName: boolean): number {
  const c = text.charCodeAt(at);
  if (c === 58) return text.charCodeAt(at + 1) === 61 ? 2 : 1; // : :=
  if (c === 61) {
    const next = text.charCodeAt(at + 1);
    if (next === 61) return 0; // == ===
    return next === 62 ? 2 : 1; // => =
  }
  // headers.set('Authorization', 'Bearer …'): a quoted name followed by a comma
  if (c === 44 && quotedName) return 1;
  return 0;
}

function skipBlanks(text: string, from: number): number {
  let at = from;
  while (at < text.length && at - from < 16 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

function quotedValue(text: string, start: number, quote: number): ValueSpan {
  let end = start;
  while (end < text.length && end - start <= MAX_VALUE) {
    const c = text.charCodeAt(end);
    if (c === quote) return stripScheme(text, start, end);
    if (c === 10 || c === 13 || c === 92) break; // newline or escape: not a plain literal
    end++;
  }
  return { start, end, complete: false };
}

function bareValue(text: string, start: number): ValueSpan | undefined {
  let end = start;
  // A bare `Bearer <token>` keeps its single space.
  const scheme = /^(?:Bearer|Token|Basic) /i.exec(text.slice(start, start + 8));
  if (scheme) end += scheme[0].length;
  while (end < text.length && end - start <= MAX_VALUE && isBareChar(text.charCodeAt(end))) end++;
  return end > start ? stripScheme(text, start, end) : undefined;
}

function isBareChar(code: number): boolean {
  // stops at blanks, quotes, separators and comment starts
  return (
    code > 32 &&
    code !== 34 &&
    code !== 39 &&
    code !== 96 &&
    code !== 44 &&
    code !== 59 &&
    code !== 35 &&
    code !== 41 &&
    code !== 125 &&
    code !== 93
  );
}

/** `Bearer abc…` → the span of `abc…`. */
function stripScheme(text: string, start: number, end: number): ValueSpan {
  const scheme = /^(?:Bearer|Token|Basic)\s+/i.exec(text.slice(start, Math.min(end, start + 10)));
  return { start: start + (scheme ? scheme[0].length : 0), end, complete: end - start <= MAX_VALUE };
}

const normalized = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** An enum or constant whose value is its own name: `API_KEY = 'API_KEY'`, `accessToken: 'access_token'`. */
function repeatsName(value: string, name: string): boolean {
  const own = normalized(name.split('.').filter(Boolean).pop() ?? '');
  return own.length >= 4 && normalized(value).includes(own);
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'passphrase', 'pwd']);
const TOKEN_ALPHABET = /^[A-Za-z0-9_\-.+/=~:]+$/;

export function isSecretValue(value: string, name: string): boolean {
  if (value.length < 8 || value.length > MAX_VALUE) return false;
  if (/\s/.test(value) || value.includes('://') || /^[./~#@]/.test(value)) return false;
  if (/^[A-Z][A-Z_]*$/.test(value) || /^[a-z][a-z._-]*$/.test(value)) return false;
  if (/\.(?:js|ts|json|ya?ml|png|svg|html|css|md)$/i.test(value)) return false;
  if (isPlaceholder(value) || repeatsName(value, name)) return false;
  if (value.startsWith('eyJ') && isPublicOrSampleJwt(value)) return false;
  const classes = characterClasses(value);
  const entropy = shannonEntropy(value);
  if (nameWords(name).some((word) => PASSWORD_WORDS.has(word))) return classes >= 2 && entropy >= 2.5;
  // Tokens and keys are drawn from URL-safe alphabets and almost always hold a digit; words such as
  // `?NonNullableType` or prose in another script do not.
  if (!TOKEN_ALPHABET.test(value)) return false;
  const hasDigit = /[0-9]/.test(value);
  if (!hasDigit && !(value.length >= 20 && /[a-z]/.test(value) && /[A-Z]/.test(value))) return false;
  return value.length >= 12 && classes >= 2 && entropy >= 3.0;
}

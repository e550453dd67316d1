import { define } from './define.js';
import { isPlaceholder } from '../placeholder.js';
import { isPublicOrSampleJwt } from './jwt.js';
import { inFirebaseConfig } from './google.js';
import { characterClasses, shannonEntropy } from '../util/entropy.js';
import { PUBLIC_BY_DESIGN } from '../env-names.js';
import { providerWords } from './provider-words.js';
import type { FileKind } from '../types.js';

// A high-entropy value assigned to a secret-looking name, in code, `.env`, JSON, YAML and headers.
// A regex for "name, operator, value" backtracks quadratically on long identifiers, so this detector
// finds name anchors with a plain alternation and reads the rest by hand, each character once.

const ANCHOR_WORDS = ['key', 'secret', 'token', 'passw', 'pwd', 'auth', 'credential', 'bearer'];
/** Documents the anchors; the engine hands the detector their positions from the keyword pass. */
const ANCHOR = new RegExp(ANCHOR_WORDS.join('|'), 'gi');
const MAX_NAME = 80;
/** Long enough for JWTs and cloud tokens with claims; reading stays bounded per anchor. */
const MAX_VALUE = 1024;

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
  'authenticity',
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
  'arn',
  'manager',
  'checkout',
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
      'a high-entropy value assigned to a name such as `apiKey`, `API_TOKEN`, `client_secret`, `password`, or sent as `Authorization: Bearer …` / `x-api-key: …`; reads code, `.env`, JSON (also JSON and `KEY=value` inside a string), YAML (also block scalars), XML elements and attributes, Terraform, `.properties`, `.ini`, Makefiles and Dockerfiles',
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
    // `…:secret:db-9xYz` is a segment of an ARN or another colon path, not an assignment
    if (text.charCodeAt(nameStart - 1) === 58 && text.charCodeAt(nameEnd) === 58) continue;
    const span = readValue(text, nameStart, nameEnd, fileKind);
    if (!span) continue;
    resume = Math.max(resume, span.end);
    if (
      span.complete &&
      isSecretValue(text.slice(span.start, span.end), name) &&
      !isPublicByDesign(text, at, span, name)
    )
      yield { start: span.start, end: span.end, name };
  }
}

/** Client keys that are public by design, which the provider detectors also leave alone. */
function isPublicByDesign(text: string, at: number, span: ValueSpan, name: string): boolean {
  if (text.startsWith('AIza', span.start) && inFirebaseConfig(text, span.start)) return true;
  return isSearchOnlyKey(text, at, name);
}

/**
 * Algolia's search-only API key is public by design: it ships in every docs site's search box, next to
 * `appId` and `indexName` (Docusaurus, DocSearch, InstantSearch). Admin and write keys are not exempt.
 */
function isSearchOnlyKey(text: string, at: number, name: string): boolean {
  const words = nameWords(name);
  if (words.some((word) => word === 'admin' || word === 'write' || word === 'secret')) return false;
  if (words.includes('search')) return true;
  const context = text.slice(Math.max(0, at - 300), at + 300);
  return /algolia|docsearch/i.test(context) && /\b(?:indexName|index_name|appId|app_id|applicationId)\b/.test(context);
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
  const segments = name.split('.').filter(Boolean);
  const words = splitWords(segments.pop() ?? '');
  // `.properties` and dotted config keys: `stripe.api.key`, `mail.smtp.password` — a lone last word takes
  // the one before it, so `api.key` reads as `api key` while `config.apiKey` stays `api key`.
  // A name that is a secret word alone (`process.env.SECRET`) stays as it is.
  if (words.length === 1 && !SECRET_WORDS.has(words[0]!) && segments.length > 0)
    words.unshift(...splitWords(segments.pop()!).slice(-1));
  return words;
}

function splitWords(segment: string): string[] {
  return segment
    .replace(FRAMEWORK_PREFIX, '')
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

/**
 * Name words that declare the value a stand-in: test vectors and fixtures (`fakeApiKey`, `dummy_secret`,
 * `invalidToken`, `nonMatchingToken`, `exampleToken`) hold values made to look like keys, on purpose.
 */
const STAND_IN_WORDS = new Set(['fake', 'dummy', 'mock', 'mocked', 'bogus', 'sample', 'example', 'invalid']);

function judgeName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0 || words.some((word) => OTHER_WORDS.has(word))) return false;
  if (words.some((word) => STAND_IN_WORDS.has(word)) || words.join('').includes('nonmatching')) return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  const keyAt = words.lastIndexOf('key');
  if (keyAt > 0 && KEY_QUALIFIERS.has(words[keyAt - 1]!)) return true;
  return keyAt === words.length - 1 && keyAt > 0 && isProviderKeyName(words, keyAt);
}

/**
 * `clarifai_key`, `coinapiKey`, `CUSTOMER_IO_KEY`: a final `key` after a provider the catalog knows (its word,
 * or two or three words that spell it) is that provider's key, unless the provider's browser keys are public
 * by design (`posthogKey`, `MAPBOX_KEY`, `firebaseKey`). The value still has to pass every value rule.
 */
function isProviderKeyName(words: readonly string[], keyAt: number): boolean {
  const known = providerWords();
  let joined = '';
  for (let i = keyAt - 1; i >= Math.max(0, keyAt - 3); i--) {
    joined = words[i]! + joined;
    if (known.has(joined)) return !PUBLIC_BY_DESIGN.includes(joined.toUpperCase());
  }
  return false;
}

/** A value's span; `complete` is false when reading stopped early (too long, newline, escape). */
interface ValueSpan {
  start: number;
  end: number;
  complete: boolean;
}

/** Reads operator and value after a name; returns the value's span, or undefined when none follows. */
function readValue(text: string, nameStart: number, from: number, fileKind: FileKind): ValueSpan | undefined {
  const before = text.charCodeAt(nameStart - 1);
  const quotedName = isQuote(before);
  // `<apiToken>value</apiToken>` in XML
  if (before === 60 && text.charCodeAt(from) === 62) return elementValue(text, from + 1);
  let at = from;
  // `"API_TOKEN=…"` inside a string literal (a JSON value holding an `.env` or `.ini` line): a bare value
  // ends at the string's quote or at an escape
  // `{\"api_token\": \"…\"}`: JSON written inside a JSON string closes its names with escaped quotes
  const escaped = quotedName && text.charCodeAt(nameStart - 2) === 92;
  if (escaped && text.charCodeAt(at) === 92 && isQuote(text.charCodeAt(at + 1))) at++;
  const insideString = quotedName && !isQuote(text.charCodeAt(at));
  if (quotedName && isQuote(text.charCodeAt(at))) {
    at++;
    // `<add key="ApiKey" value="…"/>`, `<entry name="apiToken" value="…"/>` in XML
    const attribute = attributeValue(text, at);
    if (attribute) return attribute;
    // `<string name="api_key">…</string>` in Android resources: the named element's text
    if (text.charCodeAt(at) === 62 && text.startsWith('name=', nameStart - 6)) return elementValue(text, at + 1);
    // `variable "api_token" { default = "…" }` in Terraform / HCL
    const hcl = hclDefault(text, at);
    if (hcl) return hcl;
  }
  // `os.environ["API_KEY"] = "…"`, `$config['api_key'] = '…'`, `headers["X-Api-Key"] = "…"`: a subscript assignment
  const subscript = quotedName && text.charCodeAt(from) === before && text.charCodeAt(at) === 93;
  if (subscript) at++;
  at = skipBlanks(text, at);
  // `var apiToken string = "…"` in Go
  if (fileKind === 'code' && text.startsWith('string ', at)) at = skipBlanks(text, at + 6);
  // `?client_secret=…&grant_type=…`: a URL's query parameter, whose value ends at the next `&`
  if ((before === 63 || before === 38) && text.charCodeAt(at) === 61 && !isQuote(text.charCodeAt(at + 1)))
    return queryValue(text, at + 1);
  // code, and code pasted into docs, notes and files of no known kind
  const codeLike = fileKind === 'code' || fileKind === 'markup' || fileKind === 'other';
  // `public static final String API_TOKEN\n    = "…"`: a declaration continued on the next line
  if (codeLike && (text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13)) {
    const next = skipSpace(text, at, 64);
    if (text.charCodeAt(next) === 61 && text.charCodeAt(next + 1) !== 61) at = next;
  }
  // `process.env.API_KEY || "…"`, `ENV['TOKEN'] ?? "…"`: the literal fallback is the value
  if (codeLike && isFallback(text, at)) return fallbackValue(text, at);
  // a subscript's name is not an argument: `[cfg['api_key'], 'other']` lists two values
  let operator = readOperator(text, at, quotedName && !subscript, fileKind);
  // `ENV API_TOKEN value`: Docker's legacy form separates name and value by a blank
  if (
    operator === 0 &&
    at > from &&
    fileKind !== 'code' &&
    /(?:^|\n)[ \t]*ENV[ \t]+$/.test(text.slice(Math.max(0, nameStart - 12), nameStart))
  )
    operator = -1;
  if (operator === 0) return undefined;
  at = skipBlanks(text, at + Math.max(operator, 0));
  // `apiKey: string = "…"` in TypeScript, `val apiKey: String = "…"` in Kotlin, `API_KEY: str = "…"` in Python,
  // `const API_KEY: &str = "…"` (or `&'static str`) in Rust
  const annotation =
    fileKind === 'code' ? /^(?:string|String|str|&(?:'static )?str)\b/.exec(text.slice(at, at + 14)) : null;
  if (annotation) {
    at = skipBlanks(text, at + annotation[0].length);
    if (text.charCodeAt(at) !== 61) return undefined;
    at = skipBlanks(text, at + 1);
  }
  // `apiKey = os.environ.get("X") or "…"`, `config.api_key = ENV["X"] || "…"`: an expression with a literal fallback
  if (codeLike && !isQuote(text.charCodeAt(at))) {
    const fallback = fallbackAfterExpression(text, at);
    if (fallback !== undefined) return fallbackValue(text, fallback);
  }
  if (escaped && text.charCodeAt(at) === 92 && isQuote(text.charCodeAt(at + 1)))
    return escapedValue(text, at + 2, text.charCodeAt(at + 1));
  // `key = @"…"`: a C# verbatim string
  if (text.charCodeAt(at) === 64 && text.charCodeAt(at + 1) === 34) at++;
  const quote = text.charCodeAt(at);
  // `buildConfigField "String", "API_KEY", "\"…\""` in Gradle: a string literal holding a quoted literal
  if (isQuote(quote) && text.charCodeAt(at + 1) === 92 && text.charCodeAt(at + 2) === quote)
    return escapedValue(text, at + 3, quote);
  if (isQuote(quote)) return quotedValue(text, at + 1, quote);
  if (insideString) return bareValue(text, at);
  if (fileKind !== 'code' && BARE_VALUE_KINDS.has(fileKind)) {
    // `token: |` or `token: >-` in YAML: the value is the next, indented line
    if ((quote === 124 || quote === 62) && text.charCodeAt(from) === 58) return blockScalar(text, at + 1);
    return bareValue(text, at);
  }
  return undefined;
}

/** Longest expression read before a literal fallback (`os.environ.get("API_KEY")`, `ENV.fetch(:api_key)`). */
const MAX_FALLBACK_EXPRESSION = 120;

/** `||`, `??` (not `??=`) or Python's `or` at `at`. */
function isFallback(text: string, at: number): boolean {
  if (text.startsWith('||', at)) return text.charCodeAt(at + 2) !== 61;
  if (text.startsWith('??', at)) return text.charCodeAt(at + 2) !== 61;
  return text.startsWith('or ', at) && text.charCodeAt(at - 1) === 32;
}

/** After a fallback operator at `at`: the literal on the same line or the next (`||\n  "…"`). */
function fallbackValue(text: string, at: number): ValueSpan | undefined {
  // `||`, `??` and `or` are all two characters
  const start = skipSpace(text, at + 2, 64);
  const quote = text.charCodeAt(start);
  return isQuote(quote) ? quotedValue(text, start + 1, quote) : undefined;
}

/**
 * Where a fallback operator follows an expression on the same line (`os.environ.get("X") or "…"`), or
 * undefined. Reads at most MAX_FALLBACK_EXPRESSION characters and stops at a statement's end, so every anchor
 * costs a constant.
 */
function fallbackAfterExpression(text: string, from: number): number | undefined {
  const limit = Math.min(text.length, from + MAX_FALLBACK_EXPRESSION);
  for (let at = from; at < limit; at++) {
    const c = text.charCodeAt(at);
    if (c === 10 || c === 13 || c === 59 || c === 123 || c === 125) return undefined;
    if ((c === 124 || c === 63 || c === 111) && isFallback(text, at)) return at;
  }
  return undefined;
}

/** A query parameter's value: up to `&`, `#`, a quote, a blank or a closing bracket. */
function queryValue(text: string, start: number): ValueSpan | undefined {
  const end = bareRunEnd(text, start, 38);
  return end > start ? { start, end, complete: end - start <= MAX_VALUE } : undefined;
}

/** Where a run of bare characters from `start` ends: at `stop` (a char code), a non-bare one, or past MAX_VALUE. */
function bareRunEnd(text: string, start: number, stop: number): number {
  let end = start;
  while (
    end < text.length &&
    end - start <= MAX_VALUE &&
    isBareChar(text.charCodeAt(end)) &&
    text.charCodeAt(end) !== stop
  )
    end++;
  return end;
}

/** The text of an XML element, `<apiToken>\n  value\n</apiToken>`: one token between blanks, then `</`. */
function elementValue(text: string, from: number): ValueSpan | undefined {
  const start = skipSpace(text, from, 64);
  const end = bareRunEnd(text, start, 60);
  if (end === start || !text.startsWith('</', skipSpace(text, end, 64))) return undefined;
  return { start, end, complete: end - start <= MAX_VALUE };
}

/** After a quoted name's closing quote: ` value="…"` (an XML key/value attribute pair). */
function attributeValue(text: string, from: number): ValueSpan | undefined {
  const at = skipBlanks(text, from);
  if (at === from || !text.startsWith('value=', at)) return undefined;
  const quote = text.charCodeAt(at + 6);
  return isQuote(quote) ? quotedValue(text, at + 7, quote) : undefined;
}

/** After a quoted name's closing quote: ` {\n  default = "…"` (a Terraform variable's default). */
function hclDefault(text: string, from: number): ValueSpan | undefined {
  let at = skipBlanks(text, from);
  if (text.charCodeAt(at) !== 123) return undefined;
  at = skipSpace(text, at + 1, 64);
  // `type = string` may come first
  if (text.startsWith('type', at)) {
    at = skipBlanks(text, skipBlanks(text, at + 4) + 1);
    while (at < text.length && isNameChar(text.charCodeAt(at)) && at - from < 96) at++;
    at = skipSpace(text, at, 64);
  }
  if (!text.startsWith('default', at)) return undefined;
  at = skipBlanks(text, at + 7);
  if (text.charCodeAt(at) !== 61) return undefined;
  at = skipBlanks(text, at + 1);
  const quote = text.charCodeAt(at);
  return isQuote(quote) ? quotedValue(text, at + 1, quote) : undefined;
}

/** A YAML block scalar's first line: after `|` / `>` and their indicators, the next indented line. */
function blockScalar(text: string, from: number): ValueSpan | undefined {
  let at = from;
  while (at < text.length && at - from < 3 && /[-+0-9]/.test(text[at]!)) at++;
  at = skipBlanks(text, at);
  if (text.charCodeAt(at) === 13) at++;
  if (text.charCodeAt(at) !== 10) return undefined;
  const start = skipBlanks(text, at + 1);
  if (start === at + 1) return undefined;
  return bareValue(text, start);
}

/** Skips blanks and line breaks, at most `limit` of them. */
function skipSpace(text: string, from: number, limit: number): number {
  let at = from;
  while (at < text.length && at - from < limit && /[ \t\r\n]/.test(text[at]!)) at++;
  return at;
}

/**
 * Length of an assignment-like operator at `at`, or 0: `=`, `:`, `:=`, `=>`, and in other languages PHP's
 * `.=` / `??=`, Makefile's `?=` `::=` `:::=` `!=`. Comparisons (`==`, `===`, and `!=` in code) are parser
 * and protocol code (`token === "Identifier"`), not credentials; vendor formats in them are still found by
 * their own detectors.
 */
function readOperator(text: string, at: number, quotedName: boolean, fileKind: FileKind): number {
  const c = text.charCodeAt(at);
  if (c === 58) {
    if (text.startsWith(':::=', at)) return 4;
    if (text.startsWith('::=', at)) return 3;
    return text.charCodeAt(at + 1) === 61 ? 2 : 1; // : :=
  }
  if (c === 61) {
    const next = text.charCodeAt(at + 1);
    if (next === 61) return 0; // == ===
    return next === 62 ? 2 : 1; // => =
  }
  if (c === 63) {
    if (text.startsWith('?=', at)) return 2;
    if (text.startsWith('??=', at)) return 3;
    return 0;
  }
  if (c === 46 && text.startsWith('.=', at) && fileKind === 'code') return 2;
  if (c === 33 && text.startsWith('!=', at) && text.charCodeAt(at + 2) !== 61 && fileKind === 'config') return 2;
  // headers.set('Authorization', 'Bearer …'): a quoted name followed by a comma
  if (c === 44 && quotedName) return 1;
  return 0;
}

function skipBlanks(text: string, from: number): number {
  let at = from;
  while (at < text.length && at - from < 16 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

/** A value between escaped quotes, `\"…\"`, as JSON inside a JSON string holds it. */
function escapedValue(text: string, start: number, quote: number): ValueSpan {
  let end = start;
  while (end < text.length && end - start <= MAX_VALUE) {
    const c = text.charCodeAt(end);
    if (c === 92 && text.charCodeAt(end + 1) === quote) return stripScheme(text, start, end);
    if (c === 10 || c === 13 || c === 92) break;
    end++;
  }
  return { start, end, complete: false };
}

function quotedValue(text: string, start: number, quote: number): ValueSpan {
  let end = start;
  while (end < text.length && end - start <= MAX_VALUE) {
    const c = text.charCodeAt(end);
    if (c === quote) return trimmed(text, start, end);
    if (c === 10 || c === 13 || c === 92) break; // newline or escape: not a plain literal
    end++;
  }
  return { start, end, complete: false };
}

/** `' abc… '`: blanks just inside the quotes are padding, not part of the value. */
function trimmed(text: string, start: number, end: number): ValueSpan {
  let from = start;
  let to = end;
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  return stripScheme(text, from, to);
}

function bareValue(text: string, start: number): ValueSpan | undefined {
  let end = start;
  // A bare `Bearer <token>` keeps its single space.
  const scheme = /^(?:Bearer|Token|Basic) /i.exec(text.slice(start, start + 8));
  if (scheme) end += scheme[0].length;
  while (end < text.length && end - start <= MAX_VALUE && isBareChar(text.charCodeAt(end))) {
    // `\n`, `\t`, `\"` end a value written inside a string literal
    if (text.charCodeAt(end) === 92 && /[nrt"'\\]/.test(text[end + 1] ?? '')) break;
    end++;
  }
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

/**
 * A short value of short parts that ends in its own name's last word, written as a word: `e2e_srh_token` for
 * a `…_TOKEN`, `local-dev-secret` for a `…Secret`. Generated keys do not spell their kind at the end: a random
 * base64url body ends in `_token` (or `-SECRET`) about once in 10^11, and the short-parts rule cuts that further.
 */
function echoesNameWord(value: string, name: string): boolean {
  if (value.length > 32) return false;
  const last = nameWords(name).pop();
  if (!last || last.length < 5) return false;
  const parts = value.split(/[-_.]+/);
  const tail = parts[parts.length - 1]!;
  if (parts.length < 2 || (tail !== last && tail !== last.toUpperCase())) return false;
  return parts.slice(0, -1).every((part) => part.length <= 6);
}

/**
 * A token shown truncated, as docs and logs print keys (`ops_eyJzaWduSW5BZGRy…`, `ghp_Ab12Cd34Ef56Gh78...`):
 * an ellipsis closing 16 or more characters of a token alphabet. Provider detectors stop at the dots and
 * look past the match (`isTruncated`); the value read here takes them in. Passwords may end in dots
 * (`MyPa$$w0rd...`), so other alphabets are left alone.
 */
const TRUNCATED = /^[A-Za-z0-9_+/=-]{16,}(?:\.{3}|\u2026)$/;

const PASSWORD_WORDS = new Set(['password', 'passwd', 'passphrase', 'pwd']);
const TOKEN_ALPHABET = /^[A-Za-z0-9_\-.+/=~:]+$/;

export function isSecretValue(value: string, name: string): boolean {
  if (value.length < 8 || value.length > MAX_VALUE) return false;
  if (/\s/.test(value) || value.includes('://') || /^[./~#@]/.test(value)) return false;
  if (/^[A-Z][A-Z_]*$/.test(value) || /^[a-z][a-z._-]*$/.test(value)) return false;
  if (/\.(?:js|ts|json|ya?ml|png|svg|html|css|md)$/i.test(value)) return false;
  if (isPlaceholder(value) || repeatsName(value, name) || echoesNameWord(value, name)) return false;
  if (TRUNCATED.test(value)) return false;
  if (value.startsWith('eyJ') && isPublicOrSampleJwt(value)) return false;
  if (describesSomethingElse(value) || isReference(value) || isEncodedPlaceholder(value)) return false;
  const words = nameWords(name);
  const classes = characterClasses(value);
  const entropy = shannonEntropy(value);
  if (words.some((word) => PASSWORD_WORDS.has(word))) {
    // passkey authenticator ids (AAGUIDs) are UUIDs in enums named for password managers (`OnePassword`)
    if (UUID.test(value) && /^[A-Z][a-z]/.test(name) && !name.includes('_')) return false;
    return classes >= 2 && entropy >= 2.5;
  }
  // Tokens and keys are drawn from URL-safe alphabets and almost always hold a digit; words such as
  // `?NonNullableType` or prose in another script do not.
  if (!TOKEN_ALPHABET.test(value)) return false;
  const hasDigit = /[0-9]/.test(value);
  // without a digit, a random body still changes case often; a capitalised word (a translated string,
  // `Legitimationsoplysninger`) does not
  if (!hasDigit && !(value.length >= 20 && /[a-z]/.test(value) && (value.slice(1).match(/[A-Z]/g)?.length ?? 0) >= 2))
    return false;
  return value.length >= 12 && classes >= 2 && entropy >= 3.0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Values that name or wrap something other than a plaintext secret: SOPS ciphertext (`ENC[AES256_GCM,…]`),
 * ARNs (`arn:aws:secretsmanager:…:secret:db-password`), Datadog browser client tokens (`pub` + 32 hex,
 * public by design), host names, and a separator-joined phrase built on dictionary words
 * (`e2e-test-secret-at-least-32-chars-long`).
 */
function describesSomethingElse(value: string): boolean {
  if (value.startsWith('ENC[') || value.startsWith('arn:')) return true;
  if (/^pub[0-9a-f]{32}$/.test(value)) return true;
  if (HOST_NAME.test(value)) return true;
  return isSeparatedPhrase(value);
}

/** A host name (`4f2a9c.example.com`): lower-case labels ending in a common top-level domain. */
const HOST_NAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|dev|app|co|ai|cloud|info|biz|me|us|eu|de|uk|fr|jp|xyz|tech|local|internal)$/;

const PHRASE_WORDS = new Set([
  'test',
  'secret',
  'key',
  'token',
  'password',
  'dev',
  'local',
  'example',
  'demo',
  'dummy',
]);

/** Four or more pronounceable lower-case words between `-` / `_`, two of them secret or test vocabulary. */
function isSeparatedPhrase(value: string): boolean {
  if (!/[-_]/.test(value)) return false;
  const parts = value.split(/[-_]+/).filter(Boolean);
  const words = parts.filter((part) => /^[a-z]{2,12}$/.test(part) && /[aeiouy]/.test(part));
  if (words.length < 4 || words.length * 3 < parts.length * 2) return false;
  if (parts.some((part) => !/^[a-z]+$/.test(part) && !/^[0-9]{1,3}$/.test(part) && !/^[a-z][0-9][a-z]$/.test(part)))
    return false;
  return words.filter((word) => PHRASE_WORDS.has(word)).length >= 2;
}

/** A reference to another binding, not a literal: `this.mPassword`, `self.api_key`, `settings.SECRET_KEY`. */
function isReference(value: string): boolean {
  const match = /^([A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)+$/.exec(value);
  if (!match) return false;
  if (RECEIVERS.has(match[1]!)) return true;
  const last = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
  return /pass|secret|token|key|auth|cred/.test(last);
}

const RECEIVERS = new Set([
  'this',
  'self',
  'process',
  'config',
  'settings',
  'env',
  'os',
  'window',
  'props',
  'options',
  'opts',
  'params',
  'ctx',
  'context',
  'args',
  'req',
  'request',
  'app',
  'cfg',
]);

/**
 * Base64 of readable JSON whose string values are all placeholders: local emulators' documented defaults,
 * such as a token that decodes to `{"UserID":"defaultUser","Password":"defaultPassword"}`.
 */
function isEncodedPlaceholder(value: string): boolean {
  if (!value.startsWith('ey') || value.length > 200) return false;
  let decoded: string;
  try {
    decoded = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return false;
  }
  if (!/^\{[\x20-\x7e]*\}$/.test(decoded)) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded);
  } catch {
    return false;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
  const strings = Object.values(parsed).filter((item): item is string => typeof item === 'string');
  return strings.length > 0 && strings.every((item) => isPlaceholder(item));
}

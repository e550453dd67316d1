import { ANALYTICS_METHODS, LOGGER_MODULES, SENTRY_METHODS } from '@keyward/core';
import { BUILD_CONFIG_FILE, RESPONSE_METHODS, SDK_WORDS, TRACING_METHODS } from './sink-words.js';

// Every finding of the engine starts at a source whose words show in the text: a key the text scan found, an env
// read, a header, a name judged a credential, an HTTP client or request logger, an SDK option, string literals
// joined with `+` (a split key), a handler's whole request or event. A module with none
// of them cannot hold a finding, so front ends may skip parsing it (staged files) or analysing it (ESLint).
// The list must stay a superset of what the sources look for: test/prefilter.test.ts runs it over the parity
// corpus and the fixture projects. `auth` but not a lone `author`: JSDoc's `@author` tag is in most files of
// many JavaScript code bases, and no source looks for that word. A `\u` escape may spell any word in a name or a
// string, so a text holding one is judged with its escapes decoded (withEscapesDecoded).
const SOURCE_WORDS =
  /['"`][\s)]*\+[\s(]*['"`]|process\??\.env|import\.meta\??\.env|\$env\/|auth(?!ors?\b)|passw|pwd|passphrase|secret|token|credential|bearer|cookie|api[-_]?key|headers|axios|morgan|pino|dangerouslyAllowBrowser|Stripe|createBrowserClient|\b(?:req|request|event|ctx)\b/i;

/**
 * `key` that ends a word or a name's part (`privateKeyPem`, `private_key_pem`, `KEY`), but not `keys` or
 * `keyboard`: case-sensitive after the word, which SOURCE_WORDS' `i` flag cannot say.
 */
const KEY_WORD = /[Kk][Ee][Yy](?![a-z])/;

/** Whether a module's text can hold an engine finding; `hasKeys` when the text scan found a key in it. */
export function mayHoldFindings(text: string, hasKeys: boolean): boolean {
  return hasKeys || hasSourceWord(withEscapesDecoded(text));
}

const ESCAPE = /\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))/g;

/**
 * The text with every `\uXXXX`, `\u{…}` and `\xXX` escape replaced by its character, so a word spelled with
 * escapes (`\u0063onsole`, `'\x61uthorization'`) shows to the word tests; the escapes themselves show no word. A
 * text without one is returned as it is (most are). Offsets change, so only the word tests read the result.
 */
function withEscapesDecoded(text: string): string {
  if (!text.includes('\\u') && !text.includes('\\x')) return text;
  return text.replace(ESCAPE, (escape, braced?: string, four?: string, two?: string) => {
    const code = parseInt(braced ?? four ?? two!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
  });
}

function hasSourceWord(text: string): boolean {
  return SOURCE_WORDS.test(text) || KEY_WORD.test(text);
}

const alternatives = (names: Iterable<string>) => [...names].filter((name) => /^\w+$/.test(name)).join('|');

/**
 * The words of every sink (sinks.ts, request-loggers.ts): a credential logged, reported, traced, thrown or sent
 * needs one of them in the module that does it. Case-sensitive, as the names the sinks compare are. Two sinks are
 * left to sinkAt below, their words being everywhere in code that sends nothing: `throw`, and a response's name.
 */
const SINK_WORDS = new RegExp(
  [
    '\\bconsole\\b',
    'Response\\b', // `new Response`, `Response.json`, `NextResponse`
    '\\bgtag\\b',
    // a logger: a logger-like name (isLoggerName, and the types `LoggerService`, `BaseLogger`), a logging package
    // (`debug` instances are called directly), any `@nestjs/` package, request loggers
    '\\blog\\b',
    '\\blogger\\b',
    'Log(?:ger)?\\b',
    '_logger\\b',
    'LoggerService\\b',
    '@nestjs/',
    'morgan',
    `\\b(?:${alternatives(LOGGER_MODULES)})\\b`,
    // error reporters by their methods, also called alone when imported from `@sentry/…`
    `\\b(?:${alternatives(SENTRY_METHODS)})\\b`,
    // analytics and tracing: methods only (`.track(`), not the word in prose (a comment may follow the dot)
    `\\.\\s*(?:(?:${alternatives([...ANALYTICS_METHODS, ...TRACING_METHODS])})\\b|\\/[*/])`,
  ].join('|'),
);

/**
 * `throw new SomeError(`, or `res.json(x)` (with `reply`, `response`, `ctx`): a sink the text may show. Only what
 * cannot be one is passed over — `throw error`, `throw (…)`, and a response method called with no argument
 * (`response.json()` of every `fetch`), which hands nothing over; anything else after the word (a comment, type
 * arguments, `?.(`) counts as a sink.
 */
const THROW_OR_RESPONSE = /\bthrow\b|\b(?:res|response|reply|ctx)\b/g;
const THROWN = /\s*(?:new\s+[\w$]*(?:Error|Exception)\b|\/)/y;
const RESPONSE_CALL = new RegExp(`\\s*(?:\\?\\s*)?\\.\\s*(?:${alternatives(RESPONSE_METHODS)})\\b`, 'y');
const NO_ARGUMENT = /\s*\(\s*\)/y;
const COMMENT_NEXT = /\s*\//y;

function hasThrowOrResponseSink(text: string): boolean {
  THROW_OR_RESPONSE.lastIndex = 0;
  for (let found = THROW_OR_RESPONSE.exec(text); found; found = THROW_OR_RESPONSE.exec(text)) {
    const after = THROW_OR_RESPONSE.lastIndex;
    if (found[0] === 'throw') {
      THROWN.lastIndex = after;
      if (THROWN.test(text)) return true;
      continue;
    }
    RESPONSE_CALL.lastIndex = after;
    if (RESPONSE_CALL.test(text)) {
      NO_ARGUMENT.lastIndex = RESPONSE_CALL.lastIndex;
      if (!NO_ARGUMENT.test(text)) return true;
      continue;
    }
    COMMENT_NEXT.lastIndex = after;
    if (COMMENT_NEXT.test(text)) return true;
  }
  return false;
}

/** Env reads (`process.env`, `import.meta.env`, `$env/…`, an alias of either): client-side and public env findings. */
const ENV_WORD = /\benv\b/;
/** String literals joined with `+`, maybe in parentheses: a split key (staticString). */
const SPLIT_LITERALS = /['"`][\s)]*\+[\s(]*['"`]/;

/**
 * Whether a module analysed alone — ESLint's case: no import is followed — can hold an engine finding. Stricter
 * than mayHoldFindings, which must also keep modules whose values reach a sink in another module: alone, a
 * credential can only reach a log or a response if the module names a sink too. The other findings need a key,
 * an env read, a split literal, an SDK word or a bundler config. Typical JavaScript passes mayHoldFindings on
 * words such as `token` and `key` and has no sink, so this skips most of the analysis ESLint would run.
 */
export function mayHoldFindingsAlone(file: string, given: string, hasKeys: boolean): boolean {
  if (hasKeys || BUILD_CONFIG_FILE.test(file)) return true;
  // a `\u` escape can spell any name or header (`\u0063onsole`): the words are looked for in the decoded text
  const text = withEscapesDecoded(given);
  if (ENV_WORD.test(text) || SPLIT_LITERALS.test(text) || SDK_WORDS.test(text)) return true;
  return hasSourceWord(text) && (SINK_WORDS.test(text) || hasThrowOrResponseSink(text));
}

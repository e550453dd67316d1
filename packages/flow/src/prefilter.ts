import { ANALYTICS_METHODS, LOGGER_MODULES, SENTRY_METHODS } from '@keyward/core';
import { BUILD_CONFIG_FILE, SDK_WORDS, TRACING_METHODS } from './sink-words.js';

// Every finding of the engine starts at a source whose words show in the text: a key the text scan found, an env
// read, a header, a name judged a credential, an HTTP client or request logger, an SDK option, string literals
// joined with `+` (a split key), a handler's whole request or event. A module with none
// of them cannot hold a finding, so front ends may skip parsing it (staged files) or analysing it (ESLint).
// The list must stay a superset of what the sources look for: test/prefilter.test.ts runs it over the parity
// corpus and the fixture projects. `auth` but not a lone `author`: JSDoc's `@author` tag is in most files of
// many JavaScript code bases, and no source looks for that word.
const SOURCE_WORDS =
  /['"`]\s*\+\s*['"`]|process\.env|import\.meta\.env|\$env\/|auth(?!ors?\b)|passw|pwd|passphrase|secret|token|credential|bearer|cookie|api[-_]?key|key\b|headers|axios|morgan|pino|dangerouslyAllowBrowser|Stripe|createBrowserClient|\b(?:req|request|event|ctx)\b/i;

/** Whether a module's text can hold an engine finding; `hasKeys` when the text scan found a key in it. */
export function mayHoldFindings(text: string, hasKeys: boolean): boolean {
  return hasKeys || SOURCE_WORDS.test(text);
}

const alternatives = (names: Iterable<string>) => [...names].filter((name) => /^\w+$/.test(name)).join('|');

/**
 * The words of every sink (sinks.ts, request-loggers.ts): a credential logged, reported, traced, thrown or sent
 * needs one of them in the module that does it. Case-sensitive, as the names the sinks compare are.
 */
const SINK_WORDS = new RegExp(
  [
    '\\bconsole\\b',
    '\\bthrow\\b',
    'Response\\b', // `new Response`, `Response.json`, `NextResponse`
    '\\b(?:res|response|reply|ctx)\\b', // `res.json(…)`, `reply.send(…)`
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
    // error reporters, analytics and tracing, by the methods the sinks know them by
    `\\b(?:${alternatives([...SENTRY_METHODS, ...ANALYTICS_METHODS, ...TRACING_METHODS])})\\b`,
  ].join('|'),
);
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
export function mayHoldFindingsAlone(file: string, text: string, hasKeys: boolean): boolean {
  if (hasKeys || BUILD_CONFIG_FILE.test(file)) return true;
  if (ENV_WORD.test(text) || SPLIT_LITERALS.test(text) || SDK_WORDS.test(text)) return true;
  return SOURCE_WORDS.test(text) && SINK_WORDS.test(text);
}

// Documentation examples are not secrets. Dropping them is where a scanner earns its precision:
// vendor pages print `lmif_live_xxx`, `sk_live_abc123xyz789` or `uak_your_api_key`, and READMEs copy them.

/** Example keys that vendors print in their documentation, compared in full. */
const KNOWN_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
  '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',
]);

/** Words that mark a value as a stand-in, anywhere in it (compared case-insensitively). */
const MARKER_WORDS = [
  'example',
  'sample',
  'dummy',
  'placeholder',
  'your_',
  'your-',
  'yourkey',
  'yourtoken',
  'yoursecret',
  'changeme',
  'change_me',
  'redacted',
  'replace',
  'insert',
  'notreal',
  'not_real',
  'fake',
  'foobar',
  'xxxx',
  '****',
  '....',
  'todo',
  'secret_here',
  'key_here',
  'token_here',
  'goes_here',
  'here_',
];

/** Dictionary words: a value made only of these (and separators or digits) is prose, not a key. */
const WORDS = new Set([
  'a',
  'access',
  'account',
  'admin',
  'api',
  'app',
  'application',
  'auth',
  'bearer',
  'client',
  'config',
  'dev',
  'development',
  'env',
  'environment',
  'get',
  'id',
  'key',
  'keys',
  'live',
  'local',
  'localhost',
  'my',
  'new',
  'none',
  'null',
  'pass',
  'password',
  'private',
  'prod',
  'production',
  'public',
  'sandbox',
  'secret',
  'secrets',
  'service',
  'set',
  'some',
  'staging',
  'string',
  'test',
  'testing',
  'the',
  'this',
  'token',
  'tokens',
  'undefined',
  'user',
  'username',
  'value',
  'your',
  'here',
  'default',
  'demo',
  'foo',
  'bar',
  'baz',
  'qux',
  'abc',
  'xyz',
  'sk',
  'pk',
  'live',
  'mock',
  'stub',
  'ci',
  'hello',
  'world',
  'admin',
  'root',
  'guest',
  'anonymous',
  'true',
  'false',
  'enabled',
  'disabled',
  'required',
  'optional',
  'name',
  'type',
  'data',
  'app',
  'web',
  'server',
  'hunter',
  'letmein',
  'welcome',
  'qwerty',
  'bot',
  'webhook',
  'org',
  'project',
  'team',
  'personal',
]);

/** Template and reference syntax: `${X}`, `{{x}}`, `<api-key>`, `%s`, `$API_KEY`, `process.env.X`. */
const REFERENCE = /\$\{|\{\{|<[A-Za-z_-]{1,40}>|%[sd]|^\$[A-Z_]{2,}|process\.env|import\.meta/;

/**
 * Whether `secret` is a documentation placeholder rather than a real key.
 * `prefixLength` strips the public prefix (`lmif_live_`) before judging the random part.
 */
export function isPlaceholder(secret: string, prefixLength = 0): boolean {
  if (KNOWN_EXAMPLES.has(secret)) return true;
  if (REFERENCE.test(secret)) return true;
  if (hasMarkerWord(secret)) return true;
  const body = secret.slice(prefixLength);
  if (body.length === 0) return true;
  // `lmif_live_xxx`: a short run of x is a stand-in only in a short body; long random keys can hold one.
  if (body.length < 12 && /x{3}/i.test(body)) return true;
  return isRepetitive(body) || isSequential(body) || isWordy(body);
}

/**
 * A marker word written as words are written: `example`, `EXAMPLE`, `Example`. Random mixed-case key
 * bodies contain `fAKe` or `tOdO` now and then (about 1 in 20,000 keys); those are not markers.
 */
function hasMarkerWord(secret: string): boolean {
  const lower = secret.toLowerCase();
  for (const word of MARKER_WORDS) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      const written = secret.slice(at, at + word.length);
      const letters = written.replace(/[^A-Za-z]/g, '');
      if (
        letters === letters.toLowerCase() ||
        letters === letters.toUpperCase() ||
        letters.slice(1) === letters.slice(1).toLowerCase()
      )
        return true;
    }
  }
  return false;
}

/** Runs of one character, or very few distinct characters (`aaaa…`, `ababab…`, `000000`). */
function isRepetitive(body: string): boolean {
  const alnum = body.replace(/[^A-Za-z0-9]/g, '');
  if (alnum.length === 0) return true;
  const distinct = new Set(alnum.toLowerCase()).size;
  if (alnum.length >= 8 && distinct <= 3) return true;
  return /(.)\1{5}/.test(alnum);
}

/**
 * Mostly ascending or descending runs (`abc123xyz789`, `1234567890`, `abcdef`): at least half of the
 * body sits in runs of three or more consecutive characters.
 */
function isSequential(body: string): boolean {
  const text = body.toLowerCase();
  let inRuns = 0;
  let run = 1;
  let step = 0;
  for (let i = 1; i <= text.length; i++) {
    const delta = i < text.length ? text.charCodeAt(i) - text.charCodeAt(i - 1) : 99;
    if ((delta === 1 || delta === -1) && (run === 1 || delta === step)) {
      step = delta;
      run++;
      continue;
    }
    if (run >= 3) inRuns += run;
    run = 1;
    step = 0;
    if (delta === 1 || delta === -1) {
      step = delta;
      run = 2;
    }
  }
  return inRuns * 2 >= text.length;
}

/** Made of dictionary words, separators and at most a few digits: `your_api_key`, `my-secret-token`. */
function isWordy(body: string): boolean {
  const parts = body
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (parts.length === 0) return false;
  // `test-api-key-12345`: counting digits, sequential or repeated runs (12345, 0000) say nothing random
  const digits = body
    .replace(/0123456789|123456789|12345678|1234567|123456|12345|1234|123|(\d)\1{2,}/g, '')
    .replace(/[^0-9]/g, '').length;
  return digits <= 4 && parts.every((part) => WORDS.has(part));
}

// Documentation examples are not secrets. Dropping them is where a scanner earns its precision:
// vendor pages print `lmif_live_xxx`, `sk_live_abc123xyz789` or `uak_your_api_key`, and READMEs copy them.
//
// The filter must never drop a real key, so every shape rule (runs, few distinct characters, sequences,
// periods) fires only when a random key of the same alphabet and length would show that shape less than
// about once in 10^9 (`RANDOM_ODDS`), and bodies that are structured encodings (OpenSSH and PEM key material,
// JWTs, macaroons, base64 of binary, where `AAAAAA` runs are normal) skip the shape rules altogether.

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

/**
 * Stems of vendor documentation examples, and variants people make of them by changing the tail
 * (`wJalrXUtnFEMI/K7MDENG/bPxRfiCYESATESTKEY`).
 */
const KNOWN_EXAMPLE_STEMS = [
  'wJalrXUtnFEMI/K7MDENG',
  'je7MtGbClwBF/2Zp9Utk',
  'AKIAIOSFODNN7',
  'AKIAI44QH8DHB',
  'SG.ngeVfQFYQlKU0ufo8x5d1A.',
];

/**
 * An upper-case marker word closing the value, as AWS-style examples end (`…EXAMPLEKEY`, `…TESTKEY`): seven
 * or more fixed characters at the end of a random body occur about once in 10^12.
 */
const MARKER_TAIL = /(?:EXAMPLE|TEST|FAKE|SAMPLE|DUMMY)KEY$/;

/** ln(10^-9): a shape rule fires only when a random body would show it less often than this. */
const RANDOM_ODDS = Math.log(1e-9);

/**
 * Words that mark a value as a stand-in wherever they stand (compared case-insensitively). Six letters or
 * more: a random 40-character body holds one written as a word about once in 10^9 keys.
 */
const LONG_MARKERS = [
  'example',
  'sample',
  'placeholder',
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
  'foobar',
  'secret_here',
  'key_here',
  'token_here',
  'goes_here',
];

/**
 * Short marker words: random bodies hold `fake` or `todo` about once in 10^5, so these count only when they
 * stand as words (at a separator, a case change or an end) and the rest of the body is not random either.
 */
const SHORT_MARKERS = ['dummy', 'your', 'fake', 'todo', 'xxxx', 'here', 'mock', 'test'];

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
  'configuration',
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
  'tests',
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
  'goes',
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
  'mock',
  'stub',
  'ci',
  'hello',
  'world',
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
  'for',
  'to',
  'of',
  'and',
  'or',
  'with',
  'from',
  'not',
  'real',
  'fake',
  'dummy',
  'todo',
  'put',
  'paste',
  'enter',
  'add',
  'use',
  'generated',
  'generate',
  'valid',
  'invalid',
  'key',
  'signing',
  'webhook',
  'integration',
  'workspace',
  'oauth',
  'refresh',
  'session',
  'master',
  'read',
  'write',
  'only',
  'full',
  'scope',
  'scoped',
  'legacy',
  'old',
  'stripe',
  'slack',
  'github',
  'gitlab',
  'google',
  'openai',
  'aws',
  'azure',
  'twilio',
  'sendgrid',
  'mailgun',
  'npm',
  'docker',
]);

/** Template and reference syntax: `${X}`, `{{x}}`, `<api-key>`, `%s`, `$API_KEY`, `process.env.X`. */
const REFERENCE = /\$\{|\{\{|<[A-Za-z_-]{1,40}>|%[sd]|^\$[A-Z_]{2,}|process\.env|import\.meta/;

export interface PlaceholderOptions {
  /** The secret is a structured encoding (key material, JWT, macaroon): shape rules do not apply. */
  readonly structured?: boolean;
}

/**
 * Whether `secret` is a documentation placeholder rather than a real key.
 * `prefixLength` strips the public prefix (`lmif_live_`) before judging the random part.
 */
export function isPlaceholder(secret: string, prefixLength = 0, options: PlaceholderOptions = {}): boolean {
  if (KNOWN_EXAMPLES.has(secret)) return true;
  if (KNOWN_EXAMPLE_STEMS.some((stem) => secret.startsWith(stem)) || MARKER_TAIL.test(secret)) return true;
  if (REFERENCE.test(secret)) return true;
  if (hasLongMarker(secret)) return true;
  const text = secret.slice(prefixLength);
  if (text.length === 0) return true;
  const body = describe(text);
  if (options.structured) return isMonotone(body);
  // `lmif_live_xxx`: a short run of x is a stand-in only in a short body; long random keys can hold one.
  if (text.length < 12 && /x{3}/i.test(text)) return true;
  // the same behind a vendor prefix that the detector did not strip (`Bearer lmif_live_xxx` read by a header
  // detector): lower-case prefix words, then a short body holding `xxx`
  if (prefixLength === 0) {
    const prefix = /^(?:[a-z]{2,8}[_-]){1,3}/.exec(text);
    if (prefix && text.length - prefix[0].length < 12 && /x{3}/i.test(text.slice(prefix[0].length))) return true;
  }
  return (
    isMonotone(body) ||
    isRepetitive(body) ||
    isSequential(body) ||
    isPeriodic(body) ||
    isWordy(body) ||
    isPhrase(body) ||
    hasShortMarker(body)
  );
}

/**
 * A marker word written as words are written: `example`, `EXAMPLE`, `Example`. Random mixed-case key
 * bodies contain `fAKe` or `tOdO` now and then; those are not markers.
 */
function hasLongMarker(secret: string): boolean {
  const lower = secret.toLowerCase();
  for (const word of LONG_MARKERS) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      if (writtenAsWord(secret.slice(at, at + word.length))) return true;
    }
  }
  return false;
}

function writtenAsWord(written: string): boolean {
  const letters = written.replace(/[^A-Za-z]/g, '');
  return (
    letters === letters.toLowerCase() ||
    letters === letters.toUpperCase() ||
    letters.slice(1) === letters.slice(1).toLowerCase()
  );
}

/** What the rules need to know about a body, measured once. */
interface Body {
  readonly text: string;
  /** Letters and digits only, and the same in lower case. */
  readonly alnum: string;
  readonly lower: string;
  /** ln of the size of the alphabet the body seems drawn from. */
  readonly logSize: number;
  readonly digits: number;
  readonly letters: number;
}

function describe(text: string): Body {
  let digits = 0;
  let hexLower = 0;
  let hexUpper = 0;
  let lowerOnly = 0;
  let upperOnly = 0;
  let other = 0;
  let alnum = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 102) hexLower++;
    else if (c >= 65 && c <= 70) hexUpper++;
    else if (c >= 103 && c <= 122) lowerOnly++;
    else if (c >= 71 && c <= 90) upperOnly++;
    else {
      other++;
      continue;
    }
    alnum += text[i];
  }
  const lower = lowerOnly + hexLower > 0;
  const upper = upperOnly + hexUpper > 0;
  let size: number;
  if (alnum.length === digits) size = 10;
  else if (lowerOnly + upperOnly === 0 && !(lower && upper)) size = 16;
  else size = (lower ? 26 : 0) + (upper ? 26 : 0) + (digits > 0 ? 10 : 0) + (other > 0 ? 4 : 0);
  return {
    text,
    alnum,
    lower: alnum.toLowerCase(),
    logSize: Math.log(Math.max(size, 2)),
    digits,
    letters: alnum.length - digits,
  };
}

/** One character, perhaps between separators: `xxxxxxxx`, `0000-0000`, `*****`. */
function isMonotone({ text, lower }: Body): boolean {
  const chars = lower || text;
  if (chars.length < 3) return false;
  for (let i = 1; i < chars.length; i++) if (chars[i] !== chars[0]) return false;
  return true;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

const seen = new Uint32Array(128);
let stamp = 0;

/** A long run of one character, or very few distinct characters (`aaaa…`, `ababab…`), improbable at random. */
function isRepetitive({ alnum, lower, logSize }: Body): boolean {
  if (alnum.length === 0) return true;
  let longest = 1;
  let longestDigit = false;
  for (let i = 1, run = 1; i < alnum.length; i++) {
    run = alnum[i] === alnum[i - 1] ? run + 1 : 1;
    if (run > longest) {
      longest = run;
      longestDigit = isDigit(alnum.charCodeAt(i));
    }
  }
  // P(a run of k somewhere) ≈ n · size^-(k-1). A run of digits is judged as digits: numeric parts of a token
  // (user ids, timestamps: `1248888888211-…`) are not drawn from the whole alphabet.
  const runSize = longestDigit ? Math.min(logSize, Math.log(10)) : logSize;
  if (longest >= 4 && Math.log(alnum.length) - (longest - 1) * runSize < RANDOM_ODDS) return true;
  if (alnum.length < 8) return false;
  stamp++;
  let distinct = 0;
  for (let i = 0; i < lower.length && distinct <= 3; i++) {
    const c = lower.charCodeAt(i);
    if (seen[c] !== stamp) {
      seen[c] = stamp;
      distinct++;
    }
  }
  // P(at most d distinct characters) ≤ C(size, d) · (d / size)^n
  const size = Math.exp(logSize);
  return distinct <= 3 && logChoose(size, distinct) + alnum.length * (Math.log(distinct) - logSize) < RANDOM_ODDS;
}

/**
 * Mostly ascending or descending runs (`abc123xyz789`, `1234567890`), also interleaved (`a1b2c3d4…`): at
 * least half of the body sits in runs of three or more ±1 steps between characters `stride` apart, and a
 * random body of that alphabet would hold such runs less than once in 10^9.
 */
function isSequential({ text: raw, logSize }: Body): boolean {
  const text = raw.toLowerCase();
  for (const stride of [1, 2]) {
    const runs = stepRuns(text, stride);
    if (runs === undefined) continue;
    const inRuns = runs.reduce((sum, length) => sum + length, 0);
    // a run of L at a given start: first step ±1 (2/size), then L-2 equal steps (1/size each)
    let logOdds = logChoose(text.length, runs.length);
    for (const length of runs) logOdds += Math.log(2) - (length - 1) * logSize;
    if (logOdds < RANDOM_ODDS) return true;
    if (inRuns === text.length && text.length >= 12) return true;
  }
  return false;
}

/**
 * Lengths of the runs (of three or more) of equal ±1 steps between characters `stride` apart, or
 * undefined when they cover less than half of the text.
 */
function stepRuns(text: string, stride: number): number[] | undefined {
  const runs: number[] = [];
  let inRuns = 0;
  for (let lane = 0; lane < stride; lane++) {
    let run = 1;
    let step = 0;
    for (let i = lane + stride; i <= text.length; i += stride) {
      const delta = i < text.length ? text.charCodeAt(i) - text.charCodeAt(i - stride) : 99;
      if ((delta === 1 || delta === -1) && (run === 1 || delta === step)) {
        step = delta;
        run++;
        continue;
      }
      if (run >= 3) {
        runs.push(run);
        inRuns += run;
      }
      run = 1;
      step = 0;
      if (delta === 1 || delta === -1) {
        step = delta;
        run = 2;
      }
    }
  }
  return inRuns * 2 >= text.length ? runs : undefined;
}

/** One short unit repeated (`ab12ab12ab12`, `abcabcabc`), improbable at random. */
function isPeriodic({ lower, logSize }: Body): boolean {
  for (let period = 2; period * 3 <= lower.length && period <= 12; period++) {
    let same = true;
    for (let i = period; i < lower.length && same; i++) same = lower[i] === lower[i - period];
    if (same && (lower.length - period) * -logSize < RANDOM_ODDS) return true;
  }
  return false;
}

/** Words of a body: camel-case and separators split, lower-cased; digits separate too. */
function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** The first word of a text, as `wordsOf` would split it, without splitting the rest. */
function firstWord(text: string): string {
  let i = 0;
  while (i < text.length && !isLetter(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && isLetter(text.charCodeAt(i))) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    i++;
    // `apiKey` splits before `K`; `APIKey` before `Ke`
    if (c >= 97 && next >= 65 && next <= 90) break;
    if (c <= 90 && next >= 65 && next <= 90 && isLower(text.charCodeAt(i + 1))) break;
  }
  return text.slice(start, i).toLowerCase();
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isLetter = (c: number) => isLower(c) || (c >= 65 && c <= 90);

const isWord = (word: string) => WORDS.has(word) || (word.endsWith('s') && WORDS.has(word.slice(0, -1)));

/** Longest entry of WORDS, for splitting run-together words. */
const LONGEST_WORD = Math.max(...[...WORDS].map((word) => word.length));
/** Words that open a run-together stand-in: `mypassword`, `yourapikey`, `thesecrettoken`. */
const LEAD_WORDS = ['my', 'your', 'the', 'some'];

/**
 * A word, or a possessive or article run together with dictionary words (`mypassword`, `yourapikey`): how
 * instructions name the value to put there. Other run-together words (`testpassword`) are left to the
 * detectors, since people do set such passwords.
 */
function isWordOrCompound(word: string): boolean {
  if (isWord(word)) return true;
  if (word.length < 6 || word.length > 40) return false;
  const lead = LEAD_WORDS.find((candidate) => word.startsWith(candidate));
  if (!lead) return false;
  // reach[i]: the letters from the lead word up to i split into dictionary words of two letters or more
  const reach = new Array<boolean>(word.length + 1).fill(false);
  reach[lead.length] = true;
  for (let i = lead.length; i < word.length; i++) {
    if (!reach[i]) continue;
    for (let length = 2; length <= LONGEST_WORD && i + length <= word.length; length++) {
      if (isWord(word.slice(i, i + length))) reach[i + length] = true;
    }
  }
  return reach[word.length]!;
}

/** Made of dictionary words, separators and at most a few digits: `your_api_key`, `my-secret-token`, `mypassword`. */
function isWordy(body: Body): boolean {
  if (body.letters === 0 || !isWordOrCompound(firstWord(body.text))) return false;
  if (body.digits > 4 && meaningfulDigits(body.text) > 4) return false;
  return wordsOf(body.text).every(isWordOrCompound);
}

/** Digits that say something random: sequential or repeated runs (12345, 0000) say nothing. */
function meaningfulDigits(text: string): number {
  return text
    .replace(/0123456789|123456789|12345678|1234567|123456|12345|1234|123|(\d)\1{2,}/g, '')
    .replace(/[^0-9]/g, '').length;
}

/**
 * A phrase in camel case or with separators, such as `SlackAppConfigurationAccessTokenHere`: letters only,
 * three or more pronounceable words, two of them from the dictionary. A random body of letters splits into
 * short unpronounceable pieces instead.
 */
function isPhrase(body: Body): boolean {
  if (body.digits > 0 || body.letters < 8) return false;
  const parts = wordsOf(body.text);
  if (parts.length < 3) return false;
  if (!parts.every((part) => part.length >= 2 && part.length <= 16 && /[aeiouy]/.test(part))) return false;
  return parts.filter(isWord).length >= 2;
}

/**
 * A short marker (`fake`, `todo`, `dummy`, `your`…) standing as a word, in a body whose other parts are
 * words or trivial digits too: `fake_stripe_key_for_tests_12345`, `yourSlackTokenHere`.
 */
function hasShortMarker(body: Body): boolean {
  if (!SHORT_MARKERS.some((marker) => body.lower.includes(marker))) return false;
  const parts = wordsOf(body.text);
  if (!parts.some((part) => SHORT_MARKERS.includes(part))) return false;
  const unexplained = parts.filter((part) => !isWord(part) && !SHORT_MARKERS.includes(part));
  const residue = unexplained.reduce((sum, part) => sum + part.length, 0) + meaningfulDigits(body.text);
  return residue * 3 <= body.alnum.length;
}

/** ln C(n, k), as a product (k is small). */
function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += Math.log(n - i) - Math.log(i + 1);
  return sum;
}

/**
 * A match shown truncated, as docs and logs print keys: `sk_live_51Hq…` or `…Zx9q`, `ghp_Ab12...`. The
 * match stops at the ellipsis, so this looks at the characters just outside it.
 */
export function isTruncated(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if (after === 0x2026 || text.startsWith('...', end)) return true;
  const before = text.charCodeAt(start - 1);
  return before === 0x2026 || (start >= 3 && text.startsWith('...', start - 3));
}

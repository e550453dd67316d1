import { providerDetectors } from './providers.js';
import type { Detector } from '../types.js';

// The providers the catalog knows, as the one word a name uses for each (`clarifai`, `coinapi`, `customerio`):
// the generic detector reads `<provider>_key` / `<provider>Key` / `<PROVIDER>_KEY` as a credential's name,
// where a bare `key` after another word (`cache_key`, `sort_key`, `primary_key`) is not one. The words come
// from the catalog itself: every provider's name, squeezed to lower-case letters and digits, and the
// provider words of its name-and-context detectors (`aliyun` for Alibaba Cloud, `twitter` for X), so a new
// detector brings its provider along.

/** Providers that are formats or protocols, not services with keys: `pem_key`, `url_key`, `http_key`. */
const FORMAT_PROVIDERS = new Set([
  'Generic',
  'URL',
  'HTTP',
  'Connection string',
  'JSON Web Token',
  'Password hash',
  'PEM',
  'PGP',
  'OpenSSH',
  'age',
]);

/**
 * Provider names that are also everyday or code vocabulary, where `<word>_key` names something else: a
 * WordPress `meta_key`, a keyboard `shortcut_key` or `zoomKey`, a React `renderKey`, a `line_key`, a video
 * `segment_key`, an i18n `phrase_key`, a zk-SNARK `verifier_key`, Sentry's public `sentry_key`, a dialog's
 * `closeKey`, a shipping form's `courierKey`.
 */
const ORDINARY_WORDS = new Set([
  'abstract',
  'agora',
  'aha',
  'airship',
  'autopilot',
  'beamer',
  'box',
  'close',
  'commodities',
  'courier',
  'dandelion',
  'delighted',
  'deputy',
  'drone',
  'gist',
  'guardian',
  'harness',
  'impala',
  'keen',
  'lark',
  'line',
  'linear',
  'loops',
  'meta',
  'mite',
  'noticeable',
  'phrase',
  'ramp',
  'readme',
  'render',
  'roaring',
  'sandbox',
  'segment',
  'sentry',
  'shortcut',
  'smooch',
  'snappy',
  'square',
  'stability',
  'stitch',
  'swell',
  'together',
  'verifier',
  'voyage',
  'zoom',
]);

/** Name words that are themselves a credential's name (`cf_api_token`'s `cfapitoken`), not a provider. */
const CREDENTIAL_PART = /key|token|secret|pass|auth|pat$/;

/** The provider words of a list of detectors; see the file's comment. */
export function providerWordsOf(detectors: readonly Detector[]): Set<string> {
  const words = new Set<string>();
  const add = (word: string) => {
    if (word.length >= 3 && /^[a-z][a-z0-9]*$/.test(word) && !ORDINARY_WORDS.has(word)) words.add(word);
  };
  for (const detector of detectors) {
    if (FORMAT_PROVIDERS.has(detector.provider)) continue;
    add(detector.provider.toLowerCase().replace(/[^a-z0-9]/g, ''));
    // name-and-context detectors match their keywords in any case: those are the provider's own words
    if (detector.keywordsFoldCase === true)
      for (const keyword of detector.keywords) {
        const word = keyword.toLowerCase();
        if (!CREDENTIAL_PART.test(word)) add(word);
      }
  }
  return words;
}

let builtIn: ReadonlySet<string> | undefined;

/** The built-in catalog's provider words, made on first use (the first name the generic detector judges). */
export function providerWords(): ReadonlySet<string> {
  builtIn ??= providerWordsOf(providerDetectors);
  return builtIn;
}

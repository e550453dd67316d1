import { isSecretName } from './detectors/generic.js';
import { isPublicByDesign, publicPrefix, SECRET_WORDS } from './env-names.js';

// "Is this a secret's name?" — one family, every front end asks it here, and each question has one meaning:
//
// - isSecretName(name): a value assigned to this name is a secret. Words such as secret, token, password,
//   credential, auth, or a qualified key (`apiKey`, `signing_key`); not ids, URLs, lengths, names or other
//   descriptions. Framework prefixes are ignored: they say where a value goes, not what it is. The generic
//   detector judges assignments with it.
// - isCredentialName(name): a binding or property that holds a credential: a secret name that is not a flag
//   or a description of one (`hasToken`, `showSecrets`, `apiKeyHeader`, `tokenUrl`), nor a token or password
//   that is something else (`couponToken`, `csrfToken`, `nextPageToken`, `encryptedPassword`). The flow engine
//   takes values so named as sources, at medium severity, since only the name says so.
// - isSecretEnvName(name): an environment variable named for a secret. Env names are conventional, so a bare
//   KEY word counts (`STRIPE_KEY`), which in code identifiers would be too weak (`key` of a loop).
// - isServerSecretName(name): an environment variable whose value must stay on the server: a secret env name
//   without a public prefix (`NEXT_PUBLIC_`, `VITE_`…) and not public by design (publishable, anon, site keys).

export { isSecretName };

/** Words that make a key-named binding a flag or a description of a secret rather than the secret itself. */
const FLAG_WORDS = new Set([
  'is',
  'has',
  'show',
  'should',
  'can',
  'use',
  'enable',
  'enabled',
  'disable',
  'disabled',
  'allow',
  'with',
  'without',
  'no',
  'include',
  'require',
  'required',
  'needs',
  'skip',
  'hide',
  'verify',
  'validate',
  'check',
  'valid',
  'invalid',
  'missing',
  'expect',
  'expected',
  'max',
  'min',
  'num',
]);
const DESCRIPTION_WORDS = new Set([
  'header',
  'headers',
  'name',
  'names',
  'id',
  'ids',
  'path',
  'file',
  'url',
  'env',
  'var',
  'field',
  'prefix',
  'suffix',
  'pattern',
  'regex',
  'length',
  'count',
  'type',
  'label',
  'ttl',
  'expiry',
  'expires',
  'at',
  'hash',
  'hashed',
  'option',
  'flag',
  'enabled',
  'source',
]);

/**
 * Words that make a token or password something else: tokens of coupons, checkouts, CSRF protection (Rails'
 * `authenticity_token` too) and pagination are not credentials, nor are a token endpoint, an i18n message
 * about a password, or a value already hashed or encrypted.
 */
const NON_SECRET_WORDS = new Set([
  'coupon',
  'checkout',
  'csrf',
  'xsrf',
  'authenticity',
  'pagination',
  'paging',
  'cursor',
  'continuation',
  'endpoint',
  'expired',
  'encrypted',
  'hashed',
  'hash',
  'digest',
  'message',
  'messages',
  'error',
  'errors',
  'i18n',
]);
/** Words that, right before `token`, make it a pagination or sync cursor: `nextPageToken`, `nextToken`, `syncToken`. */
const CURSOR_WORDS = new Set(['page', 'next', 'prev', 'previous', 'sync', 'resume', 'cursor']);

function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A binding or property named for a credential it holds (`apiKey`, `token`, `this.secret`), not a flag or description. */
export function isCredentialName(name: string): boolean {
  if (!isSecretName(name)) return false;
  const words = identifierWords(name);
  return (
    words.length > 0 && !FLAG_WORDS.has(words[0]!) && !DESCRIPTION_WORDS.has(words.at(-1)!) && !marksNonSecret(words)
  );
}

/** `couponToken`, `csrfToken`, `nextPageToken`, `tokenEndpoint`, `messages.tokenExpired`, `encryptedPassword`. */
export function isNonSecretTokenName(name: string): boolean {
  return marksNonSecret(identifierWords(name));
}

function marksNonSecret(words: readonly string[]): boolean {
  return words.some(
    (word, i) => NON_SECRET_WORDS.has(word) || (word === 'token' && i > 0 && CURSOR_WORDS.has(words[i - 1]!)),
  );
}

function envWords(name: string): string[] {
  return name
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

/** `LMIF_API_KEY`, `STRIPE_SECRET_KEY`, `DB_PASSWORD` — not `NODE_ENV`, `PORT`, `KEYBOARD_LAYOUT`. */
export function isSecretEnvName(name: string, secretWords: readonly string[] = SECRET_WORDS): boolean {
  const parts = envWords(name);
  const upper = parts.join('_');
  return secretWords.some((word) => (word.includes('_') ? upper.includes(word) : parts.includes(word)));
}

/** A secret that stays on the server: a secret env name, no public prefix, not public by design. */
export function isServerSecretName(name: string): boolean {
  return isSecretEnvName(name) && !publicPrefix(name) && !isPublicByDesign(name);
}

import { define } from './define.js';
import { isPlaceholder } from '../placeholder.js';
import type { FileKind } from '../types.js';

/** Passwords that mean "fill me in" or a throwaway local default. */
const URL_WITH_PASSWORD =
  /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:@/"'`<>]{0,128}:(?<secret>[^\s@/"'`<>]{3,256})@[A-Za-z0-9[_-]/dy;

/**
 * `://` is everywhere in code; the scheme before it is the maximal run of scheme characters that ends
 * there, so each occurrence needs one backward walk and one anchored match, not a search.
 */
function* findUrlPasswords(
  text: string,
  _kind: FileKind,
  keywordStarts: readonly number[],
): Iterable<{ start: number; end: number }> {
  let covered = 0;
  for (const colon of keywordStarts) {
    if (colon < covered) continue;
    let start = colon;
    while (start > 0 && colon - start <= 21 && isSchemeChar(text.charCodeAt(start - 1))) start--;
    URL_WITH_PASSWORD.lastIndex = start;
    const match = URL_WITH_PASSWORD.exec(text);
    const secret = match?.indices?.groups?.['secret'];
    if (!match || !secret) continue;
    covered = match.index + match[0].length;
    // `https://<token>:x-oauth-basic@github.com`: the password is GitHub's fixed marker and the token is the
    // user part, which GitHub's own detectors report
    if (OAUTH_BASIC.test(text.slice(secret[0], secret[1]))) continue;
    yield { start: secret[0], end: secret[1] };
  }
}

function isSchemeChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 46 ||
    code === 45
  );
}

const DEFAULT_PASSWORDS =
  /^(?:pass(?:word)?|secret|postgres|mysql|root|admin|guest|redis|mongo|docker|user|test|changeme|unused|none|empty|\*+|x+)$/i;

const OAUTH_BASIC = /^x-oauth-(?:basic|token)$/;

/** The user part of the URL whose password starts at `index`. */
function urlUser(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 130), index - 1);
  return /[^\s:@/"'`<>]*$/.exec(before)?.[0] ?? '';
}

/**
 * Local throwaway credentials: the password repeats the user (`mongo:mongo`, `app:app`) or is one digit
 * repeated (`user:1111`).
 */
function isThrowaway(secret: string, text: string, index: number): boolean {
  if (/^(\d)\1*$/.test(secret)) return true;
  return secret.toLowerCase() === urlUser(text, index).toLowerCase();
}

export const credentialsInUrls = [
  define({
    id: 'url-password',
    provider: 'URL',
    title: 'Password embedded in a URL',
    matches: '`scheme://user:password@host` (database, broker, HTTP and registry URLs)',
    keywords: ['://'],
    prefixLength: 0,
    pattern: new RegExp(URL_WITH_PASSWORD.source, 'g'),
    find: findUrlPasswords,
    validate: (secret, { text, index }) =>
      !DEFAULT_PASSWORDS.test(secret) &&
      !/^[$%{]/.test(secret) &&
      !isPlaceholder(secret) &&
      !isThrowaway(secret, text, index),
    envName: 'DATABASE_URL',
    remediation:
      "Change the password, then read the whole URL from `process.env.DATABASE_URL` (or the service's own variable).",
  }),
  define({
    id: 'connection-string-password',
    provider: 'Connection string',
    title: 'Password in a connection string',
    matches: '`Password=` or `Pwd=` inside a `key=value;` connection string',
    keywords: ['Password=', 'password=', 'PASSWORD=', 'Pwd=', 'PWD=', 'pwd='],
    prefixLength: 0,
    pattern:
      /(?<![A-Za-z_.-])(?:Password|password|PASSWORD|Pwd|PWD|pwd)=(?<secret>[^;'"`\s<>{}$]{6,128})(?=[;'"`\s]|$)/g,
    validate: (secret, { text, index }) =>
      !DEFAULT_PASSWORDS.test(secret) &&
      // `t.password=n.password,t.host=n.host` is minified code copying a URL's fields (Next.js ships it in every
      // build's polyfills), not a connection string: a property assigned a member expression
      !(
        /\.(?:password|pwd)=$/i.test(text.slice(Math.max(0, index - 10), index)) &&
        /^[A-Za-z_$][\w$]{0,64}(?:\.[A-Za-z_$][\w$]{0,64}){1,6}(?:,|$)/.test(secret)
      ) &&
      // a `key=value;` list on the same line: `SMTP_HOST=` on the line above is no connection string
      /(?:^|[;"'`\s])(?:Server|Host|Data Source|User ID|Uid|Database)=[^\n]*;[^\n]*$/i.test(
        text.slice(Math.max(0, index - 200), index),
      ),
    envName: 'DATABASE_URL',
    remediation: 'Change the password, then read the connection string from an environment variable.',
  }),
];

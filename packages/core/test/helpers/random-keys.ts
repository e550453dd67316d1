// Random keys of every detector's shape, for the no-drop property test. By default a key is generated from
// the detector's own regex (`shapes.ts`); formats with an inner structure the regex does not carry
// (checksums, JSON inside a JWT, key material) have their own generator here.

import type { Detector } from '../../src/index.js';
import { base62, crc32 } from '../../src/util/checksum.js';
import { shapeOf } from './shapes.js';

export type Next = () => number;

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = ALNUM + '-_';

/** Uniform random characters: unlike the fixture generator, runs of any length are allowed. */
export function randomChars(next: Next, length: number, charset = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i++) out += charset[Math.floor(next() * charset.length)]!;
  return out;
}

const between = (next: Next, min: number, max: number) => min + Math.floor(next() * (max - min + 1));

function withCrc(next: Next, prefix: string): string {
  const random = randomChars(next, 30);
  return prefix + random + base62(crc32(random), 6);
}

function withHexCrc(next: Next, prefix: string): string {
  const random = randomChars(next, 40);
  return prefix + random + crc32(random).toString(16).padStart(8, '0');
}

const b64url = (value: string | Uint8Array) => Buffer.from(value).toString('base64url');

function randomJwt(next: Next, claims: Record<string, unknown>): string {
  const header = { alg: ['HS256', 'RS256', 'ES256'][between(next, 0, 2)], typ: 'JWT' };
  const payload = { sub: randomChars(next, between(next, 6, 24)), iat: between(next, 1.5e9, 1.9e9), ...claims };
  const signature = Buffer.from(Array.from({ length: between(next, 32, 64) }, () => between(next, 0, 255)));
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${b64url(signature)}`;
}

function armored(next: Next, label: string, bytes: number): string {
  const body = Buffer.from(Array.from({ length: bytes }, () => between(next, 0, 255))).toString('base64');
  const lines = body.match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----`;
}

/** A PyPI token: `pypi-` and base64url of a well-formed v2 binary macaroon located at `pypi.org`. */
export function randomPypiToken(next: Next): string {
  const bytes = (n: number) => Array.from({ length: n }, () => between(next, 0, 255));
  const field = (type: number, data: number[]) => [type, data.length, ...data];
  const location = [...'pypi.org'].map((ch) => ch.charCodeAt(0));
  const caveats = Array.from({ length: between(next, 0, 2) }, () => [...field(2, bytes(between(next, 10, 60))), 0]);
  const all = [
    2,
    ...field(1, location),
    ...field(2, bytes(between(next, 16, 40))),
    0,
    ...caveats.flat(),
    0,
    ...field(6, bytes(32)),
  ];
  return `pypi-${b64url(Uint8Array.from(all))}`;
}

const HEX_DIGITS = '0123456789abcdef';
const randomBytes = (next: Next, length: number) => Buffer.from(Array.from({ length }, () => between(next, 0, 255)));

/** An Airtable OAuth access token: `oaa…`, `.v1.`, base64url of its JSON claims, `.` and 64 hex characters. */
export function randomAirtableOauthToken(next: Next): string {
  const claims = {
    userId: `usr${randomChars(next, 14)}`,
    expiresAt: new Date(between(next, 1.7e9, 1.9e9) * 1000).toISOString(),
    oauthApplicationId: `oap${randomChars(next, 14)}`,
    secret: randomChars(next, 64, HEX_DIGITS),
  };
  return `oaa${randomChars(next, 14)}.v1.${b64url(JSON.stringify(claims))}.${randomChars(next, 64, HEX_DIGITS)}`;
}

/** A legacy NVIDIA NGC API key: base64 of 26 letters and digits, `:`, and an 8-4-4-4-12 id. */
export function randomNgcLegacyKey(next: Next): string {
  const id = [8, 4, 4, 4, 12].map((length) => randomChars(next, length)).join('-');
  return Buffer.from(`${randomChars(next, 26)}:${id}`).toString('base64');
}

/** A Jenkins `hudson.util.Secret` body: version 1, IV length 16, data length, IV, whole AES blocks. */
export function randomJenkinsSecret(next: Next): string {
  const data = 16 * between(next, 1, 8);
  const header = Buffer.from([1, 0, 0, 0, 16, 0, 0, 0, 0]);
  header.writeUInt32BE(data, 5);
  return Buffer.concat([header, randomBytes(next, 16), randomBytes(next, data)]).toString('base64');
}

/** Characters other than a few that stand for a reference (`$VAR`, `%VAR%`, `<tag>`) or end the value. */
const PASSWORD = ALNUM + '!#^&*()-_=+.,~[]|';

const generators: Record<string, (next: Next) => string> = {
  'pypi-token': randomPypiToken,
  'airtable-oauth-token': randomAirtableOauthToken,
  'nvidia-ngc-legacy-api-key': randomNgcLegacyKey,
  'jenkins-encrypted-secret': randomJenkinsSecret,
  // URL-encoded base64 after the run of `A`s: escapes are `%2B`, `%2F`, `%3D`
  'twitter-bearer-token': (next) => {
    let body = '';
    const length = between(next, 60, 130);
    while (body.length < length)
      body += next() < 0.1 ? ['%2B', '%2F', '%3D'][between(next, 0, 2)] : randomChars(next, 1);
    return 'AAAAAAAAAAAAAAAAAAAAA' + body.slice(0, length).replace(/%[0-9A-F]?$/, (cut) => 'x'.repeat(cut.length));
  },
  'curl-basic-auth': (next) => randomChars(next, between(next, 8, 40), PASSWORD.replace(/[@]/g, '')),
  'nuget-config-password': (next) => randomChars(next, between(next, 8, 40), PASSWORD + '@:;'),
  // a service account token, or a Cloud token: base64 of an org, a name and a key (short ones must decode)
  'grafana-token': (next) =>
    next() < 0.5
      ? `glsa_${randomChars(next, 32)}_${randomChars(next, 8, '0123456789abcdef')}`
      : `glc_${Buffer.from(`{"o":"${randomChars(next, between(next, 1, 9), '0123456789')}","n":"${randomChars(next, between(next, 1, 30))}","k":"${randomChars(next, between(next, 16, 40))}"}`).toString('base64')}`,
  // base64 of a registry login: a user and a random password
  'docker-config-auth': (next) =>
    Buffer.from(
      `${randomChars(next, between(next, 3, 20))}:${randomChars(next, between(next, 12, 64), PASSWORD)}`,
    ).toString('base64'),
  'kubernetes-secret-value': (next) =>
    Buffer.from(Array.from({ length: between(next, 8, 60) }, () => between(next, 0, 255))).toString('base64'),
  'github-pat': (next) => withCrc(next, 'ghp_'),
  'github-oauth-token': (next) => withCrc(next, 'gho_'),
  'github-user-to-server-token': (next) => withCrc(next, 'ghu_'),
  'github-server-to-server-token': (next) => withCrc(next, 'ghs_'),
  'github-refresh-token': (next) => withCrc(next, 'ghr_'),
  'npm-access-token': (next) => withCrc(next, 'npm_'),
  'cloudflare-user-api-token': (next) => withHexCrc(next, 'cfut_'),
  'cloudflare-account-api-token': (next) => withHexCrc(next, 'cfat_'),
  'cloudflare-scannable-global-api-key': (next) => withHexCrc(next, 'cfk_'),
  jwt: (next) => randomJwt(next, { scope: randomChars(next, 8) }),
  'supabase-service-role-key': (next) => randomJwt(next, { iss: 'supabase', role: 'service_role' }),
  'private-key': (next) =>
    armored(next, ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'][between(next, 0, 2)]!, between(next, 48, 600)),
  'openssh-private-key': (next) => armored(next, 'OPENSSH PRIVATE KEY', between(next, 48, 600)),
  // whole 64-character lines (48 bytes each) and no END line
  'truncated-private-key': (next) =>
    armored(
      next,
      ['PRIVATE KEY', 'RSA PRIVATE KEY', 'OPENSSH PRIVATE KEY'][between(next, 0, 2)]!,
      48 * between(next, 1, 12),
    )
      .split('\n')
      .slice(0, -1)
      .join('\n'),
  'pgp-private-key': (next) => armored(next, 'PGP PRIVATE KEY BLOCK', between(next, 48, 600)),
  // the generic detector's shape: 20–64 URL-safe characters with a digit somewhere
  'generic-secret': (next) => {
    const value = randomChars(next, between(next, 20, 64), B64URL);
    const at = between(next, 0, value.length - 1);
    return value.slice(0, at) + String(between(next, 0, 9)) + value.slice(at + 1);
  },
  // SAS signatures are URL-encoded base64 of a 32-byte HMAC
  'azure-sas-token': (next) =>
    Buffer.from(Array.from({ length: 32 }, () => between(next, 0, 255)))
      .toString('base64')
      .replace(/[+/=]/g, (c) => ({ '+': '%2B', '/': '%2F', '=': '%3D' })[c]!),
  // printf-style `%s` / `%d` are templates, not passwords; everything else printable but `;` and quotes
  'connection-string-password': (next) => randomChars(next, between(next, 8, 40), ALNUM + '!@#^&*()-_=+.,~[]|:'),
  'url-password': (next) => randomChars(next, between(next, 10, 40), ALNUM + '-_.~!*'),
};

/** A random key of `detector`'s shape (the secret it must report). */
export function randomKey(detector: Detector, next: Next): string {
  const special = generators[detector.id];
  if (special) return special(next);
  return shapeOf(detector.pattern.source).generate(next);
}

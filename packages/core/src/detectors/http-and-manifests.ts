import { define } from './define.js';
import { isPlaceholder } from '../placeholder.js';
import type { FileKind } from '../types.js';

// Credentials recognised by where they sit rather than by a vendor format: `curl` command lines, package
// manager configuration, Kubernetes Secret manifests and signed workflow URLs.

/** Values that stand for a secret rather than being one: variables, templates, placeholders. */
const REFERENCE = /^(?:\$|%|\{\{|<|\*+$)/;
/** A vendor-style prefix (`lmif_live_`, `sk-`, `ghp_`): the placeholder filter judges what follows it. */
const VENDOR_PREFIX = /^[A-Za-z][A-Za-z0-9]{1,11}(?:_[a-z]{2,8})?[_-]/;
const notReference = (secret: string) => !REFERENCE.test(secret) && !isPlaceholder(secret, vendorPrefix(secret));

/** The length of a vendor-style prefix, when a key-length body (16 or more characters) follows it: `Ab12_-x` is a password. */
function vendorPrefix(secret: string): number {
  const prefix = VENDOR_PREFIX.exec(secret)?.[0].length ?? 0;
  return secret.length - prefix >= 16 ? prefix : 0;
}

/**
 * Whether base64 decodes to `user:password` as a registry login holds it: a user without blanks, a password that
 * is not a placeholder (a JSON key file after `_json_key:` counts, newlines and all).
 */
function isRegistryLogin(secret: string): boolean {
  let decoded: string;
  try {
    decoded = atob(secret);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  if (colon < 1 || colon > 256) return false;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (!/^[\x21-\x7e]+$/.test(user) || password.length < 3 || !/^[\x20-\x7e\t\r\n]+$/.test(password)) return false;
  return !isPlaceholder(password) && !REFERENCE.test(password);
}

/** Whether `index` sits on a `curl` command line (continuation lines joined), looking back at most 600 characters. */
function onCurlLine(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 600), index).replace(/\\\r?\n/g, ' ');
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return /(?:^|[\s;|&(`$])curl\s/.test(line);
}

/** Whether the credential at `index` follows the `Basic` scheme. */
function afterBasic(text: string, index: number): boolean {
  return /Basic[ \t]{1,3}$/.test(text.slice(Math.max(0, index - 12), index));
}

/**
 * A Basic credential is base64 of `user:password` (RFC 7617): a value with `.`, `_` or `-`, or one that does not
 * decode to a pair, is something else written after the word (a JWT, an example).
 */
function isBasicCredential(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
  try {
    return atob(secret.padEnd(Math.ceil(secret.length / 4) * 4, '=')).includes(':');
  } catch {
    return false;
  }
}

/**
 * Each line of a `kind: Secret` manifest's `data:` / `stringData:` block. Written as a line walk: the block is
 * the indented lines after the key, so a regex would need unbounded look-behind.
 */
function* findKubernetesSecrets(
  text: string,
  _kind: FileKind,
  keywordStarts: readonly number[],
): Iterable<{ start: number; end: number; name?: string }> {
  let covered = 0;
  for (const at of keywordStarts) {
    if (at < covered) continue;
    // `kind: Secret` must open its line (after indentation or a list dash): looked at in a few characters
    // either side, so a long line full of the keyword costs no more than its length
    const before = text.slice(Math.max(0, at - 40), at);
    const newline = before.lastIndexOf('\n');
    if ((newline === -1 && at > 40) || !/^[ \t-]*$/.test(before.slice(newline + 1))) continue;
    if (!/^kind:[ \t]*["']?Secret["']?(?:[ \t]|#|\r|\n|$)/.test(text.slice(at, at + 40))) continue;
    const lineStart = at - (before.length - newline - 1);
    // The document: from its `---` (or the text's start) to the next `---`, at most 400 lines either way.
    const docStart = documentStart(text, lineStart);
    const docEnd = documentEnd(text, lineStart);
    covered = docEnd;
    let block: { indent: number; base64: boolean } | undefined;
    let offset = docStart;
    while (offset < docEnd) {
      const line = lineOf(text, offset);
      const indent = line.length - line.trimStart().length;
      const header = /^([ \t]*)(data|stringData):[ \t]*$/.exec(line);
      if (header) block = { indent: header[1]!.length, base64: header[2] === 'data' };
      else if (block && line.trim() !== '' && indent <= block.indent) block = undefined;
      else if (block) {
        const entry = /^[ \t]+([A-Za-z0-9_.-]{1,128}):[ \t]+["']?([^\s"'#]{8,4096})["']?[ \t]*$/.exec(line);
        if (entry) {
          const value = entry[2]!;
          const ok = block.base64 ? /^[A-Za-z0-9+/]{8,4096}={0,2}$/.test(value) : notReference(value);
          if (ok) {
            const start = offset + line.indexOf(value, indent + entry[1]!.length + 1);
            yield { start, end: start + value.length, name: entry[1]! };
          }
        }
      }
      offset += line.length + 1;
    }
  }
}

function lineOf(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

function documentStart(text: string, from: number): number {
  let offset = from;
  for (let lines = 0; lines < 400 && offset > 0; lines++) {
    const previous = text.lastIndexOf('\n', offset - 2) + 1;
    if (/^---/.test(lineOf(text, previous))) return offset;
    offset = previous;
  }
  return offset;
}

function documentEnd(text: string, from: number): number {
  let offset = from;
  for (let lines = 0; lines < 400 && offset < text.length; lines++) {
    const line = lineOf(text, offset);
    if (offset !== from && /^---/.test(line)) return offset;
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

export const httpAndManifests = [
  define({
    id: 'curl-basic-auth',
    provider: 'HTTP',
    title: 'Password in a `curl -u user:password` command',
    matches: '`curl … -u user:password` or `--user user:password` (the password is reported)',
    keywords: ['-u ', '--user ', '--user='],
    prefixLength: 0,
    pattern: /(?:-u|--user)(?:[ \t]{1,3}|=)["']?[^\s:"'$]{1,64}:(?<secret>[^\s"'@]{4,128})["']?(?=\s|$)/g,
    validate: (secret, { text, index }) => notReference(secret) && onCurlLine(text, index),
    envName: 'API_PASSWORD',
    remediation:
      'Change the password, then pass it from the environment (`curl -u "$API_USER:$API_PASSWORD"`) or a `.netrc` outside the repository.',
  }),
  define({
    id: 'curl-auth-header',
    provider: 'HTTP',
    title: 'Credential in a `curl -H "Authorization: …"` header',
    matches: '`curl … -H "Authorization: Bearer|Basic|Token …"` (the credential is reported)',
    keywords: ['Authorization:', 'authorization:'],
    byPlace: true,
    supersedes: ['generic-secret'],
    prefixLength: 0,
    pattern:
      /(?<![A-Za-z0-9-])(?:-H|--header)(?:[ \t]{1,3}|=)["'][Aa]uthorization:[ \t]{0,3}(?:Bearer|Basic|Token|token|Bot|Digest)[ \t]{1,3}(?<secret>[A-Za-z0-9._~+/=-]{12,2048})["']/g,
    anchor: { before: 14, after: 0, maxLength: 2100 },
    validate: (secret, { text, index }) =>
      notReference(secret) && onCurlLine(text, index) && (!afterBasic(text, index) || isBasicCredential(secret)),
    envName: 'API_TOKEN',
    remediation: 'Revoke the credential, then pass it from the environment (`-H "Authorization: Bearer $API_TOKEN"`).',
  }),
  define({
    id: 'npmrc-auth-token',
    provider: 'npm',
    title: 'Registry auth token in `.npmrc`',
    matches: '`:_authToken=` followed by a token (any registry; `npm_` tokens are reported by their own detector)',
    keywords: [':_authToken='],
    prefixLength: 0,
    pattern: /:_authToken=["']?(?<secret>[A-Za-z0-9._~+/=-]{20,2048})/g,
    validate: (secret) => !secret.startsWith('npm_') && notReference(secret),
    envName: 'NPM_TOKEN',
    remediation:
      'Revoke the token at the registry, then write `//registry/:_authToken=${NPM_TOKEN}` and provide `NPM_TOKEN` in CI secrets.',
  }),
  define({
    id: 'npmrc-auth',
    provider: 'npm',
    title: 'Base64 `user:password` in `.npmrc` (`_auth` / `_password`)',
    matches: '`_auth=` or `:_password=` followed by base64',
    keywords: ['_auth=', '_password='],
    prefixLength: 0,
    structured: true,
    pattern: /(?<![A-Za-z0-9])_(?:auth|password)=["']?(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/g,
    anchor: { before: 1, after: 0, maxLength: 1040 },
    validate: (secret, { text, index }) =>
      notReference(secret) &&
      /(?:^|\n)[^\n]{0,200}$/.test(text.slice(Math.max(0, index - 200), index)) &&
      /(?:registry|\/\/|always-auth|email)/.test(text.slice(Math.max(0, index - 400), index + 400)),
    envName: 'NPM_TOKEN',
    remediation: 'Change the password, then use a token: `//registry/:_authToken=${NPM_TOKEN}`.',
  }),
  define({
    id: 'nuget-config-password',
    provider: 'NuGet',
    title: 'Password in `nuget.config` package source credentials',
    matches: '`<add key="ClearTextPassword" value="…" />` or `key="Password"`',
    keywords: ['ClearTextPassword"', 'key="Password"'],
    prefixLength: 0,
    pattern: /(?:ClearTextPassword|key="Password)"[ \t]{1,3}value="(?<secret>[^"%$<>]{6,512})"/g,
    validate: (secret) => notReference(secret),
    envName: 'NUGET_PASSWORD',
    remediation:
      'Change the password, then reference an environment variable (`value="%NUGET_PASSWORD%"`) or use `dotnet nuget add source --store-password-in-clear-text` only on CI.',
  }),
  define({
    id: 'kubernetes-secret-value',
    provider: 'Kubernetes',
    title: 'Value in a Kubernetes Secret manifest',
    matches: 'an entry under `data:` (base64) or `stringData:` in a `kind: Secret` document',
    keywords: ['kind: Secret', 'kind: "Secret"', "kind: 'Secret'", 'kind:Secret'],
    prefixLength: 0,
    structured: true,
    pattern: /kind:[ \t]{0,8}["']?Secret/g,
    find: findKubernetesSecrets,
    envName: 'K8S_SECRET',
    remediation:
      'Rotate the values, then keep the manifest out of the repository: use Sealed Secrets, SOPS or an external secrets operator.',
  }),
  define({
    id: 'docker-config-auth',
    provider: 'Docker',
    title: 'Registry login in a Docker `config.json` (`auths`)',
    matches:
      'an `"auth": "<base64 of user:password>"` entry under `"auths"` (`~/.docker/config.json`, `DOCKER_AUTH_CONFIG`, a `.dockerconfigjson`), also JSON-escaped',
    keywords: ['auth"', 'auth\\'],
    prefixLength: 0,
    structured: true,
    pattern: /(?<=")auth\\{0,3}"[ \t]{0,3}:[ \t]{0,3}\\{0,3}"(?<secret>[A-Za-z0-9+/]{8,8192}={0,2})(?![A-Za-z0-9+/=])/g,
    validate: (secret, { text, index }) =>
      /"auths\\{0,3}"/.test(text.slice(Math.max(0, index - 600), index)) && isRegistryLogin(secret),
    envName: 'DOCKER_AUTH_CONFIG',
    remediation:
      'Change the registry password or revoke the token, then log in at run time (`docker login --password-stdin`) or use a credential helper (`credsStore`).',
  }),
  define({
    id: 'power-automate-webhook',
    provider: 'Microsoft',
    title: 'Power Automate / Logic Apps HTTP trigger URL',
    matches: '`https://….logic.azure.com/workflows/<id>/triggers/…&sig=` and a 43-character signature',
    keywords: ['.logic.azure.com'],
    prefixLength: 0,
    pattern:
      /\.logic\.azure\.com(?::443)?\/workflows\/[a-f0-9]{32}\/triggers\/[A-Za-z0-9_%./?=&-]{1,300}?[?&]sig=(?<secret>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    envName: 'FLOW_WEBHOOK_URL',
    remediation: 'Regenerate the trigger URL (it carries its own signature), then read it from the environment.',
  }),
];

import { define, prefixed } from './define.js';
import { hasBase62Crc32 } from '../util/checksum.js';

// Classic GitHub tokens are `<prefix>_` + 30 random base62 characters + a 6-character base62 CRC-32
// of those 30, so a random string of the right shape almost never passes.
const classic = (id: string, prefix: string, title: string) =>
  prefixed({
    id,
    provider: 'GitHub',
    title,
    prefix,
    body: '[A-Za-z0-9]{36}',
    shape: '30 base62 characters and a 6-character checksum',
    envName: 'GITHUB_TOKEN',
    checksum: 'CRC-32, base62',
    validate: (secret) => hasBase62Crc32(secret.slice(prefix.length)),
    remediation:
      'Revoke the token in GitHub settings, then read it from `process.env.GITHUB_TOKEN` or use the Actions `GITHUB_TOKEN`.',
  });

export const github = [
  classic('github-pat', 'ghp_', 'GitHub personal access token (classic)'),
  classic('github-oauth-token', 'gho_', 'GitHub OAuth access token'),
  classic('github-user-to-server-token', 'ghu_', 'GitHub App user-to-server token'),
  classic('github-server-to-server-token', 'ghs_', 'GitHub App installation token'),
  classic('github-refresh-token', 'ghr_', 'GitHub App refresh token'),
  define({
    id: 'github-fine-grained-pat',
    provider: 'GitHub',
    title: 'GitHub fine-grained personal access token',
    matches: '`github_pat_` followed by 22 base62 characters, `_` and 59 base62 characters',
    keywords: ['github_pat_'],
    prefixLength: 'github_pat_'.length,
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
    envName: 'GITHUB_TOKEN',
  }),
  define({
    // GitHub's tokens before 2021 were 40 hex digits with no prefix; in a clone URL they are the user part
    // and the password is GitHub's fixed `x-oauth-basic` marker, so the URL detector's password is not it
    id: 'github-legacy-token-in-url',
    provider: 'GitHub',
    title: 'GitHub token (legacy 40-hex) in a clone URL',
    matches: '40 hex digits as the user of a URL whose password is `x-oauth-basic` (or `x-oauth-token`)',
    keywords: [':x-oauth-basic@', ':x-oauth-token@'],
    prefixLength: 0,
    pattern: /(?<![A-Za-z0-9_])[a-f0-9]{40}(?=:x-oauth-(?:basic|token)@)/g,
    anchor: { before: 40, after: 0, maxLength: 40 },
    envName: 'GITHUB_TOKEN',
  }),
];

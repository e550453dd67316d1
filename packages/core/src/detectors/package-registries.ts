import { prefixed } from './define.js';
import { hasBase62Crc32 } from '../util/checksum.js';
import { base64UrlBytes, isMacaroonV2 } from '../util/macaroon.js';

export const packageRegistries = [
  prefixed({
    id: 'npm-access-token',
    provider: 'npm',
    title: 'npm access token',
    prefix: 'npm_',
    body: '[A-Za-z0-9]{36}',
    shape: '30 base62 characters and a 6-character checksum',
    checksum: 'CRC-32, base62',
    validate: (secret) => hasBase62Crc32(secret.slice(4)),
    envName: 'NPM_TOKEN',
    remediation:
      'Revoke the token on npmjs.com, then provide it as `NPM_TOKEN` in CI secrets and reference `${NPM_TOKEN}` in `.npmrc`.',
  }),
  prefixed({
    id: 'pypi-token',
    provider: 'PyPI',
    title: 'PyPI upload token',
    prefix: 'pypi-AgEIcHlwaS5vcmc',
    body: '[A-Za-z0-9_-]{50,300}',
    shape: 'a macaroon of 50–300 base64url characters',
    structured: true,
    checksum: 'macaroon v2 structure',
    validate: (secret) => {
      const bytes = base64UrlBytes(secret.slice('pypi-'.length));
      return bytes !== undefined && isMacaroonV2(bytes);
    },
    envName: 'PYPI_TOKEN',
  }),
  prefixed({
    id: 'rubygems-api-key',
    provider: 'RubyGems',
    title: 'RubyGems API key',
    prefix: 'rubygems_',
    body: '[0-9a-f]{48}',
    shape: '48 hex digits',
    envName: 'GEM_HOST_API_KEY',
  }),
  prefixed({
    id: 'nuget-api-key',
    provider: 'NuGet',
    title: 'NuGet API key',
    prefix: 'oy2',
    body: '[a-z0-9]{43}',
    shape: '43 lower-case letters and digits',
    envName: 'NUGET_API_KEY',
  }),
  prefixed({
    id: 'docker-hub-pat',
    provider: 'Docker Hub',
    title: 'Docker Hub personal access token',
    prefix: 'dckr_pat_',
    body: '[A-Za-z0-9_-]{27}',
    shape: '27 base64url characters',
    envName: 'DOCKERHUB_TOKEN',
  }),
];

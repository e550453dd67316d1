import { decodeBase64Url, define, parseJsonObject, prefixed } from './define.js';
import { isPlaceholder } from '../placeholder.js';

export const observability = [
  define({
    id: 'sentry-auth-token',
    provider: 'Sentry',
    title: 'Sentry auth token',
    matches:
      '`sntrys_` followed by a base64 JSON payload, `_` and a 43-character base64 secret, or `sntryu_` and 64 hex digits',
    keywords: ['sntrys_', 'sntryu_'],
    structured: true,
    prefixLength: 7,
    // Sentry writes both parts in standard base64 (no `-` or `_`: the `_` splits them), the secret from 32 bytes
    pattern:
      /(?<![A-Za-z0-9_])(?:sntrys_eyJ[A-Za-z0-9+/]{60,400}={0,2}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])/g,
    envName: 'SENTRY_AUTH_TOKEN',
  }),
  define({
    id: 'grafana-token',
    provider: 'Grafana',
    title: 'Grafana service account or Cloud token',
    matches: '`glsa_` + 32 characters + `_` + 8 hex digits, or `glc_` + base64 JSON (a JSON object when short)',
    keywords: ['glsa_', 'glc_eyJ'],
    structured: true,
    prefixLength: 5,
    pattern:
      /(?<![A-Za-z0-9_])(?:glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_eyJ[A-Za-z0-9+/=_-]{24,400})(?![A-Za-z0-9+/=_-])/g,
    // only `glc_` carries base64 JSON; a `glsa_` token is random text and gets the full placeholder check.
    // A short `glc_` body (an org, a name and a key) must decode to a JSON object; a long one may be cut.
    validate: (secret) =>
      secret.startsWith('glsa_')
        ? !isPlaceholder(secret, 5)
        : secret.length >= 67 || parseJsonObject(decodeBase64Url(secret.slice(4))) !== undefined,
    envName: 'GRAFANA_TOKEN',
  }),
  prefixed({
    id: 'new-relic-user-key',
    provider: 'New Relic',
    title: 'New Relic user API key',
    prefix: 'NRAK-',
    body: '[A-Z0-9]{27}',
    shape: '27 upper-case letters and digits',
    envName: 'NEW_RELIC_API_KEY',
  }),
  prefixed({
    id: 'dynatrace-token',
    provider: 'Dynatrace',
    title: 'Dynatrace API token',
    prefix: 'dt0c01.',
    body: '[A-Z0-9]{24}\\.[A-Z0-9]{64}',
    shape: '24 characters, `.` and 64 characters',
    envName: 'DT_API_TOKEN',
  }),
];

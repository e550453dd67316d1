import type { Verifier } from './types.js';
import { basic, byStatus, region } from './define.js';

// EU accounts live on their own host; a key is sent there when the file names it.
const EU = /api\.eu\.mailgun\.net/i;

/** Mailgun: list one domain of the account. */
export const mailgun: Verifier = {
  id: 'mailgun',
  provider: 'Mailgun',
  detectorIds: ['mailgun-api-key'],
  base: (key) => (key.companions['region'] === 'eu' ? 'https://api.eu.mailgun.net' : 'https://api.mailgun.net'),
  hosts: ['api.mailgun.net', 'api.eu.mailgun.net'],
  endpoint: 'GET /v4/domains?limit=1',
  sideEffects: 'Lists at most one of the account’s domains; sends no mail and changes no domain.',
  sources: [
    'https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/domains (GET /v4/domains, basicAuth; US and EU servers)',
    'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication (HTTP Basic, user "api", the API key as password)',
  ],
  attribute: (_secret, { text }) => region(EU.test(text)),
  request: (key) => ({ method: 'GET', path: '/v4/domains?limit=1', headers: basic('api', key.secret) }),
  interpret: byStatus({ live: [200], invalid: { 401: 'unauthorized' } }),
};

import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { bearer, fallback, region } from './define.js';

// EU regional subusers have their own host; a key is sent there when the file names it.
const EU = /api\.eu\.sendgrid\.com/i;

/** SendGrid: the scopes of the key itself. */
export const sendgrid: Verifier = {
  id: 'sendgrid',
  provider: 'SendGrid',
  detectorIds: ['sendgrid-api-key'],
  base: (key) => (key.companions['region'] === 'eu' ? 'https://api.eu.sendgrid.com' : 'https://api.sendgrid.com'),
  hosts: ['api.sendgrid.com', 'api.eu.sendgrid.com'],
  endpoint: 'GET /v3/scopes',
  sideEffects: 'Lists the permissions of the key used; sends no mail and changes nothing.',
  sources: [
    'https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access (GET /v3/scopes; global and EU hosts)',
    'https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/errors (401; 403 "Too many bad requests. Temporary block")',
  ],
  attribute: (_secret, { text }) => region(EU.test(text)),
  request: (key) => ({ method: 'GET', path: '/v3/scopes', headers: bearer(key.secret) }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200) return { status: 'live', detail: 'HTTP 200' };
  if (response.status === 401) return { status: 'invalid', reason: 'unauthorized', detail: 'HTTP 401' };
  // SendGrid answers 403 when it blocks a client for too many bad requests: no verdict
  if (response.status === 403) return { status: 'unknown', reason: 'rate-limited', detail: 'HTTP 403 temporary block' };
  return fallback(response);
}

import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { bearer, detail, fallback, field, json, known } from './define.js';

/** Resend: list the domains, a read that tells a full-access key, a sending-only key and a bad key apart. */
export const resend: Verifier = {
  id: 'resend',
  provider: 'Resend',
  detectorIds: ['resend-api-key'],
  base: 'https://api.resend.com',
  endpoint: 'GET /domains',
  sideEffects: 'Lists the account’s sending domains; sends no email.',
  sources: [
    'https://resend.com/docs/api-reference/domains/list-domains (GET /domains, Bearer)',
    'https://resend.com/docs/api-reference/errors (401 restricted_api_key: a sending-only key; 403 invalid_api_key; validation_error "API key is invalid")',
  ],
  request: (key) => ({ method: 'GET', path: '/domains', headers: bearer(key.secret) }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200) return { status: 'live', detail: 'HTTP 200' };
  const body = json(response);
  const name = known(field(body, ['name']), [
    'restricted_api_key',
    'invalid_api_key',
    'validation_error',
    'missing_api_key',
  ]);
  // a key restricted to sending: Resend accepted it
  if (name === 'restricted_api_key') return { status: 'live', detail: `${detail(response, name)}: a sending-only key` };
  if (name === 'invalid_api_key') return { status: 'invalid', reason: 'unauthorized', detail: detail(response, name) };
  if (name === 'validation_error' && /api key is invalid/i.test(field(body, ['message']) ?? ''))
    return { status: 'invalid', reason: 'unauthorized', detail: detail(response, name) };
  return fallback(response);
}

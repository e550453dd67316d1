import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { bearer, detail, fallback, field, json, notSent, SEND } from './define.js';

// `sk_live_…` and `sk_test_…` are also Laminr's formats: a secret key goes to Stripe only from a file that does
// not name Laminr. Restricted keys (`rk_`) are Stripe's alone.
const NAMES_LAMINR = /laminr/i;

/** Stripe: retrieve the balance, a read every secret key may make. */
export const stripe: Verifier = {
  id: 'stripe',
  provider: 'Stripe',
  // the webhook signing secret signs payloads and is never sent to the API: not verified
  detectorIds: [
    'stripe-live-secret-key',
    'stripe-test-secret-key',
    'stripe-live-restricted-key',
    'stripe-test-restricted-key',
  ],
  base: 'https://api.stripe.com',
  endpoint: 'GET /v1/balance',
  sideEffects: 'Reads the account balance; moves no money and creates no object (test keys read test-mode data).',
  sources: [
    'https://docs.stripe.com/api/authentication (Bearer auth; sk_live_, sk_test_, restricted keys)',
    'https://docs.stripe.com/api/balance/balance_retrieve (GET /v1/balance)',
    'https://docs.stripe.com/error-codes (api_key_expired); https://docs.stripe.com/changelog/2016-10-19/insufficient-permissions-throw-403-error (403 for a key without the permission)',
  ],
  attribute: (secret, { text }) =>
    secret.startsWith('sk_') && NAMES_LAMINR.test(text)
      ? notSent('sk_ keys are also Laminr keys; this file names Laminr')
      : SEND,
  request: (key) => ({ method: 'GET', path: '/v1/balance', headers: bearer(key.secret) }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200) return { status: 'live', detail: 'HTTP 200' };
  if (response.status === 401) {
    const expired = field(json(response), ['error', 'code']) === 'api_key_expired';
    return expired
      ? { status: 'invalid', reason: 'expired', detail: detail(response, 'api_key_expired') }
      : { status: 'invalid', reason: 'unauthorized', detail: 'HTTP 401' };
  }
  // a restricted key without the balance permission: Stripe recognised it
  if (response.status === 403)
    return { status: 'live', detail: 'HTTP 403: the key authenticates but may not read the balance' };
  return fallback(response);
}

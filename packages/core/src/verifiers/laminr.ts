import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { detail, fallback, field, json, known, notSent, SEND } from './define.js';

// Laminr keys look like Stripe's (`sk_live_…`). The detector tells them apart by an `x-api-key` header or a
// Laminr name next to the key; to send a key to Laminr the file itself must name Laminr, so a Stripe key in an
// `x-api-key` header of some other API never goes there.
const NAMES_LAMINR = /laminr/i;

/** Laminr: list files, the read-only request its Authentication page shows. */
export const laminr: Verifier = {
  id: 'laminr',
  provider: 'Laminr',
  detectorIds: ['laminr-live-key', 'laminr-test-key'],
  base: 'https://api.laminr.ai',
  endpoint: 'GET /v1/files',
  sideEffects: 'Lists the files the service account can see; a read, it creates and changes nothing.',
  sources: [
    'Laminr Authentication page (shared/seeds/laminr-authentication.txt): host, x-api-key header, 401 unauthorized, 403 forbidden',
  ],
  attribute: (_secret, { text }) =>
    NAMES_LAMINR.test(text) ? SEND : notSent('sk_ keys are also Stripe keys; this file does not name Laminr'),
  request: (key) => ({ method: 'GET', path: '/v1/files', headers: { 'x-api-key': key.secret } }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  const code = known(field(json(response), ['error', 'code']), ['unauthorized', 'forbidden']);
  if (response.status === 200) return { status: 'live', detail: 'HTTP 200' };
  // "Invalid or missing API key", "Revoked or deleted API key"
  if (response.status === 401) return { status: 'invalid', reason: 'unauthorized', detail: detail(response, code) };
  // a test key on a production endpoint, or a key without this permission: Laminr recognised the key
  if (response.status === 403)
    return { status: 'live', detail: `${detail(response, code)}: the key authenticates but may not list files` };
  return fallback(response);
}

import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Replicate: the account the token belongs to. */
export const replicate: Verifier = simple({
  id: 'replicate',
  provider: 'Replicate',
  detectorIds: ['replicate-api-token'],
  base: 'https://api.replicate.com',
  endpoint: 'GET /v1/account',
  headers: bearer,
  sideEffects: 'Returns the account’s username and type; runs no prediction, so nothing is billed.',
  sources: ['https://replicate.com/docs/reference/http#account.get (GET /v1/account, Bearer token)'],
});

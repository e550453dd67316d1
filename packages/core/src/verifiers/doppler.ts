import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Doppler: information about the token itself. */
export const doppler: Verifier = simple({
  id: 'doppler',
  provider: 'Doppler',
  detectorIds: ['doppler-token'],
  base: 'https://api.doppler.com',
  endpoint: 'GET /v3/me',
  headers: bearer,
  sideEffects: 'Returns the token’s type, name and workplace; reads no secret.',
  sources: ['https://docs.doppler.com/reference/auth-me (GET /v3/me, Bearer)'],
});

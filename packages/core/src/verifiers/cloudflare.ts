import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Cloudflare: the token's own status (active, disabled, expired), through the endpoint made for checking a token. */
export const cloudflare: Verifier = simple({
  id: 'cloudflare',
  provider: 'Cloudflare',
  detectorIds: ['cloudflare-api-token'],
  base: 'https://api.cloudflare.com/client/v4',
  endpoint: 'GET /user/tokens/verify',
  headers: bearer,
  sideEffects: 'Returns the token’s id and status only; reads no zone, account or DNS data and changes nothing.',
  sources: [
    'https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/ (GET /user/tokens/verify, Bearer token)',
  ],
});

import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Netlify: the user the access token belongs to. */
export const netlify: Verifier = simple({
  id: 'netlify',
  provider: 'Netlify',
  detectorIds: ['netlify-pat', 'netlify-token'],
  base: 'https://api.netlify.com/api/v1',
  endpoint: 'GET /user',
  headers: bearer,
  sideEffects: 'Returns the token’s user profile; lists no site, starts no deploy and changes nothing.',
  sources: ['https://open-api.netlify.com/ (getCurrentUser: GET /api/v1/user, Bearer OAuth2 or personal access token)'],
});

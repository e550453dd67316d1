import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Typeform: retrieve your own account. */
export const typeform: Verifier = simple({
  id: 'typeform',
  provider: 'Typeform',
  detectorIds: ['typeform-token'],
  base: 'https://api.typeform.com',
  endpoint: 'GET /me',
  headers: bearer,
  sideEffects: 'Returns the token’s account (alias, email, language); reads no response.',
  sources: [
    'https://www.typeform.com/developers/get-started/personal-access-token/ (Bearer personal token; GET /me "Retrieve your own account")',
  ],
});

import type { Verifier } from './types.js';
import { simple } from './define.js';

/** Postman: the authenticated user's information. */
export const postman: Verifier = simple({
  id: 'postman',
  provider: 'Postman',
  detectorIds: ['postman-api-key'],
  base: 'https://api.getpostman.com',
  endpoint: 'GET /me',
  headers: (secret) => ({ 'x-api-key': secret }),
  sideEffects: 'Returns the key’s user and API usage; changes no collection.',
  sources: ['https://learning.postman.com/docs/developer/postman-api/authentication/ (X-Api-Key header; GET /me)'],
});

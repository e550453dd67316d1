import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Contentful Content Management API: the user the personal access token belongs to. */
export const contentful: Verifier = simple({
  id: 'contentful',
  provider: 'Contentful',
  detectorIds: ['contentful-pat'],
  base: 'https://api.contentful.com',
  endpoint: 'GET /users/me',
  headers: bearer,
  sideEffects: 'Returns the authenticated user; changes no entry or space.',
  sources: [
    'https://www.contentful.com/developers/docs/references/content-management-api/#/reference/users/user/get-the-authenticated-user (GET /users/me; 401 AccessTokenInvalid)',
  ],
});

import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Buildkite: the access token's own details (UUID, scopes). */
export const buildkite: Verifier = simple({
  id: 'buildkite',
  provider: 'Buildkite',
  detectorIds: ['buildkite-token'],
  base: 'https://api.buildkite.com',
  endpoint: 'GET /v2/access-token',
  headers: bearer,
  sideEffects: 'Returns the token’s UUID and scopes; creates no build.',
  sources: ['https://buildkite.com/docs/apis/rest-api/access-token (GET /v2/access-token)'],
});

import type { Verifier } from './types.js';
import { simple } from './define.js';

/** Pulumi Cloud: the user the access token belongs to. */
export const pulumi: Verifier = simple({
  id: 'pulumi',
  provider: 'Pulumi',
  detectorIds: ['pulumi-access-token'],
  base: 'https://api.pulumi.com',
  endpoint: 'GET /api/user',
  headers: (secret) => ({ authorization: `token ${secret}`, accept: 'application/vnd.pulumi+8' }),
  sideEffects: 'Returns the token’s user; reads no stack state and runs no update.',
  sources: [
    'https://www.pulumi.com/docs/reference/cloud-rest-api/ (Authorization: token <access token>; GET /api/user)',
  ],
});

import type { Verifier } from './types.js';
import { simple } from './define.js';

/** CircleCI: the user a personal API token belongs to. */
export const circleci: Verifier = simple({
  id: 'circleci',
  provider: 'CircleCI',
  detectorIds: ['circleci-token'],
  base: 'https://circleci.com/api/v2',
  endpoint: 'GET /me',
  headers: (secret) => ({ 'circle-token': secret }),
  sideEffects: 'Returns the token’s user; triggers no pipeline.',
  sources: ['https://circleci.com/docs/api/v2/index.html#operation/getCurrentUser (GET /me, Circle-Token header)'],
});

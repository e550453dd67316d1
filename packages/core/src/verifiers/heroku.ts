import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Heroku Platform API: info for the account the key belongs to. */
export const heroku: Verifier = simple({
  id: 'heroku',
  provider: 'Heroku',
  detectorIds: ['heroku-api-key'],
  base: 'https://api.heroku.com',
  endpoint: 'GET /account',
  headers: (secret) => ({ ...bearer(secret), accept: 'application/vnd.heroku+json; version=3' }),
  sideEffects: 'Reads the account (email, name); changes no app, dyno or add-on.',
  sources: [
    'https://devcenter.heroku.com/articles/platform-api-reference#account-info (GET /account, Accept: application/vnd.heroku+json; version=3)',
  ],
});

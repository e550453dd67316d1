import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Notion: the bot user of the integration token. */
export const notion: Verifier = simple({
  id: 'notion',
  provider: 'Notion',
  detectorIds: ['notion-token'],
  base: 'https://api.notion.com',
  endpoint: 'GET /v1/users/me',
  headers: (secret) => ({ ...bearer(secret), 'notion-version': '2022-06-28' }),
  sideEffects: 'Returns the integration’s bot user; reads no page and changes nothing.',
  sources: [
    'https://developers.notion.com/reference/get-self (GET /v1/users/me, "Retrieve your token\'s bot user")',
    'https://developers.notion.com/reference/status-codes (401 unauthorized)',
  ],
});

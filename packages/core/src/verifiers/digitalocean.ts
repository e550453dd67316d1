import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** DigitalOcean: the account the token belongs to. */
export const digitalocean: Verifier = simple({
  id: 'digitalocean',
  provider: 'DigitalOcean',
  detectorIds: ['digitalocean-token'],
  base: 'https://api.digitalocean.com',
  endpoint: 'GET /v2/account',
  headers: bearer,
  sideEffects: 'Reads the account’s limits and status; creates no droplet and changes nothing.',
  sources: [
    'https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account (GET /v2/account, Bearer; 401 unauthorized)',
  ],
});

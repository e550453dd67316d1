import type { Verifier } from './types.js';
import { basic, byStatus } from './define.js';

/** Mailchimp Marketing: ping, on the data centre the key names (`…-us6` → us6.api.mailchimp.com). */
export const mailchimp: Verifier = {
  id: 'mailchimp',
  provider: 'Mailchimp',
  detectorIds: ['mailchimp-api-key'],
  base: (key) => `https://${/-(us\d{1,2})$/.exec(key.secret)?.[1] ?? 'invalid'}.api.mailchimp.com`,
  hosts: ['*.api.mailchimp.com'],
  endpoint: 'GET /3.0/ping',
  sideEffects: 'A health check that returns "Everything\'s Chimpy!"; sends no campaign and changes no list.',
  sources: [
    'https://mailchimp.com/developer/marketing/api/ping/ (GET /3.0/ping)',
    'https://mailchimp.com/developer/marketing/docs/fundamentals/ (the key’s -usX suffix names the data centre; HTTP Basic with the key as password)',
  ],
  request: (key) => ({ method: 'GET', path: '/3.0/ping', headers: basic('keyward', key.secret) }),
  interpret: byStatus({ live: [200], invalid: { 401: 'unauthorized' } }),
};

import type { Verifier } from './types.js';
import { bearer, byStatus } from './define.js';

/** Lumenfall: its OpenAI-compatible model list, the read-only call its Authentication page shows. */
export const lumenfall: Verifier = {
  id: 'lumenfall',
  provider: 'Lumenfall',
  detectorIds: ['lumenfall-api-key'],
  base: 'https://api.lumenfall.ai',
  endpoint: 'GET /openai/v1/models',
  sideEffects: 'Lists the models the key may use; generates nothing, so no usage is billed.',
  sources: [
    'Lumenfall Authentication page (shared/seeds/lumenfall-authentication.md): host, Bearer header, example request',
  ],
  request: (key) => ({ method: 'GET', path: '/openai/v1/models', headers: bearer(key.secret) }),
  interpret: byStatus({ live: [200], invalid: { 401: 'unauthorized' } }),
};

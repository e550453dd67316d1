import type { Verifier } from './types.js';
import { bearer, byStatus } from './define.js';

/** Lensmor: the credit balance, one of the read-only endpoints its docs say consume no credits. */
export const lensmor: Verifier = {
  id: 'lensmor',
  provider: 'Lensmor',
  detectorIds: ['lensmor-api-key'],
  base: 'https://platform.lensmor.com',
  endpoint: 'GET /external/credits/balance',
  sideEffects:
    'Reads the account credit balance. Lensmor lists `credits/balance` among the read-only endpoints that "do not consume credits".',
  sources: [
    'Lensmor Authentication page (shared/seeds/lensmor-authentication.txt): base URL, Bearer header, 401, free read-only endpoints',
  ],
  request: (key) => ({ method: 'GET', path: '/external/credits/balance', headers: bearer(key.secret) }),
  // 401 for a key that is "missing, malformed, revoked, or otherwise invalid": the page does not tell them apart
  interpret: byStatus({ live: [200], invalid: { 401: 'unauthorized' } }),
};

import { prefixed } from './define.js';

// LMIF: `Authorization: Bearer lmif_<env>_…`; sandbox and production keys are tagged by prefix,
// and the API answers WRONG_ENVIRONMENT when one is used in the other's place.
const body = '[A-Za-z0-9]{16,128}';
const shape = '16–128 letters and digits';

export const lmif = [
  prefixed({
    id: 'lmif-live-key',
    provider: 'LMIF',
    title: 'LMIF production API key',
    prefix: 'lmif_live_',
    body,
    shape,
    envName: 'LMIF_API_KEY',
    environment: 'live',
  }),
  prefixed({
    id: 'lmif-test-key',
    provider: 'LMIF',
    title: 'LMIF sandbox API key',
    prefix: 'lmif_test_',
    body,
    shape,
    envName: 'LMIF_API_KEY',
    environment: 'test',
  }),
];

import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Hugging Face: whoami-v2, the Hub's "who does this token belong to". */
export const huggingface: Verifier = simple({
  id: 'huggingface',
  provider: 'Hugging Face',
  detectorIds: ['huggingface-token', 'huggingface-org-token'],
  base: 'https://huggingface.co',
  endpoint: 'GET /api/whoami-v2',
  headers: bearer,
  sideEffects: 'Returns the user or organization and the token’s role; runs no inference and changes no repository.',
  sources: [
    'https://huggingface.co/docs/huggingface.js/hub/README (whoAmI → GET /api/whoami-v2 with the access token)',
    'https://huggingface.co/docs/hub/security-tokens (user access tokens, Bearer)',
  ],
});

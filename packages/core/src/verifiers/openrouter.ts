import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** OpenRouter: the current API key's own details (label, usage, limit). */
export const openrouter: Verifier = simple({
  id: 'openrouter',
  provider: 'OpenRouter',
  detectorIds: ['openrouter-api-key'],
  base: 'https://openrouter.ai',
  endpoint: 'GET /api/v1/key',
  headers: bearer,
  sideEffects: 'Reads the key’s own usage and limit; generates nothing, so no credits are spent.',
  sources: ['https://openrouter.ai/docs/api/api-reference/api-keys/get-current-api-key (GET /api/v1/key, Bearer)'],
});

import type { Verifier } from './types.js';
import { bearer, simple } from './define.js';

/** Groq: list the models, on its OpenAI-compatible API. */
export const groq: Verifier = simple({
  id: 'groq',
  provider: 'Groq',
  detectorIds: ['groq-api-key'],
  base: 'https://api.groq.com',
  endpoint: 'GET /openai/v1/models',
  headers: bearer,
  sideEffects: 'Lists models; generates nothing, so no tokens are billed.',
  sources: [
    'https://console.groq.com/docs/api-reference#models-list (GET https://api.groq.com/openai/v1/models, Bearer)',
  ],
});

import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { bearer, detail, fallback, field, json } from './define.js';

/** OpenAI: list the models the key may use. */
export const openai: Verifier = {
  id: 'openai',
  provider: 'OpenAI',
  detectorIds: ['openai-api-key', 'openai-project-key'],
  base: 'https://api.openai.com',
  endpoint: 'GET /v1/models',
  sideEffects: 'Lists models; generates nothing, so no tokens are billed.',
  sources: [
    'https://platform.openai.com/docs/api-reference/models/list (GET /v1/models, Bearer)',
    'https://platform.openai.com/docs/guides/error-codes (401 invalid authentication, 429 rate limit or insufficient_quota)',
  ],
  request: (key) => ({ method: 'GET', path: '/v1/models', headers: bearer(key.secret) }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200) return { status: 'live', detail: 'HTTP 200' };
  const code = field(json(response), ['error', 'code']);
  if (response.status === 401)
    return {
      status: 'invalid',
      reason: 'unauthorized',
      detail: detail(response, code === 'invalid_api_key' ? code : undefined),
    };
  // a restricted key without the models scope is still a key OpenAI accepts
  if (response.status === 403 && /insufficient permissions/i.test(field(json(response), ['error', 'message']) ?? ''))
    return { status: 'live', detail: 'HTTP 403: the key authenticates but may not list models' };
  // out of credit: the key works, the account is empty
  if (response.status === 429 && code === 'insufficient_quota')
    return { status: 'live', detail: detail(response, 'insufficient_quota') };
  return fallback(response);
}

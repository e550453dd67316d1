import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { bearer, fallback, field, json } from './define.js';

/** xAI: information about the API key itself, including whether it is blocked or disabled. */
export const xai: Verifier = {
  id: 'xai',
  provider: 'xAI',
  detectorIds: ['xai-api-key'],
  base: 'https://api.x.ai',
  endpoint: 'GET /v1/api-key',
  sideEffects: 'Reads the key’s own metadata (name, status, permissions); generates nothing.',
  sources: [
    'https://docs.x.ai/docs/api-reference#api-key (GET /v1/api-key: api_key_blocked, api_key_disabled, team_blocked; 400 for an invalid key)',
  ],
  request: (key) => ({ method: 'GET', path: '/v1/api-key', headers: bearer(key.secret) }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200) {
    const body = json(response);
    for (const flag of ['api_key_blocked', 'api_key_disabled', 'team_blocked'])
      if (field(body, [flag]) === 'true') return { status: 'invalid', reason: 'revoked', detail: `HTTP 200 ${flag}` };
    return { status: 'live', detail: 'HTTP 200' };
  }
  if (response.status === 400 || response.status === 401)
    return { status: 'invalid', reason: 'unauthorized', detail: `HTTP ${response.status}` };
  return fallback(response);
}

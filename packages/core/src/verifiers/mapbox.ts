import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { detail, fallback, field, json, known } from './define.js';

const CODES = ['TokenValid', 'TokenExpired', 'TokenRevoked', 'TokenInvalid', 'TokenMalformed'] as const;

/** Mapbox: retrieve a token's own status, which Mapbox answers with TokenValid, TokenExpired, TokenRevoked… */
export const mapbox: Verifier = {
  id: 'mapbox',
  provider: 'Mapbox',
  detectorIds: ['mapbox-secret-token'],
  base: 'https://api.mapbox.com',
  endpoint: 'GET /tokens/v2?access_token=<token>',
  sideEffects: 'Reads the token’s status and scopes; requests no map tile, so nothing counts toward billed usage.',
  sources: [
    'https://docs.mapbox.com/api/accounts/tokens/#retrieve-a-token (GET /tokens/v2?access_token=; code TokenValid, TokenExpired, TokenRevoked, TokenInvalid, TokenMalformed)',
  ],
  request: (key) => ({ method: 'GET', path: `/tokens/v2?access_token=${encodeURIComponent(key.secret)}`, headers: {} }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  const code = known(field(json(response), ['code']), CODES);
  if (code === 'TokenValid') return { status: 'live', detail: detail(response, code) };
  if (code === 'TokenExpired') return { status: 'invalid', reason: 'expired', detail: detail(response, code) };
  if (code === 'TokenRevoked') return { status: 'invalid', reason: 'revoked', detail: detail(response, code) };
  if (code || response.status === 401)
    return { status: 'invalid', reason: 'unauthorized', detail: detail(response, code) };
  return fallback(response);
}

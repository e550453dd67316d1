import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { bearer, fallback } from './define.js';

/** GitHub: the token's own rate-limit status, which GitHub says costs none of the token's rate limit. */
export const github: Verifier = {
  id: 'github',
  provider: 'GitHub',
  // refresh tokens (ghr_) are exchanged, not sent to the API: not verified
  detectorIds: [
    'github-pat',
    'github-fine-grained-pat',
    'github-oauth-token',
    'github-user-to-server-token',
    'github-server-to-server-token',
  ],
  base: 'https://api.github.com',
  endpoint: 'GET /rate_limit',
  sideEffects:
    'Reads the token’s rate-limit status; GitHub documents that this call does not count against the REST API rate limit, and it reads nothing of the account.',
  sources: [
    'https://docs.github.com/en/rest/rate-limit/rate-limit (GET /rate_limit, "does not count against your REST API rate limit")',
    'https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api (Bearer token, 401 Bad credentials)',
  ],
  request: (key) => ({
    method: 'GET',
    path: '/rate_limit',
    headers: { ...bearer(key.secret), accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
  }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200) return { status: 'live', detail: 'HTTP 200' };
  // "Bad credentials": unknown, revoked or expired tokens alike
  if (response.status === 401) return { status: 'invalid', reason: 'unauthorized', detail: 'HTTP 401' };
  // secondary rate limits answer 403 with no requests left
  if (response.status === 403 && response.headers['x-ratelimit-remaining'] === '0')
    return { status: 'unknown', reason: 'rate-limited', detail: 'HTTP 403 rate limit' };
  return fallback(response);
}

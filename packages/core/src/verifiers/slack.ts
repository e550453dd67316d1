import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { bearer, detail, fallback, field, json, known } from './define.js';

const REASONS = {
  invalid_auth: 'unauthorized',
  not_authed: 'unauthorized',
  account_inactive: 'revoked',
  token_revoked: 'revoked',
  token_expired: 'expired',
} as const;

/** Slack: auth.test, the Web API method that "checks authentication and tells you who you are". */
export const slack: Verifier = {
  id: 'slack',
  provider: 'Slack',
  // incoming webhooks can only be checked by posting to them: not verified
  detectorIds: ['slack-bot-token', 'slack-user-token', 'slack-app-token'],
  base: 'https://slack.com/api',
  endpoint: 'POST /auth.test',
  sideEffects: 'Returns the token’s team and user; needs no scope and posts, reads or changes nothing.',
  sources: [
    'https://docs.slack.dev/reference/methods/auth.test (POST, no scopes required, token in the Authorization header)',
    'https://docs.slack.dev/reference/methods/auth.test#errors (invalid_auth, not_authed, account_inactive, token_revoked, token_expired)',
  ],
  request: (key) => ({
    method: 'POST',
    path: '/auth.test',
    headers: { ...bearer(key.secret), 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  if (response.status !== 200) return fallback(response);
  const body = json(response);
  if (field(body, ['ok']) === 'true') return { status: 'live', detail: 'ok' };
  const code = known(field(body, ['error']), Object.keys(REASONS) as (keyof typeof REASONS)[]);
  if (code) return { status: 'invalid', reason: REASONS[code], detail: detail(response, code) };
  if (field(body, ['error']) === 'ratelimited')
    return { status: 'unknown', reason: 'rate-limited', detail: 'ratelimited' };
  return { status: 'unknown', reason: 'unexpected-response', detail: 'HTTP 200 ok:false' };
}

import { verifiers, verifyUrlVariable, type InvalidReason } from '@keyward/core';
import type { MockReply, Recorded } from './mock-vendor.js';
import { generator, HEX, UPPER } from '../../../core/test/helpers/random.js';

// One case per verifier: which detector's sample key to use, what makes its attribution certain, what the
// request must carry, and how the vendor answers a live key and each documented rejection.

export interface VerifierCase {
  readonly verifier: string;
  readonly detector: string;
  /** Text placed before the sample so the key is attributed (a vendor name, a companion value). */
  readonly context?: string;
  readonly method: 'GET' | 'POST';
  /** Path below the verifier's base, query included. */
  readonly path: string | RegExp;
  /** The request carries the key the way the vendor documents. */
  readonly carries: (request: Recorded, secret: string) => boolean;
  readonly live: MockReply;
  /** Other answers that mean the key authenticates (a restricted key's 403). */
  readonly alsoLive?: readonly MockReply[];
  readonly invalid: Partial<Record<InvalidReason, MockReply>>;
}

/** The path prefix a provider's override points at on the mock (`/hugging_face`): one per provider, as the variable. */
export function prefixOf(verifierId: string): string {
  const provider = verifiers.find((v) => v.id === verifierId)!.provider;
  return `/${verifyUrlVariable(provider).slice('KEYWARD_VERIFY_URL_'.length).toLowerCase()}`;
}

/** Every provider's override variable, pointed at `origin` + the provider's prefix. */
export function overridesTo(origin: string): Record<string, string> {
  return Object.fromEntries(verifiers.map((v) => [verifyUrlVariable(v.provider), `${origin}${prefixOf(v.id)}`]));
}

/** The case whose provider a mock request's path belongs to (the first, when a provider has several). */
export function caseOfRequest(url: string): VerifierCase | undefined {
  return cases.find((c) => url.startsWith(`${prefixOf(c.verifier)}/`));
}

/** The first case of the provider whose override variable this is. */
export function caseOfVariable(variable: string): VerifierCase | undefined {
  return cases.find((c) => verifyUrlVariable(verifiers.find((v) => v.id === c.verifier)!.provider) === variable);
}

/** Every provider's override variable. */
export const VARIABLES = [...new Set(verifiers.map((v) => verifyUrlVariable(v.provider)))];

const json = (status: number, body: unknown): MockReply => ({ status, body: JSON.stringify(body) });
const xml = (status: number, code: string): MockReply => ({
  status,
  headers: { 'content-type': 'text/xml' },
  body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>…</Message></Error></ErrorResponse>`,
});
const bearer = (request: Recorded, secret: string) => request.headers['authorization'] === `Bearer ${secret}`;
const header =
  (name: string, prefix = '') =>
  (request: Recorded, secret: string) =>
    request.headers[name] === `${prefix}${secret}`;
const basicPassword = (request: Recorded, secret: string) =>
  atob((request.headers['authorization'] ?? '').replace(/^Basic /, '')).endsWith(`:${secret}`);
const unauthorized: Partial<Record<InvalidReason, MockReply>> = {
  unauthorized: json(401, { message: 'Unauthorized' }),
};

// companions and vendor names that attribute a key, assembled at test time
const g = generator(97);
export const AWS_KEY_ID = `AKIA${g.chars(16, UPPER + '234567')}`;
export const TWILIO_SID = `AC${g.chars(32, HEX)}`;
export const SHOP = 'keyward-demo';

export const cases: readonly VerifierCase[] = [
  {
    verifier: 'lensmor',
    detector: 'lensmor-api-key',
    method: 'GET',
    path: '/external/credits/balance',
    carries: bearer,
    live: json(200, { balance: 120 }),
    invalid: { unauthorized: json(401, { error: { code: 'UNAUTHORIZED', message: 'Invalid API key' } }) },
  },
  {
    verifier: 'laminr',
    detector: 'laminr-live-key',
    method: 'GET',
    path: '/v1/files',
    carries: (request, secret) => request.headers['x-api-key'] === secret,
    live: json(200, { data: [] }),
    alsoLive: [json(403, { error: { code: 'forbidden', message: 'Insufficient permissions for this resource' } })],
    invalid: { unauthorized: json(401, { error: { code: 'unauthorized', message: 'Invalid or missing API key' } }) },
  },
  {
    verifier: 'lumenfall',
    detector: 'lumenfall-api-key',
    method: 'GET',
    path: '/openai/v1/models',
    carries: bearer,
    live: json(200, { object: 'list', data: [] }),
    invalid: { unauthorized: json(401, { error: { message: 'Invalid API key' } }) },
  },
  {
    verifier: 'aws',
    detector: 'aws-secret-access-key',
    context: `aws_access_key_id = ${AWS_KEY_ID}\n`,
    method: 'POST',
    path: '/',
    // the secret never leaves: a SigV4 signature with the key id in its credential scope
    carries: (request, secret) =>
      request.body === 'Action=GetCallerIdentity&Version=2011-06-15' &&
      new RegExp(
        `^AWS4-HMAC-SHA256 Credential=${AWS_KEY_ID}/\\d{8}/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$`,
      ).test(request.headers['authorization'] ?? '') &&
      !JSON.stringify(request).includes(secret),
    live: {
      status: 200,
      headers: { 'content-type': 'text/xml' },
      body: '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>',
    },
    invalid: { unauthorized: xml(403, 'InvalidClientTokenId'), expired: xml(403, 'ExpiredToken') },
  },
  {
    verifier: 'github',
    detector: 'github-pat',
    method: 'GET',
    path: '/rate_limit',
    carries: bearer,
    live: json(200, { resources: { core: { limit: 5000 } } }),
    invalid: { unauthorized: json(401, { message: 'Bad credentials' }) },
  },
  {
    verifier: 'gitlab',
    detector: 'gitlab-pat',
    method: 'GET',
    path: '/personal_access_tokens/self',
    carries: header('private-token'),
    live: json(200, { id: 1, name: 'ci', revoked: false, active: true, scopes: ['read_api'] }),
    invalid: {
      unauthorized: json(401, { message: '401 Unauthorized' }),
      revoked: json(401, {
        error: 'invalid_token',
        error_description: 'Token was revoked. You have to re-authorize from the user.',
      }),
      expired: json(401, {
        error: 'invalid_token',
        error_description: 'Token is expired. You can either do re-authorization or token refresh.',
      }),
    },
  },
  {
    verifier: 'npm',
    detector: 'npm-access-token',
    method: 'GET',
    path: '/-/whoami',
    carries: bearer,
    live: json(200, { username: 'ci' }),
    invalid: unauthorized,
  },
  {
    verifier: 'stripe',
    detector: 'stripe-live-secret-key',
    method: 'GET',
    path: '/v1/balance',
    carries: bearer,
    live: json(200, { object: 'balance', available: [] }),
    alsoLive: [
      json(403, {
        error: { type: 'invalid_request_error', message: 'The provided key does not have the required permissions' },
      }),
    ],
    invalid: {
      unauthorized: json(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } }),
      expired: json(401, {
        error: { type: 'invalid_request_error', code: 'api_key_expired', message: 'Expired API Key provided' },
      }),
    },
  },
  {
    verifier: 'openai',
    detector: 'openai-api-key',
    method: 'GET',
    path: '/v1/models',
    carries: bearer,
    live: json(200, { object: 'list', data: [] }),
    alsoLive: [
      json(429, {
        error: { type: 'insufficient_quota', code: 'insufficient_quota', message: 'You exceeded your current quota' },
      }),
      json(403, {
        error: { message: 'You have insufficient permissions for this operation. Missing scopes: api.model.read.' },
      }),
    ],
    invalid: {
      unauthorized: json(401, {
        error: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided' },
      }),
    },
  },
  {
    verifier: 'anthropic',
    detector: 'anthropic-api-key',
    method: 'GET',
    path: '/v1/models',
    carries: (request, secret) =>
      request.headers['x-api-key'] === secret && request.headers['anthropic-version'] === '2023-06-01',
    live: json(200, { data: [], has_more: false }),
    alsoLive: [json(403, { type: 'error', error: { type: 'permission_error', message: 'not allowed' } })],
    invalid: {
      unauthorized: json(401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }),
    },
  },
  {
    verifier: 'anthropic-admin',
    detector: 'anthropic-admin-key',
    method: 'GET',
    path: '/v1/organizations/me',
    carries: header('x-api-key'),
    live: json(200, { id: 'org', name: 'Org', type: 'organization' }),
    invalid: {
      unauthorized: json(401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }),
    },
  },
  {
    verifier: 'huggingface',
    detector: 'huggingface-token',
    method: 'GET',
    path: '/api/whoami-v2',
    carries: bearer,
    live: json(200, { type: 'user', name: 'ci' }),
    invalid: unauthorized,
  },
  {
    verifier: 'groq',
    detector: 'groq-api-key',
    method: 'GET',
    path: '/openai/v1/models',
    carries: bearer,
    live: json(200, { data: [] }),
    invalid: unauthorized,
  },
  {
    verifier: 'replicate',
    detector: 'replicate-api-token',
    method: 'GET',
    path: '/v1/account',
    carries: bearer,
    live: json(200, { type: 'user', username: 'ci' }),
    invalid: unauthorized,
  },
  {
    verifier: 'xai',
    detector: 'xai-api-key',
    method: 'GET',
    path: '/v1/api-key',
    carries: bearer,
    live: json(200, { name: 'ci', api_key_blocked: false, api_key_disabled: false, team_blocked: false }),
    invalid: {
      unauthorized: json(400, { code: 'Client specified an invalid argument', error: 'Incorrect API key provided' }),
      revoked: json(200, { name: 'ci', api_key_blocked: false, api_key_disabled: true, team_blocked: false }),
    },
  },
  {
    verifier: 'openrouter',
    detector: 'openrouter-api-key',
    method: 'GET',
    path: '/api/v1/key',
    carries: bearer,
    live: json(200, { data: { label: 'ci' } }),
    invalid: unauthorized,
  },
  {
    verifier: 'slack',
    detector: 'slack-bot-token',
    method: 'POST',
    path: '/auth.test',
    carries: bearer,
    live: json(200, { ok: true, team: 'T', user: 'bot' }),
    invalid: {
      unauthorized: json(200, { ok: false, error: 'invalid_auth' }),
      revoked: json(200, { ok: false, error: 'token_revoked' }),
      expired: json(200, { ok: false, error: 'token_expired' }),
    },
  },
  {
    verifier: 'twilio',
    detector: 'twilio-auth-token',
    context: `TWILIO_ACCOUNT_SID=${TWILIO_SID}\n`,
    method: 'GET',
    path: `/2010-04-01/Accounts/${TWILIO_SID}.json`,
    carries: (request, secret) => request.headers['authorization'] === `Basic ${btoa(`${TWILIO_SID}:${secret}`)}`,
    live: json(200, { sid: TWILIO_SID, status: 'active' }),
    invalid: {
      unauthorized: json(401, { code: 20003, message: 'Authenticate', status: 401 }),
      revoked: json(200, { sid: TWILIO_SID, status: 'closed' }),
    },
  },
  {
    verifier: 'sendgrid',
    detector: 'sendgrid-api-key',
    method: 'GET',
    path: '/v3/scopes',
    carries: bearer,
    live: json(200, { scopes: ['mail.send'] }),
    invalid: {
      unauthorized: json(401, {
        errors: [{ message: 'The provided authorization grant is invalid, expired, or revoked' }],
      }),
    },
  },
  {
    verifier: 'mailgun',
    detector: 'mailgun-api-key',
    method: 'GET',
    path: '/v4/domains?limit=1',
    carries: (r, s) => r.headers['authorization'] === `Basic ${btoa(`api:${s}`)}`,
    live: json(200, { items: [], total_count: 0 }),
    invalid: { unauthorized: { status: 401, body: 'Forbidden' } },
  },
  {
    verifier: 'mailchimp',
    detector: 'mailchimp-api-key',
    method: 'GET',
    path: '/3.0/ping',
    carries: basicPassword,
    live: json(200, { health_status: "Everything's Chimpy!" }),
    invalid: { unauthorized: json(401, { title: 'API Key Invalid', status: 401 }) },
  },
  {
    verifier: 'resend',
    detector: 'resend-api-key',
    method: 'GET',
    path: '/domains',
    carries: bearer,
    live: json(200, { data: [] }),
    alsoLive: [
      json(401, {
        statusCode: 401,
        name: 'restricted_api_key',
        message: 'This API key is restricted to only send emails',
      }),
    ],
    invalid: { unauthorized: json(403, { statusCode: 403, name: 'invalid_api_key', message: 'API key is invalid' }) },
  },
  {
    verifier: 'shopify',
    detector: 'shopify-access-token',
    context: `const shop = "${SHOP}.myshopify.com";\n`,
    method: 'GET',
    path: '/admin/oauth/access_scopes.json',
    carries: header('x-shopify-access-token'),
    live: json(200, { access_scopes: [{ handle: 'read_products' }] }),
    alsoLive: [json(402, { errors: 'Unavailable Shop' })],
    invalid: {
      unauthorized: json(401, {
        errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
      }),
    },
  },
  {
    verifier: 'discord',
    detector: 'discord-bot-token',
    method: 'GET',
    path: '/users/@me',
    carries: header('authorization', 'Bot '),
    live: json(200, { id: '1', bot: true }),
    invalid: { unauthorized: json(401, { message: '401: Unauthorized', code: 0 }) },
  },
  {
    verifier: 'telegram',
    detector: 'telegram-bot-token',
    method: 'GET',
    path: /^\/bot[^/]+\/getMe$/,
    carries: (request, secret) => request.url.endsWith(`/bot${secret}/getMe`),
    live: json(200, { ok: true, result: { id: 1, is_bot: true } }),
    invalid: { unauthorized: json(401, { ok: false, error_code: 401, description: 'Unauthorized' }) },
  },
  {
    verifier: 'digitalocean',
    detector: 'digitalocean-token',
    method: 'GET',
    path: '/v2/account',
    carries: bearer,
    live: json(200, { account: { status: 'active' } }),
    invalid: { unauthorized: json(401, { id: 'unauthorized', message: 'Unable to authenticate you' }) },
  },
  {
    verifier: 'heroku',
    detector: 'heroku-api-key',
    method: 'GET',
    path: '/account',
    carries: (r, s) => bearer(r, s) && r.headers['accept'] === 'application/vnd.heroku+json; version=3',
    live: json(200, { id: 'x' }),
    invalid: { unauthorized: json(401, { id: 'unauthorized', message: 'Invalid credentials provided.' }) },
  },
  {
    verifier: 'doppler',
    detector: 'doppler-token',
    method: 'GET',
    path: '/v3/me',
    carries: bearer,
    live: json(200, { name: 'ci', type: 'service_token' }),
    invalid: unauthorized,
  },
  {
    verifier: 'pulumi',
    detector: 'pulumi-access-token',
    method: 'GET',
    path: '/api/user',
    carries: header('authorization', 'token '),
    live: json(200, { githubLogin: 'ci' }),
    invalid: unauthorized,
  },
  {
    verifier: 'cloudflare',
    detector: 'cloudflare-api-token',
    method: 'GET',
    path: '/user/tokens/verify',
    carries: bearer,
    live: json(200, { success: true, result: { status: 'active' } }),
    invalid: { unauthorized: json(401, { success: false, errors: [{ code: 1000, message: 'Invalid API Token' }] }) },
  },
  {
    verifier: 'netlify',
    detector: 'netlify-pat',
    method: 'GET',
    path: '/user',
    carries: bearer,
    live: json(200, { id: 'u1', slug: 'ci' }),
    invalid: unauthorized,
  },
  {
    verifier: 'datadog',
    detector: 'datadog-api-key',
    method: 'GET',
    path: '/api/v1/validate',
    carries: header('dd-api-key'),
    live: json(200, { valid: true }),
    // a 403 at a site the key does not belong to is not a verdict: no documented rejection is `invalid`
    invalid: {},
  },
  {
    verifier: 'terraform',
    detector: 'terraform-cloud-token',
    method: 'GET',
    path: '/api/v2/account/details',
    carries: bearer,
    live: json(200, { data: { type: 'users' } }),
    invalid: { unauthorized: json(401, { errors: [{ status: '401', title: 'unauthorized' }] }) },
  },
  {
    verifier: 'circleci',
    detector: 'circleci-token',
    method: 'GET',
    path: '/me',
    carries: header('circle-token'),
    live: json(200, { login: 'ci' }),
    invalid: { unauthorized: json(401, { message: 'You must log in first.' }) },
  },
  {
    verifier: 'buildkite',
    detector: 'buildkite-token',
    method: 'GET',
    path: '/v2/access-token',
    carries: bearer,
    live: json(200, { uuid: 'x', scopes: [] }),
    invalid: unauthorized,
  },
  {
    verifier: 'newrelic',
    detector: 'new-relic-user-key',
    method: 'POST',
    path: '/graphql',
    carries: (r, s) => r.headers['api-key'] === s && r.body === JSON.stringify({ query: '{ actor { user { id } } }' }),
    live: json(200, { data: { actor: { user: { id: 1 } } } }),
    invalid: unauthorized,
  },
  {
    verifier: 'linear',
    detector: 'linear-api-key',
    method: 'POST',
    path: '/graphql',
    carries: (r, s) => r.headers['authorization'] === s && r.body === JSON.stringify({ query: '{ viewer { id } }' }),
    live: json(200, { data: { viewer: { id: 'u1' } } }),
    invalid: {
      unauthorized: json(400, {
        errors: [
          { message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } },
        ],
      }),
    },
  },
  {
    verifier: 'notion',
    detector: 'notion-token',
    method: 'GET',
    path: '/v1/users/me',
    carries: (r, s) => bearer(r, s) && r.headers['notion-version'] === '2022-06-28',
    live: json(200, { object: 'user', type: 'bot' }),
    invalid: { unauthorized: json(401, { object: 'error', status: 401, code: 'unauthorized' }) },
  },
  {
    verifier: 'postman',
    detector: 'postman-api-key',
    method: 'GET',
    path: '/me',
    carries: header('x-api-key'),
    live: json(200, { user: { id: 1 } }),
    invalid: { unauthorized: json(401, { error: { name: 'AuthenticationError' } }) },
  },
  {
    verifier: 'contentful',
    detector: 'contentful-pat',
    method: 'GET',
    path: '/users/me',
    carries: bearer,
    live: json(200, { sys: { type: 'User' } }),
    invalid: { unauthorized: json(401, { sys: { id: 'AccessTokenInvalid' } }) },
  },
  {
    verifier: 'typeform',
    detector: 'typeform-token',
    method: 'GET',
    path: '/me',
    carries: bearer,
    live: json(200, { alias: 'ci' }),
    invalid: unauthorized,
  },
  {
    verifier: 'mapbox',
    detector: 'mapbox-secret-token',
    method: 'GET',
    path: /^\/tokens\/v2\?access_token=/,
    carries: (request, secret) => request.url.endsWith(`?access_token=${encodeURIComponent(secret)}`),
    live: json(200, { code: 'TokenValid', token: { usage: 'sk' } }),
    invalid: {
      expired: json(200, { code: 'TokenExpired' }),
      revoked: json(200, { code: 'TokenRevoked' }),
      unauthorized: json(401, { code: 'TokenInvalid' }),
    },
  },
];

import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { fallback, json } from './define.js';

const QUERY = JSON.stringify({ query: '{ viewer { id } }' });

/** Linear: a GraphQL query for the viewer (the key's own user); a query, never a mutation. */
export const linear: Verifier = {
  id: 'linear',
  provider: 'Linear',
  detectorIds: ['linear-api-key'],
  base: 'https://api.linear.app',
  endpoint: 'POST /graphql',
  sideEffects: 'Runs the read-only query `{ viewer { id } }`; creates or changes no issue.',
  sources: [
    'https://linear.app/developers/graphql (POST https://api.linear.app/graphql; personal API keys in the Authorization header; AUTHENTICATION_ERROR)',
  ],
  request: (key) => ({
    method: 'POST',
    path: '/graphql',
    headers: { authorization: key.secret, 'content-type': 'application/json' },
    body: QUERY,
  }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  const body = json(response) as {
    data?: { viewer?: { id?: unknown } };
    errors?: { extensions?: { code?: unknown } }[];
  };
  if (response.status === 200 && typeof body?.data?.viewer?.id === 'string')
    return { status: 'live', detail: 'HTTP 200' };
  const unauthenticated = body?.errors?.some((error) => error?.extensions?.code === 'AUTHENTICATION_ERROR');
  if (unauthenticated || response.status === 401)
    return { status: 'invalid', reason: 'unauthorized', detail: `HTTP ${response.status} AUTHENTICATION_ERROR` };
  return fallback(response);
}

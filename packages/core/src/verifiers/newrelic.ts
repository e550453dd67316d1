import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { fallback, json, region } from './define.js';

const EU = /api\.eu\.newrelic\.com|\.eu\.newrelic\.com/i;
const QUERY = JSON.stringify({ query: '{ actor { user { id } } }' });

/** New Relic NerdGraph: a query for the key's own user; a query, never a mutation. */
export const newrelic: Verifier = {
  id: 'newrelic',
  provider: 'New Relic',
  detectorIds: ['new-relic-user-key'],
  base: (key) => (key.companions['region'] === 'eu' ? 'https://api.eu.newrelic.com' : 'https://api.newrelic.com'),
  hosts: ['api.newrelic.com', 'api.eu.newrelic.com'],
  endpoint: 'POST /graphql',
  sideEffects: 'Runs the read-only query `{ actor { user { id } } }`; writes no data and changes no alert.',
  sources: [
    'https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/ (POST https://api.newrelic.com/graphql, API-Key header with a user key; EU endpoint api.eu.newrelic.com)',
  ],
  attribute: (_secret, { text }) => region(EU.test(text)),
  request: (key) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'api-key': key.secret, 'content-type': 'application/json' },
    body: QUERY,
  }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  const body = json(response) as { data?: { actor?: { user?: { id?: unknown } } } };
  if (response.status === 200 && body?.data?.actor?.user?.id !== undefined && body.data.actor.user.id !== null)
    return { status: 'live', detail: 'HTTP 200' };
  if (response.status === 401 || response.status === 403)
    return { status: 'invalid', reason: 'unauthorized', detail: `HTTP ${response.status}` };
  return fallback(response);
}

import type { Verification } from '../types.js';
import type { Verifier, VerifyResponse } from './types.js';
import { fallback, notSent, single } from './define.js';

// An Admin API token works only against its own shop: the shop is taken from a `<shop>.myshopify.com` name in
// the same file, only when exactly one is there.
const SHOP = /(?<![A-Za-z0-9.-])([a-z0-9][a-z0-9-]{0,60})\.myshopify\.com(?![A-Za-z0-9-])/gi;

/** Shopify: the access scopes granted to the token, on its own shop. */
export const shopify: Verifier = {
  id: 'shopify',
  provider: 'Shopify',
  // the app shared secret verifies webhooks and OAuth, it is not sent to the Admin API: not verified
  detectorIds: ['shopify-access-token', 'shopify-custom-app-token', 'shopify-private-app-token'],
  base: (key) => `https://${key.companions['shop'] ?? 'invalid'}.myshopify.com`,
  hosts: ['*.myshopify.com'],
  endpoint: 'GET /admin/oauth/access_scopes.json',
  sideEffects: 'Lists the permissions granted to the token; reads no orders or customers and changes nothing.',
  sources: [
    'https://shopify.dev/docs/api/admin-rest/latest/resources/accessscope (GET /admin/oauth/access_scopes.json, scopes of the token used)',
    'https://shopify.dev/docs/api/usage/authentication (X-Shopify-Access-Token header)',
  ],
  attribute: (_secret, { text }) => {
    const shop = single(text, SHOP);
    return shop ? { companions: { shop: shop.toLowerCase() } } : notSent('no single <shop>.myshopify.com in the file');
  },
  request: (key) => ({
    method: 'GET',
    path: '/admin/oauth/access_scopes.json',
    headers: { 'x-shopify-access-token': key.secret },
  }),
  interpret,
};

function interpret(response: VerifyResponse): Verification {
  if (response.status === 200) return { status: 'live', detail: 'HTTP 200' };
  if (response.status === 401) return { status: 'invalid', reason: 'unauthorized', detail: 'HTTP 401' };
  // 402: the shop is frozen or unpaid; 403: no permission. Both answer for a token Shopify accepted
  if (response.status === 402 || response.status === 403)
    return { status: 'live', detail: `HTTP ${response.status}: the token authenticates, the shop refuses the call` };
  return fallback(response);
}

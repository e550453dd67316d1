import { prefixed } from './define.js';

const hex = { body: '[a-fA-F0-9]{32}', shape: '32 hex digits', envName: 'SHOPIFY_ACCESS_TOKEN', provider: 'Shopify' };

export const shopify = [
  prefixed({ ...hex, id: 'shopify-access-token', title: 'Shopify Admin API access token', prefix: 'shpat_' }),
  prefixed({ ...hex, id: 'shopify-custom-app-token', title: 'Shopify custom app access token', prefix: 'shpca_' }),
  prefixed({ ...hex, id: 'shopify-private-app-token', title: 'Shopify private app password', prefix: 'shppa_' }),
  prefixed({
    ...hex,
    id: 'shopify-shared-secret',
    title: 'Shopify app shared secret',
    prefix: 'shpss_',
    envName: 'SHOPIFY_API_SECRET',
  }),
];

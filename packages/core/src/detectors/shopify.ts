import { prefixed } from './define.js';

// Shopify issues 32 hex digits after the prefix; tokens shown in the wild and in peers' tests also carry other
// letters and run longer (custom and private app tokens of older apps), so 32–64 letters and digits count: the
// prefix is what makes the format
const hex = {
  body: '[a-zA-Z0-9]{32,64}',
  shape: '32–64 letters and digits (32 hex digits in current tokens)',
  envName: 'SHOPIFY_ACCESS_TOKEN',
  provider: 'Shopify',
};

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

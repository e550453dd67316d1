import { define } from './define.js';

// Shipping and payment APIs whose prefixes also tell live from test keys.
export const commerce = [
  define({ id: 'shippo-live-token', provider: 'Shippo', title: 'Shippo live API token', matches: '`shippo_live_` followed by 40 hex digits', keywords: ['shippo_live_'], prefixLength: 12, pattern: /(?<![A-Za-z0-9_])shippo_live_[a-f0-9]{40}(?![A-Za-z0-9_])/g, envName: 'SHIPPO_API_TOKEN', environment: 'live' }),
  define({ id: 'shippo-test-token', provider: 'Shippo', title: 'Shippo test API token', matches: '`shippo_test_` followed by 40 hex digits', keywords: ['shippo_test_'], prefixLength: 12, pattern: /(?<![A-Za-z0-9_])shippo_test_[a-f0-9]{40}(?![A-Za-z0-9_])/g, envName: 'SHIPPO_API_TOKEN', environment: 'test' }),
  define({ id: 'flutterwave-live-secret-key', provider: 'Flutterwave', title: 'Flutterwave live secret key', matches: '`FLWSECK-` followed by 32 hex digits and `-X`', keywords: ['FLWSECK-'], prefixLength: 8, pattern: /(?<![A-Za-z0-9_])FLWSECK-[a-f0-9]{32}-X(?![A-Za-z0-9_])/g, envName: 'FLW_SECRET_KEY', environment: 'live' }),
  define({ id: 'flutterwave-test-secret-key', provider: 'Flutterwave', title: 'Flutterwave test secret key', matches: '`FLWSECK_TEST-` followed by 32 hex digits and `-X`', keywords: ['FLWSECK_TEST-'], prefixLength: 13, pattern: /(?<![A-Za-z0-9_])FLWSECK_TEST-[a-f0-9]{32}-X(?![A-Za-z0-9_])/g, envName: 'FLW_SECRET_KEY', environment: 'test' }),
  define({ id: 'easypost-live-key', provider: 'EasyPost', title: 'EasyPost production API key', matches: '`EZAK` followed by 54 letters and digits', keywords: ['EZAK'], prefixLength: 4, pattern: /(?<![A-Za-z0-9_])EZAK[A-Za-z0-9]{54}(?![A-Za-z0-9_])/g, envName: 'EASYPOST_API_KEY', environment: 'live' }),
  define({ id: 'easypost-test-key', provider: 'EasyPost', title: 'EasyPost test API key', matches: '`EZTK` followed by 54 letters and digits', keywords: ['EZTK'], prefixLength: 4, pattern: /(?<![A-Za-z0-9_])EZTK[A-Za-z0-9]{54}(?![A-Za-z0-9_])/g, envName: 'EASYPOST_API_KEY', environment: 'test' }),
];

import { define, prefixed } from './define.js';

export const square = [
  define({
    id: 'square-access-token',
    provider: 'Square',
    title: 'Square access token',
    matches: '`EAAA` followed by 60 base64url characters, or a legacy `sq0atp-` token',
    keywords: ['EAAA', 'sq0atp-'],
    prefixLength: 4,
    pattern: /(?<![A-Za-z0-9_-])(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/g,
    envName: 'SQUARE_ACCESS_TOKEN',
  }),
  prefixed({
    id: 'square-oauth-secret',
    provider: 'Square',
    title: 'Square OAuth application secret',
    prefix: 'sq0csp-',
    body: '[A-Za-z0-9_-]{43}',
    shape: '43 base64url characters',
    envName: 'SQUARE_APPLICATION_SECRET',
  }),
];

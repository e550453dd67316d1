import { define } from './define.js';

// Lensmor user API keys are `uak_<8 characters>_<rest>`; the older `sk_…` examples are historical.
export const lensmor = [
  define({
    id: 'lensmor-api-key',
    provider: 'Lensmor',
    title: 'Lensmor user API key',
    matches: '`uak_`, 8 letters or digits, `_`, then 16–128 characters',
    keywords: ['uak_'],
    prefixLength: 'uak_'.length,
    pattern: /(?<![A-Za-z0-9_])uak_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{16,128}(?![A-Za-z0-9_-])/g,
    envName: 'LENSMOR_API_KEY',
  }),
];

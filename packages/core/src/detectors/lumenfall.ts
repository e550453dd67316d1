import { define } from './define.js';

// Lumenfall keys are `lmnfl_<id>.<secret>`; the SDK is OpenAI-compatible, so they also appear as
// `apiKey` of an OpenAI client with a Lumenfall `baseURL`.
export const lumenfall = [
  define({
    id: 'lumenfall-api-key',
    provider: 'Lumenfall',
    title: 'Lumenfall API key',
    matches: '`lmnfl_` followed by a 3–64 character id, a dot and a 6–128 character secret',
    keywords: ['lmnfl_'],
    prefixLength: 'lmnfl_'.length,
    pattern: /(?<![A-Za-z0-9_])lmnfl_[A-Za-z0-9]{3,64}\.[A-Za-z0-9_-]{6,128}(?![A-Za-z0-9_-])/g,
    envName: 'LUMENFALL_API_KEY',
  }),
];

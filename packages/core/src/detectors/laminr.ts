import { prefixed } from './define.js';

// Laminr keys share Stripe's `sk_live_` / `sk_test_` prefixes; they are told apart by context:
// Laminr sends them in an `x-api-key` header, and code that uses them names Laminr.
const LAMINR_CONTEXT = /laminr|x-api-key/i;
const body = '[A-Za-z0-9]{16,128}';
const shape = '16–128 letters and digits, next to `x-api-key` or a Laminr name';

/** The key's own line and the line before it mention Laminr or `x-api-key`. */
const inLaminrContext = (_secret: string, { text, index }: { text: string; index: number }): boolean => {
  const lineStart = text.lastIndexOf('\n', index - 1);
  const from = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
  const lineEnd = text.indexOf('\n', index);
  return LAMINR_CONTEXT.test(text.slice(from, lineEnd === -1 ? text.length : lineEnd));
};

export const laminr = [
  prefixed({
    id: 'laminr-live-key',
    provider: 'Laminr',
    title: 'Laminr production API key',
    prefix: 'sk_live_',
    body,
    shape,
    envName: 'LAMINR_API_KEY',
    environment: 'live',
    validate: inLaminrContext,
    supersedes: ['stripe-live-secret-key'],
  }),
  prefixed({
    id: 'laminr-test-key',
    provider: 'Laminr',
    title: 'Laminr test API key',
    prefix: 'sk_test_',
    body,
    shape,
    envName: 'LAMINR_API_KEY',
    environment: 'test',
    validate: inLaminrContext,
    supersedes: ['stripe-test-secret-key'],
  }),
];

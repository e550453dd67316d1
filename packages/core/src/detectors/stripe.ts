import { prefixed } from './define.js';

// Stripe secret (`sk_`) and restricted (`rk_`) keys, live and test. Publishable keys (`pk_`) are
// public by design and deliberately absent.
const body = '[A-Za-z0-9]{20,247}';
const shape = '20–247 letters and digits';
const envName = 'STRIPE_SECRET_KEY';

export const stripe = [
  prefixed({
    id: 'stripe-live-secret-key',
    provider: 'Stripe',
    title: 'Stripe live secret key',
    prefix: 'sk_live_',
    body,
    shape,
    envName,
    environment: 'live',
  }),
  prefixed({
    id: 'stripe-test-secret-key',
    provider: 'Stripe',
    title: 'Stripe test secret key',
    prefix: 'sk_test_',
    body,
    shape,
    envName,
    environment: 'test',
  }),
  prefixed({
    id: 'stripe-live-restricted-key',
    provider: 'Stripe',
    title: 'Stripe live restricted key',
    prefix: 'rk_live_',
    body,
    shape,
    envName,
    environment: 'live',
  }),
  prefixed({
    id: 'stripe-test-restricted-key',
    provider: 'Stripe',
    title: 'Stripe test restricted key',
    prefix: 'rk_test_',
    body,
    shape,
    envName,
    environment: 'test',
  }),
  prefixed({
    id: 'stripe-webhook-secret',
    provider: 'Stripe',
    title: 'Stripe webhook signing secret',
    prefix: 'whsec_',
    body: '[A-Za-z0-9+/=]{32,88}',
    shape: '32–88 base64 characters',
    envName: 'STRIPE_WEBHOOK_SECRET',
    tail: '+/=',
  }),
];

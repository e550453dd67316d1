// An analytics event with a secret property.
import posthog from 'posthog-js';

posthog.capture('checkout', { key: process.env.STRIPE_SECRET_KEY }); // expect: no-logged-credential high

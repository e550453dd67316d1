'use client';
// Stripe.js given a secret key behind a fallback, or through a const; publishable keys are what it wants.
import { loadStripe } from '@stripe/stripe-js';

const stripeKey = process.env.STRIPE_SECRET_KEY as string; // expect: no-client-side-key high
export const secret = loadStripe(stripeKey ?? ''); // expect: no-browser-sdk-secret high
export const publishable = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? '');

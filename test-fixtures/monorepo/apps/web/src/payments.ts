import { loadStripe } from '@stripe/stripe-js';

// Stripe.js runs in the browser: it takes a publishable key, never a secret or restricted one.
export const stripe = loadStripe(import.meta.env.VITE_STRIPE_RESTRICTED_KEY || ''); // leak: a restricted key behind ||
export const checkout = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY ?? ''); // ok: a publishable key

'use client';
import { loadStripe } from '@stripe/stripe-js';
import Anthropic from '@anthropic-ai/sdk';

// Stripe.js and AI SDKs in the browser, given keys through fallbacks and consts.
export const stripe = loadStripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY ?? ''); // leak: a secret key for Stripe.js, behind ??
export const publishable = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY || ''); // ok: a publishable key

const dangerouslyAllowBrowser = true;
export const claude = new Anthropic({ baseURL: '/api/claude', dangerouslyAllowBrowser }); // leak: the escape hatch, as a shorthand

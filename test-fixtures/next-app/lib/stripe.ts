import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? ''); // leak: pages/index.tsx brings this into the browser

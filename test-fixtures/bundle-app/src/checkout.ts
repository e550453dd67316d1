import { loadStripe } from './stripe-client';

// The publishable key is public by design; the signing key comes in through a build-time define.
export async function startCheckout(api: string): Promise<void> {
  const stripe = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);
  const signature = __BILLING_SIGNING_KEY__;
  await fetch(`${api}/checkout`, { method: 'POST', headers: { 'x-signature': signature } });
  stripe.redirect();
}

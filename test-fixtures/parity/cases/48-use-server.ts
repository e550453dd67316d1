'use server';
// A server action reads the secret on the server: not client-side.
export async function charge() {
  const key = process.env.STRIPE_SECRET_KEY;
  return fetch('https://api.stripe.com/v1/charges', { headers: { Authorization: `Bearer ${key}` } });
}

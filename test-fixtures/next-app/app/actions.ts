'use server';

export async function startCharge() {
  const key = process.env.STRIPE_SECRET_KEY; // ok: a server action, the walk stops here
  return fetch('https://api.stripe.com/v1/charges', { method: 'POST', headers: { Authorization: `Bearer ${key}` } }).then((r) => r.ok);
}

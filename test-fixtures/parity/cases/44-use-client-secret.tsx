'use client';
// A server secret read in a 'use client' module ships to every visitor.
export function Checkout() {
  const key = process.env.STRIPE_SECRET_KEY; // expect: no-client-side-key high
  return <button data-k={key ? 'y' : 'n'}>Pay</button>;
}

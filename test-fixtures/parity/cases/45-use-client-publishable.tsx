'use client';
// A publishable key in a client module is fine.
export function Checkout() {
  const key = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
  return <button data-k={key}>Pay</button>;
}

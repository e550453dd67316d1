import { stripe } from '../lib/stripe';

export default function Home() {
  return <p>{stripe ? 'Stripe ready' : 'no Stripe'}</p>;
}

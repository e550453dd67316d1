// A publishable key is public by design: not a credential, not a public-env secret.
console.log('stripe', process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY);

// keyward.config.json disables the Stripe live secret detector.
const stripe = '%STRIPE_LIVE%';
console.log(stripe.length);

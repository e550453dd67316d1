// Nuxt sends runtimeConfig.public to the browser; the rest of runtimeConfig stays on the server.
export default defineNuxtConfig({
  runtimeConfig: {
    stripeSecretKey: process.env.STRIPE_SECRET_KEY, // ok: server-only runtime config
    public: {
      apiBase: '/api', // ok
      stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY, // ok: publishable
      lmifKey: process.env.LMIF_API_KEY, // leak: a server secret in the public runtime config
      mailgunSecret: '', // leak: Nuxt fills it from NUXT_PUBLIC_MAILGUN_SECRET, for the browser
    },
  },
});

export default {
  env: {
    SITE_NAME: process.env.SITE_NAME, // ok: not a secret
    LMIF_API_KEY: process.env.LMIF_API_KEY, // leak: next.config env is inlined into client bundles
  },
};

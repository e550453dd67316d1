// env-mismatch: a sandbox key in the production branch is rejected with WRONG_ENVIRONMENT
export const fallbackKey = process.env.NODE_ENV === 'production'
  ? 'lmif_test_FrCfZ4U2EqkNk6sEr6f4gUy0BQ8DEoFo' // leak: env-mismatch (and hardcoded)
  : 'lmif_test_gNCAI3Ao3pxTnHyf6t5YdIngBaVbVJBM'; // leak: hardcoded only, the branch matches

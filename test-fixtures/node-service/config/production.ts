// production config holding a sandbox key, which LMIF rejects with WRONG_ENVIRONMENT
export default { lmifKey: 'lmif_test_QKnY8qS0BFn7BwpkZ01BZGaG7yOh3FZ9', region: 'eu-west-1' }; // leak: env-mismatch (and hardcoded)

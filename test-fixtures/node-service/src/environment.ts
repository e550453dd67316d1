import express from 'express';
import { settings } from './config.js';

// Production branches as the service writes them: Express's app.get('env'), a config's env, a flag.
const app = express();
const env = { isProduction: settings.region === 'eu-west-1' };

export function lmifKey(): string {
  if (app.get('env') === 'production') return 'lmif_test_8AllEMpAcwlswsoaFkUAHZsbe6bnOjtW'; // leak: a sandbox key in the production branch
  if (env.isProduction) return process.env.LMIF_API_KEY ?? ''; // ok: read from the environment
  return process.env.NODE_ENV !== 'production' ? 'lmif_test_6Q9vcgcxMr4VSmBgPQ6hT5e9BTVaAxdx' : ''; // a sandbox key outside production: hardcoded, but not an env-mismatch
}

export const fallback = (settings as { env?: string }).env === 'test' ? 'lmif_live_u2n05JbhqG15GrHaUvDcLsvXjx9tV7ZZ' : undefined; // leak: a live key in the test branch

import type { Verifier } from './types.js';
import { byStatus, json, single } from './define.js';

// A Datadog key works only at its own site (US1, US3, US5, EU, AP1, US1-FED). The key goes to the site the file
// names, else to US1; a 403 therefore says only "not a key of this site", so it stays `unknown`, never `invalid`.
const SITE = /\b((?:us3\.|us5\.|ap1\.|ap2\.)?datadoghq\.(?:com|eu)|ddog-gov\.com)\b/g;

/** Datadog: the endpoint made for validating an API key. */
export const datadog: Verifier = {
  id: 'datadog',
  provider: 'Datadog',
  detectorIds: ['datadog-api-key'],
  base: (key) => `https://api.${key.companions['site'] ?? 'datadoghq.com'}`,
  hosts: ['*.datadoghq.com', 'api.datadoghq.eu', 'api.ddog-gov.com'],
  endpoint: 'GET /api/v1/validate',
  sideEffects: 'Answers whether the API key is valid; reads no metric, log or monitor and changes nothing.',
  sources: [
    'https://docs.datadoghq.com/api/latest/authentication/ (GET /api/v1/validate, DD-API-KEY header; 200 {"valid": true}, 403 Forbidden)',
    'https://docs.datadoghq.com/getting_started/site/ (one API host per site)',
  ],
  attribute: (_secret, { text }) => {
    const site = single(text.slice(0, 100_000), SITE);
    const companions: Record<string, string> = site ? { site } : {};
    return { companions };
  },
  request: (key) => ({ method: 'GET', path: '/api/v1/validate', headers: { 'dd-api-key': key.secret } }),
  interpret: (response) => {
    const verdict = byStatus({ live: [200] })(response);
    // a 200 must also say so: the body is {"valid": true}
    if (verdict.status === 'live' && (json(response) as { valid?: unknown } | undefined)?.valid !== true)
      return { status: 'unknown', reason: 'unexpected-response', detail: `HTTP ${response.status}` };
    return verdict;
  },
};

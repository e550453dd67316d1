import { authHeader } from './auth';

export function createClient(baseUrl: string, key = process.env.ACME_SECRET_KEY) { // leak: the web app bundles this module
  return { get: (path: string) => fetch(`${baseUrl}${path}`, { headers: authHeader(key) }) };
}

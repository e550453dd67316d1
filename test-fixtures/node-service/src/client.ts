import { trace } from '@opentelemetry/api';
import { PostHog } from 'posthog-node';
import { logger } from './logger.js';
import { authHeaders } from './http.js';

const posthog = new PostHog(process.env.POSTHOG_PROJECT_TOKEN ?? '', { host: 'https://eu.posthog.com' });

export class LmifClient {
  private readonly apiKey = process.env.LMIF_API_KEY ?? '';
  private readonly baseUrl = 'https://api.lookmaimfamous.com/v1';

  describe() {
    logger.info(`LMIF client for ${this.baseUrl}`); // ok: the base URL field
    logger.info(`LMIF client using ${this.apiKey}`); // leak: the apiKey field
  }

  async check(name: string) {
    const response = await fetch(`${this.baseUrl}/lmif/identity/check`, { method: 'POST', headers: { 'x-api-key': this.apiKey }, body: JSON.stringify({ name }) });
    if (response.status === 401) throw new Error(`LMIF rejected key ${this.apiKey}`); // leak: the key in an error message
    if (!response.ok) throw new Error(`LMIF answered ${response.status}`); // ok
    return response.json();
  }

  searchUrl(query: string) {
    const url = new URL(`${this.baseUrl}/search`);
    url.searchParams.set('q', query);
    url.searchParams.set('api_key', this.apiKey);
    logger.debug(`GET ${url.pathname}`); // ok: the path has no key
    logger.debug(`GET ${url}`); // leak: the key in the query string
    return url;
  }
}

export function makeReporter() {
  const key = process.env.LMIF_API_KEY;
  return (event: string) => {
    posthog.capture({ distinctId: 'service', event, properties: { key } }); // leak: the closure's key in an analytics event
    posthog.capture({ distinctId: 'service', event }); // ok
  };
}

export function traceCall() {
  const span = trace.getActiveSpan();
  span?.setAttribute('lmif.auth', authHeaders().Authorization); // leak: a tracing attribute
  span?.setAttribute('lmif.endpoint', '/identity/check'); // ok
}

export function withContext(meta: Record<string, unknown>) {
  Object.assign(meta, { auth: authHeaders() });
  logger.warn(meta, 'retrying'); // leak: Object.assign copied the headers into meta
  const copy: Record<string, string> = { ...authHeaders() };
  delete copy.Authorization;
  logger.warn(copy, 'headers without the credential'); // ok: deleted before logging
}

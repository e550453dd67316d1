import { verifiers, verifyUrlVariable, type KeyMaterial, type Verifier } from '@keyward/core';

/** A `KEYWARD_VERIFY_URL_*` override or a verifier base that is not allowed: exit code 2 with this message. */
export class VerifyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerifyConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Checks every `KEYWARD_VERIFY_URL_*` variable before anything is sent: each must name a provider that has
 * a verifier and be an https URL (http only to a loopback address), so a typo never sends keys elsewhere.
 */
export function checkOverrides(env: Env): void {
  const known = new Set(verifiers.map((verifier) => verifyUrlVariable(verifier.provider)));
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('KEYWARD_VERIFY_URL_') || value === undefined) continue;
    if (!known.has(name)) throw new VerifyConfigError(`${name} names no provider keyward verifies`);
    parseOverride(name, value);
  }
}

/** The base URL a key goes to: the override when one is set, else the verifier's documented HTTPS base. */
export function baseFor(verifier: Verifier, key: KeyMaterial, env: Env): URL {
  const variable = verifyUrlVariable(verifier.provider);
  const override = env[variable];
  if (override !== undefined) return parseOverride(variable, override);
  const base = new URL(typeof verifier.base === 'function' ? verifier.base(key) : verifier.base);
  const hosts = verifier.hosts ?? [new URL(verifier.base as string).hostname];
  if (base.protocol !== 'https:' || !hosts.some((pattern) => hostMatches(base.hostname, pattern)))
    throw new VerifyConfigError(`verifier ${verifier.id} built a base outside its documented hosts`);
  return base;
}

/** `base` + `path`, keeping a base path (`https://proxy/github` + `/user`). */
export function join(base: URL, path: string): URL {
  const prefix = base.pathname.replace(/\/+$/, '');
  return new URL(`${base.origin}${prefix}${path}`);
}

function parseOverride(variable: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new VerifyConfigError(`${variable} is not a URL`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url;
  throw new VerifyConfigError(`${variable} must be an https:// URL (plain http:// only to a loopback address)`);
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** `api.example.com` matches itself; `*.example.com` matches any host below `example.com`. */
export function hostMatches(host: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const suffix = pattern.slice(1);
  return host.endsWith(suffix) && host.length > suffix.length && /^[a-z0-9.-]+$/.test(host);
}

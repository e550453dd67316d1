import { decodeBase64Url, define, parseJsonObject } from './define.js';

/** A JWT: base64url JSON header with `alg`, base64url JSON payload, signature. */
export const JWT_PATTERN =
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000}(?![A-Za-z0-9_-])/g;

/** Decoded header and payload of a JWT, or undefined when it is not one. */
export function decodeJwt(
  token: string,
): { header: Record<string, unknown>; payload: Record<string, unknown> } | undefined {
  const [head, body] = token.split('.');
  const header = parseJsonObject(decodeBase64Url(head ?? ''));
  const payload = parseJsonObject(decodeBase64Url(body ?? ''));
  if (!header || !payload || typeof header['alg'] !== 'string') return undefined;
  return { header, payload };
}

/** jwt.io's famous sample token, and Supabase `anon` keys, which are public by design. */
function isPublicOrSample(payload: Record<string, unknown>): boolean {
  if (payload['sub'] === '1234567890' && payload['name'] === 'John Doe') return true;
  return payload['role'] === 'anon';
}

/** A JWT that is public by design or a documentation sample (the generic detector asks too). */
export function isPublicOrSampleJwt(token: string): boolean {
  const decoded = decodeJwt(token);
  return decoded !== undefined && isPublicOrSample(decoded.payload);
}

export const jwt = [
  define({
    id: 'jwt',
    provider: 'JSON Web Token',
    title: 'JSON Web Token',
    matches:
      'three base64url segments whose first two decode to JSON (header with `alg`); Supabase `anon` keys and jwt.io samples excluded',
    keywords: ['eyJ'],
    prefixLength: 0,
    pattern: JWT_PATTERN,
    structured: true,
    validate: (secret) => {
      const decoded = decodeJwt(secret);
      return decoded !== undefined && !isPublicOrSample(decoded.payload);
    },
    envName: 'AUTH_TOKEN',
    severity: 'medium',
    confidence: 'medium',
    remediation:
      'Treat the token as a credential: revoke or let it expire, and load tokens at run time instead of committing them.',
  }),
];

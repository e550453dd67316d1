import { nodeCrypto } from '../lazy/builtins.js';

// AWS Signature Version 4 (header form), written from AWS's description of the signing process and checked
// against the published test-suite vectors (packages/core/test/sigv4.test.ts). Pure: the clock is an argument.

export interface SigV4Request {
  readonly method: string;
  /** Absolute path, already percent-encoded as sent (`/`, `/a%20b`). */
  readonly path: string;
  /** Raw query string without `?` (`b=2&a=1`), or empty. */
  readonly query: string;
  /** Headers to sign besides `host` and `x-amz-date`, which `sign` adds. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly host: string;
}

export interface SigV4Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  readonly service: string;
}

export interface SigV4Result {
  /** Every signed header (lower-case names) plus `authorization`. */
  readonly headers: Record<string, string>;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';

export function sha256Hex(text: string): string {
  return nodeCrypto().createHash('sha256').update(text, 'utf8').digest('hex');
}

function hmac(key: string | Buffer, text: string): Buffer {
  return nodeCrypto().createHmac('sha256', key).update(text, 'utf8').digest();
}

/** `20150830T123600Z` */
export function amzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** RFC 3986 encoding of everything but the unreserved characters `A–Z a–z 0–9 - _ . ~`. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Query parameters decoded, re-encoded, and sorted by name then value (byte order). */
export function canonicalQuery(query: string): string {
  if (!query) return '';
  const pairs = query
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf('=');
      const name = at === -1 ? part : part.slice(0, at);
      const value = at === -1 ? '' : part.slice(at + 1);
      return [uriEncode(decode(name)), uriEncode(decode(value))] as const;
    });
  pairs.sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return text;
  }
}

/** Lower-case names, values trimmed with inner runs of whitespace collapsed, sorted by name. */
function canonicalHeaders(headers: Readonly<Record<string, string>>): { block: string; signed: string } {
  const byName = new Map<string, string[]>();
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    byName.set(lower, [...(byName.get(lower) ?? []), value.trim().replace(/\s+/g, ' ')]);
  }
  const names = [...byName.keys()].sort();
  return {
    block: names.map((name) => `${name}:${byName.get(name)!.join(',')}\n`).join(''),
    signed: names.join(';'),
  };
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request") */
export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  const kDate = hmac(`AWS4${secretAccessKey}`, date);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  return hmac(kService, 'aws4_request');
}

/** Signs a request: canonical request → string to sign → signature → `Authorization` header. */
export function sign(request: SigV4Request, credentials: SigV4Credentials, now: Date): SigV4Result {
  const stamp = amzDate(now);
  const date = stamp.slice(0, 8);
  const headers: Record<string, string> = { ...lower(request.headers), host: request.host, 'x-amz-date': stamp };
  const { block, signed } = canonicalHeaders(headers);
  const canonicalRequest = [
    request.method,
    request.path || '/',
    canonicalQuery(request.query),
    block,
    signed,
    sha256Hex(request.body),
  ].join('\n');
  const scope = `${date}/${credentials.region}/${credentials.service}/aws4_request`;
  const stringToSign = [ALGORITHM, stamp, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = signingKey(credentials.secretAccessKey, date, credentials.region, credentials.service);
  const signature = hmac(key, stringToSign).toString('hex');
  headers['authorization'] =
    `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signed}, Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign, signature };
}

function lower(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

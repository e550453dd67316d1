import type { Verification } from '../types.js';
import type { Attribution, InvalidReason, KeyContext, Verifier, VerifyResponse } from './types.js';

// Small helpers the verifier modules share: auth headers, verdicts by status code, documented error codes
// read from a body. A detail is built from status codes and codes on a known list only, so a response that
// echoes the key (or anything else it likes) never reaches the output.

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export function basic(user: string, password: string): Record<string, string> {
  return { authorization: `Basic ${btoa(`${user}:${password}`)}` };
}

export interface StatusTable {
  /** Statuses that mean the key authenticates (default: 200). */
  readonly live?: readonly number[];
  /** Statuses that mean the vendor rejected the key, with the reason. */
  readonly invalid?: Readonly<Record<number, InvalidReason>>;
}

/** A verdict by status code alone: the vendor's documented statuses first, then the common fallbacks. */
export function byStatus(table: StatusTable): (response: VerifyResponse) => Verification {
  const live = table.live ?? [200];
  return (response) => {
    if (live.includes(response.status)) return { status: 'live', detail: `HTTP ${response.status}` };
    const reason = table.invalid?.[response.status];
    if (reason) return { status: 'invalid', reason, detail: `HTTP ${response.status}` };
    return fallback(response);
  };
}

/** What any status means when the vendor documents nothing more specific. */
export function fallback(response: VerifyResponse): Verification {
  const { status } = response;
  const detail = `HTTP ${status}`;
  if (status === 429) return { status: 'unknown', reason: 'rate-limited', detail };
  if (status >= 500) return { status: 'unknown', reason: 'server-error', detail };
  if (status >= 300 && status < 400) return { status: 'unknown', reason: 'redirect', detail: `${detail} not followed` };
  return { status: 'unknown', reason: 'unexpected-response', detail };
}

/** The body as JSON, or undefined. */
export function json(response: VerifyResponse): unknown {
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads a string at a property path (`['error', 'code']`) of a JSON value. */
export function field(value: unknown, path: readonly string[]): string | undefined {
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' ? at : typeof at === 'boolean' || typeof at === 'number' ? String(at) : undefined;
}

/** `value` if it is one of the vendor's documented codes, else undefined: only known codes reach a detail. */
export function known<T extends string>(value: string | undefined, codes: readonly T[]): T | undefined {
  return codes.find((code) => code === value);
}

/** `HTTP 401 UNAUTHORIZED`, or `HTTP 401` when the code is not on the vendor's list. */
export function detail(response: VerifyResponse, code?: string): string {
  return code ? `HTTP ${response.status} ${code}` : `HTTP ${response.status}`;
}

/** The key's line and the line before it, for vendor-context checks. */
export function lineAround(context: KeyContext): string {
  const { text, index } = context;
  const lineStart = text.lastIndexOf('\n', index - 1);
  const from = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(from, end === -1 ? text.length : end);
}

/** The text within `radius` characters of the key. */
export function near(context: KeyContext, radius: number): string {
  return context.text.slice(Math.max(0, context.index - radius), context.index + radius);
}

/**
 * The one distinct value of `pattern` (a global regex, bounded quantifiers) in `text`: a companion such as
 * an AWS key id is taken only when exactly one candidate is present, never guessed among several.
 */
export function single(text: string, pattern: RegExp): string | undefined {
  const found = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    found.add(match[1] ?? match[0]);
    if (found.size > 1) return undefined;
  }
  return found.size === 1 ? [...found][0] : undefined;
}

export const SEND: Attribution = { companions: {} };

export function notSent(why: string): Attribution {
  return { notSent: why };
}

export interface SimpleVerifier {
  readonly id: string;
  readonly provider: string;
  readonly detectorIds: readonly string[];
  readonly base: string;
  /** `GET /path`: a read with the key in a header. */
  readonly endpoint: `GET /${string}`;
  readonly headers: (secret: string) => Record<string, string>;
  readonly sideEffects: string;
  readonly sources: readonly string[];
  readonly table?: StatusTable;
  readonly attribute?: Verifier['attribute'];
}

/** The common verifier: one GET whose status alone tells live (200) from rejected (401 by default). */
export function simple(input: SimpleVerifier): Verifier {
  const path = input.endpoint.slice('GET '.length);
  const { headers, table, ...rest } = input;
  return {
    ...rest,
    request: (key) => ({ method: 'GET', path, headers: headers(key.secret) }),
    interpret: byStatus(table ?? { live: [200], invalid: { 401: 'unauthorized' } }),
  };
}

/** Sends the key to the EU host when `eu` (the file names the vendor's EU endpoint). */
export function region(eu: boolean): Attribution {
  return { companions: eu ? { region: 'eu' } : {} };
}

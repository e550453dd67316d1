import type { Verification } from '../types.js';

// A verifier is data plus two pure functions: `request` builds the one HTTP request that asks the vendor
// whether a key works, `interpret` reads the answer. Neither does I/O; the scanner's client sends the
// request (HTTPS, no redirects, a timeout, per-host limits) and never shows the response body.

/** Why a vendor rejected a key. */
export type InvalidReason = 'revoked' | 'expired' | 'unauthorized' | 'wrong-environment';

/** Why there is no verdict. `not-sent`: the key was not sent (attribution or a companion value missing). */
export type UnknownReason =
  'network-error' | 'timeout' | 'rate-limited' | 'server-error' | 'redirect' | 'unexpected-response' | 'not-sent';

/** The request a verifier asks for: a path below the verifier's base URL, headers and an optional body. */
export interface VerifyRequest {
  readonly method: 'GET' | 'POST';
  /** Path and query below the base URL, starting with `/`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What came back: status, lower-cased headers and the body as text (capped by the client). */
export interface VerifyResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The key and the values found beside it that the vendor needs with it (an AWS key id, a Twilio account SID). */
export interface KeyMaterial {
  readonly secret: string;
  readonly companions: Readonly<Record<string, string>>;
}

/** Where the key was found: the scanned text and the key's offset in it. */
export interface KeyContext {
  readonly text: string;
  readonly index: number;
}

/** When and where the request goes: the clock and the host of the base URL in use (SigV4 signs both). */
export interface RequestContext {
  readonly now: Date;
  readonly host: string;
}

/** The outcome of attributing a key: its companions, or why it is not sent. */
export type Attribution = { readonly companions: Readonly<Record<string, string>> } | { readonly notSent: string };

export interface Verifier {
  /** Kebab-case id of the verifier (one per provider and endpoint), e.g. `github`. */
  readonly id: string;
  /** The detectors' provider; `KEYWARD_VERIFY_URL_<PROVIDER>` (upper snake case) overrides the base URL. */
  readonly provider: string;
  /** Detector ids whose keys this verifier checks. A key goes only to the verifier of its own detector. */
  readonly detectorIds: readonly string[];
  /** The documented HTTPS origin (and base path) the request goes to; a function when it depends on the key. */
  readonly base: string | ((key: KeyMaterial) => string);
  /** Hosts `base` may produce (`*.` matches one or more labels); defaults to the host of a fixed `base`. */
  readonly hosts?: readonly string[];
  /** The endpoint, for the docs: `GET /rate_limit`. */
  readonly endpoint: string;
  /** Why the endpoint has no side effects (no writes, no credit or quota consumed). */
  readonly sideEffects: string;
  /** Where each fact came from (vendor documentation pages). */
  readonly sources: readonly string[];
  /**
   * Decides, at the match, whether the key is certainly this vendor's and collects its companions. Without
   * it every match of the detectors is sent with no companions.
   */
  readonly attribute?: (secret: string, context: KeyContext) => Attribution;
  readonly request: (key: KeyMaterial, at: RequestContext) => VerifyRequest;
  readonly interpret: (response: VerifyResponse) => Verification;
}

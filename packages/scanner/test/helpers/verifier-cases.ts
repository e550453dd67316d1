import type { InvalidReason } from '@keyward/core';
import type { MockReply, Recorded } from './mock-vendor.js';

// One case per verifier: which detector's sample key to use, what makes its attribution certain, what the
// request must carry, and how the vendor answers a live key and each documented rejection.

export interface VerifierCase {
  readonly verifier: string;
  readonly detector: string;
  /** Text placed before the sample so the key is attributed (a vendor name, a companion value). */
  readonly context?: string;
  readonly method: 'GET' | 'POST';
  /** Path below the verifier's base, query included. */
  readonly path: string | RegExp;
  /** The request carries the key the way the vendor documents. */
  readonly carries: (request: Recorded, secret: string) => boolean;
  readonly live: MockReply;
  /** Other answers that mean the key authenticates (a restricted key's 403). */
  readonly alsoLive?: readonly MockReply[];
  readonly invalid: Partial<Record<InvalidReason, MockReply>>;
}

const json = (status: number, body: unknown): MockReply => ({ status, body: JSON.stringify(body) });
const bearer = (request: Recorded, secret: string) => request.headers['authorization'] === `Bearer ${secret}`;

export const cases: readonly VerifierCase[] = [
  {
    verifier: 'lensmor',
    detector: 'lensmor-api-key',
    method: 'GET',
    path: '/external/credits/balance',
    carries: bearer,
    live: json(200, { balance: 120 }),
    invalid: { unauthorized: json(401, { error: { code: 'UNAUTHORIZED', message: 'Invalid API key' } }) },
  },
  {
    verifier: 'laminr',
    detector: 'laminr-live-key',
    method: 'GET',
    path: '/v1/files',
    carries: (request, secret) => request.headers['x-api-key'] === secret,
    live: json(200, { data: [] }),
    alsoLive: [json(403, { error: { code: 'forbidden', message: 'Insufficient permissions for this resource' } })],
    invalid: { unauthorized: json(401, { error: { code: 'unauthorized', message: 'Invalid or missing API key' } }) },
  },
  {
    verifier: 'lumenfall',
    detector: 'lumenfall-api-key',
    method: 'GET',
    path: '/openai/v1/models',
    carries: bearer,
    live: json(200, { object: 'list', data: [] }),
    invalid: { unauthorized: json(401, { error: { message: 'Invalid API key' } }) },
  },
];

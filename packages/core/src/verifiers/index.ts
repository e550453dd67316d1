import type { Verifier } from './types.js';
import { lensmor } from './lensmor.js';
import { laminr } from './laminr.js';
import { lumenfall } from './lumenfall.js';

export type {
  Attribution,
  InvalidReason,
  KeyContext,
  KeyMaterial,
  RequestContext,
  UnknownReason,
  Verifier,
  VerifyRequest,
  VerifyResponse,
} from './types.js';
export { unverifiable } from './unverifiable.js';
export { sign as signSigV4, type SigV4Request, type SigV4Credentials, type SigV4Result } from './sigv4.js';

/** Every verifier, seed vendors first. A key is sent only to the verifier of the detector that found it. */
export const verifiers: readonly Verifier[] = [lensmor, laminr, lumenfall];

let byDetector: Map<string, Verifier> | undefined;

/** The verifier for a detector id, if its vendor documents a side-effect-free endpoint. */
export function verifierFor(detectorId: string): Verifier | undefined {
  byDetector ??= new Map(verifiers.flatMap((verifier) => verifier.detectorIds.map((id) => [id, verifier] as const)));
  return byDetector.get(detectorId);
}

/** `KEYWARD_VERIFY_URL_<PROVIDER>`: the provider in upper snake case (`Hugging Face` → `HUGGING_FACE`). */
export function verifyUrlVariable(provider: string): string {
  const snake = provider
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `KEYWARD_VERIFY_URL_${snake}`;
}

import type { Detector } from '../types.js';
import { providerDetectors } from './providers.js';
import { generic } from './generic.js';

/** The catalog: every built-in detector, seed vendors first. Order decides nothing but listing. */
export const detectors: readonly Detector[] = [...providerDetectors, ...generic];

export { define, prefixed } from './define.js';
export { decodeJwt } from './jwt.js';
export { isSecretName, isSecretValue } from './generic.js';

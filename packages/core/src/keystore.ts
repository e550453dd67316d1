import { nodeCrypto } from './lazy/builtins.js';
import type { Detector, Finding } from './types.js';
import { createFinding, matchConfidence } from './finding.js';
import { parsePfx, verifyPfxMac } from './util/pkcs12.js';

// Committed PKCS#12 keystores (`.p12`, `.pfx`): binary files, so the text scan skips them, yet each holds a
// private key. They are judged by their bytes, not a regex, and so live beside the detector table rather than in
// it: catalog, SARIF and config know their ids from `binaryDetectors`.

/** A detector of whole binary files: the catalog's metadata, without keywords or a pattern. */
export type BinaryDetector = Pick<
  Detector,
  'id' | 'provider' | 'title' | 'matches' | 'checksum' | 'severity' | 'confidence' | 'envName' | 'remediation'
>;

/** Google's legacy service-account keys are PKCS#12 files under this published, fixed password. */
const GOOGLE_P12_PASSWORD = 'notasecret';

const GCP_P12: BinaryDetector = {
  id: 'gcp-service-account-p12',
  provider: 'Google Cloud',
  title: 'Google Cloud service-account key (PKCS#12)',
  matches:
    "a binary file that parses as a PKCS#12 PFX (version 3) whose MAC verifies with Google's fixed password `notasecret`: a legacy service-account key",
  checksum: 'PKCS#12 MAC',
  severity: 'high',
  confidence: 'high',
  envName: 'GOOGLE_APPLICATION_CREDENTIALS',
  remediation:
    'Delete the key in Google Cloud console (IAM, Service accounts, Keys), remove the file from the repository, and use workload identity or a secrets manager instead of key files.',
};

const PKCS12: BinaryDetector = {
  id: 'pkcs12-keystore',
  provider: 'PKCS#12',
  title: 'PKCS#12 keystore',
  matches:
    'a binary file that parses as a PKCS#12 PFX (version 3): a `.p12` or `.pfx` keystore holding a private key under a password',
  severity: 'high',
  // the password is unknown, but a keystore holds key material whatever it is; the structure alone is the shape
  confidence: 'high',
  envName: 'KEYSTORE_PATH',
  remediation:
    'Remove the keystore from the repository, rotate the key pair it holds (its password may be in the repository too), and load it from a secrets manager at run time.',
};

/** Detectors of whole binary files, in catalog order. */
export const binaryDetectors: readonly BinaryDetector[] = [GCP_P12, PKCS12];

export interface KeystoreOptions {
  /** Path relative to the scan root, forward slashes. */
  readonly file: string;
  /** Detector ids the config disables. */
  readonly disabled?: ReadonlySet<string>;
}

/**
 * The finding for a binary file whose bytes are a PKCS#12 PFX, or undefined. Never throws on garbage; labelled by
 * kind, never by content or file name: the fingerprint hashes a digest of the bytes, so a moved file keeps its
 * baseline entry.
 */
export function keystoreFinding(bytes: Uint8Array, options: KeystoreOptions): Finding | undefined {
  const parsed = parsePfx(bytes);
  if ('invalid' in parsed) return undefined;
  const google = verifyPfxMac(parsed.pfx, GOOGLE_P12_PASSWORD) === 'verified';
  const detector = google ? GCP_P12 : PKCS12;
  if (options.disabled?.has(detector.id)) return undefined;
  return createFinding({
    ruleId: 'no-hardcoded-key',
    detectorId: detector.id,
    severity: detector.severity,
    file: options.file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message: `A ${detector.title} is committed: ${google ? 'it opens with the password every Google key file has, so the private key inside is readable by anyone' : 'it holds a private key under a password'}. ${detector.remediation}`,
    identity: `${detector.id}:${nodeCrypto().createHash('sha256').update(bytes).digest('hex')}`,
    // file names are data (a pull request chooses them): the finding's `file` says where, its label only what
    redacted: detector.title,
    confidence: matchConfidence(detector),
  });
}

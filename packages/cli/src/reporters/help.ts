import {
  binaryDetectors,
  detectors,
  helpFor,
  isEnvFile,
  type BinaryDetector,
  type Finding,
  type Place,
  type Severity,
  type Verification,
} from '@keyward/core';

// The per-finding help every reporter shows: the vendor's revoke or rotate steps ("revoke it now" first for a
// key confirmed live) and where the new key belongs, for the place the key was found; and a one-line rendering
// of a verification verdict.

let byId: Map<string, BinaryDetector> | undefined;

/** The catalog entry of a finding's detector: a text detector's, or a binary file's (a keystore). */
export function detectorOf(finding: Pick<Finding, 'detectorId'>): BinaryDetector | undefined {
  byId ??= new Map([...detectors, ...binaryDetectors].map((detector) => [detector.id, detector]));
  return finding.detectorId ? byId.get(finding.detectorId) : undefined;
}

/** Where a finding is, for its advice: a past commit, build output, a .env file or code. */
export function placeOf(finding: Finding, report: { readonly bundle?: boolean }): Place {
  if (finding.commit) return 'history';
  if (report.bundle) return 'bundle';
  return isEnvFile(finding.file) ? 'env-file' : 'code';
}

/** Help for a hardcoded key, or for any finding whose key is live; undefined for other findings. */
export function findingHelp(finding: Finding, place?: Place): string | undefined {
  const detector = detectorOf(finding);
  if (!detector) return undefined;
  if (finding.ruleId !== 'no-hardcoded-key' && finding.verification?.status !== 'live') return undefined;
  return helpFor(detector, finding.verification, place ?? placeOf(finding, {}));
}

/** `--fail-on` counts a key its vendor confirmed live as `high`, whatever its detector says. */
export function failingSeverity(finding: Finding): Severity {
  return finding.verification?.status === 'live' ? 'high' : finding.severity;
}

/** `live (HTTP 200)`, `invalid: revoked (HTTP 401 KEY_REVOKED)`, `unknown: timeout (no answer within 5 s)`. */
export function verificationLine(verification: Verification): string {
  const reason = verification.reason ? `: ${verification.reason}` : '';
  const detail = verification.detail ? ` (${verification.detail})` : '';
  return `${verification.status}${reason}${detail}`;
}

import { detectors, helpFor, type Detector, type Finding, type Verification } from '@keyward/core';

// The per-finding help every reporter shows: the vendor's revoke or rotate steps ("revoke it now" first for a
// key confirmed live), and a one-line rendering of a verification verdict.

let byId: Map<string, Detector> | undefined;

export function detectorOf(finding: Pick<Finding, 'detectorId'>): Detector | undefined {
  byId ??= new Map(detectors.map((detector) => [detector.id, detector]));
  return finding.detectorId ? byId.get(finding.detectorId) : undefined;
}

/** Help for a hardcoded key, or for any finding whose key is live; undefined for other findings. */
export function findingHelp(finding: Finding): string | undefined {
  const detector = detectorOf(finding);
  if (!detector) return undefined;
  if (finding.ruleId !== 'no-hardcoded-key' && finding.verification?.status !== 'live') return undefined;
  return helpFor(detector, finding.verification);
}

/** `live (HTTP 200)`, `invalid: revoked (HTTP 401 KEY_REVOKED)`, `unknown: timeout (no answer within 5 s)`. */
export function verificationLine(verification: Verification): string {
  const reason = verification.reason ? `: ${verification.reason}` : '';
  const detail = verification.detail ? ` (${verification.detail})` : '';
  return `${verification.status}${reason}${detail}`;
}

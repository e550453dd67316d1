import { LineIndex, verifierFor, type Finding, type SecretMatch } from '@keyward/core';

/**
 * A key found by the scan that a verifier could check, with the findings it produced. The only object of the
 * verification that holds a secret: it lives in memory for the run (and crosses to the main thread from a
 * worker by message), and is never written, logged or reported.
 */
export interface KeyCandidate {
  readonly verifierId: string;
  readonly secret: string;
  readonly companions: Readonly<Record<string, string>>;
  /** Why this occurrence may not be sent (attribution uncertain, a companion missing). */
  readonly notSent?: string;
  /** Fingerprints of the findings this key produced. */
  readonly fingerprints: readonly string[];
}

/** Collects verifiable keys during a scan, when `--verify` asked for them; the scan itself is unchanged. */
export class KeyCollector {
  readonly candidates: KeyCandidate[] = [];

  /**
   * Records the matches of detectors that have a verifier, with the findings they produced (same detector,
   * same start position). Attribution runs here, where the text around the key is still at hand.
   */
  collect(text: string, matches: readonly SecretMatch[], findings: readonly Finding[]): void {
    let lines: LineIndex | undefined;
    for (const match of matches) {
      const verifier = verifierFor(match.detector.id);
      if (!verifier) continue;
      lines ??= new LineIndex(text);
      const at = lines.position(match.start);
      const fingerprints = findings
        .filter((f) => f.detectorId === match.detector.id && f.line === at.line && f.column === at.column)
        .map((f) => f.fingerprint);
      if (fingerprints.length === 0) continue;
      const attribution = verifier.attribute?.(match.secret, { text, index: match.start }) ?? { companions: {} };
      this.candidates.push(
        'notSent' in attribution
          ? {
              verifierId: verifier.id,
              secret: match.secret,
              companions: {},
              notSent: attribution.notSent,
              fingerprints,
            }
          : { verifierId: verifier.id, secret: match.secret, companions: attribution.companions, fingerprints },
      );
    }
  }

  /** Adds candidates collected elsewhere (a worker thread's batch). */
  add(candidates: readonly KeyCandidate[]): void {
    this.candidates.push(...candidates);
  }
}

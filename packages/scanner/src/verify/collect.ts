import { LineIndex, verifierFor, type Finding, type SecretMatch } from '@keyward/core';

/**
 * A key found by the scan that a verifier could check, with the findings it produced. The only object of the
 * verification that holds a secret: it lives in memory for the run (and crosses to the main thread from a
 * worker by message), and is never written, logged or reported.
 */
export interface KeyCandidate {
  /** The verifier of the detector that found it; absent for a vendor without one (it still claims the key). */
  readonly verifierId?: string;
  /** The vendor the detector attributes the key to. */
  readonly provider: string;
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
   * Records each key with the findings it produced, matched by detector and start position (the text scan's
   * findings sit where their match starts).
   */
  collect(text: string, matches: readonly SecretMatch[], findings: readonly Finding[]): void {
    let lines: LineIndex | undefined;
    for (const match of matches) {
      if (match.detector.confidence !== 'high') continue;
      lines ??= new LineIndex(text);
      const at = lines.position(match.start);
      const fingerprints = findings
        .filter((f) => f.detectorId === match.detector.id && f.line === at.line && f.column === at.column)
        .map((f) => f.fingerprint);
      this.claim(text, match, fingerprints);
    }
  }

  /**
   * Records one key and the fingerprints of the findings it produced. Keys of detectors with a verifier are
   * attributed here, where the text around them is still at hand; keys of other vendors' detectors are kept as
   * claims, so a key two vendors' formats claim in one run is sent to neither. Matches of medium-confidence
   * detectors (generic, JWT) name a shape, not a vendor, and claim nothing.
   */
  claim(text: string, match: SecretMatch, fingerprints: readonly string[]): void {
    if (match.detector.confidence !== 'high' || fingerprints.length === 0) return;
    const provider = match.detector.provider;
    const verifier = verifierFor(match.detector.id);
    if (!verifier) {
      this.candidates.push({ provider, secret: match.secret, companions: {}, fingerprints });
      return;
    }
    const attribution = verifier.attribute?.(match.secret, { text, index: match.start }) ?? { companions: {} };
    const candidate = { verifierId: verifier.id, provider, secret: match.secret, fingerprints };
    this.candidates.push(
      'notSent' in attribution
        ? { ...candidate, companions: {}, notSent: attribution.notSent }
        : { ...candidate, companions: attribution.companions },
    );
  }

  /** Adds candidates collected elsewhere (a worker thread's batch). */
  merge(candidates: readonly KeyCandidate[]): void {
    this.candidates.push(...candidates);
  }
}

import { sha256Hex, verifiers, type Finding, type KeyMaterial, type Verification, type Verifier } from '@keyward/core';
import type { KeyCandidate, KeyCollector } from './collect.js';
import { send } from './http.js';
import { DEFAULT_LIMITS, Scheduler, type Limits } from './limits.js';
import { baseFor, checkOverrides, join } from './target.js';

export { KeyCollector, type KeyCandidate } from './collect.js';
export { VerifyConfigError, isLoopback } from './target.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';

export interface VerifyOptions {
  /** Where `KEYWARD_VERIFY_URL_*` overrides are read (the process environment in the CLI). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Per request, connect to last byte (default 5,000 ms). */
  readonly timeoutMs?: number;
  readonly limits?: Partial<Limits>;
  readonly now?: () => Date;
  readonly userAgent?: string;
}

/** What a verification pass did, for the report's summary. Counts are of distinct keys. */
export interface VerificationSummary {
  readonly keys: number;
  readonly requests: number;
  readonly live: number;
  readonly invalid: number;
  readonly unknown: number;
  readonly durationMs: number;
}

const MAX_BODY_BYTES = 64 * 1024;

/**
 * One run's verification: each distinct key is sent at most once (a run-level cache keyed by a fingerprint
 * of the key, never the key), through one scheduler that bounds concurrency and spaces requests per host.
 */
export class VerificationRun {
  private readonly cache = new Map<string, Promise<Verification>>();
  private readonly scheduler: Scheduler;
  private readonly env: Readonly<Record<string, string | undefined>>;
  private readonly byId = new Map(verifiers.map((verifier) => [verifier.id, verifier]));
  requests = 0;

  constructor(private readonly options: VerifyOptions = {}) {
    this.env = options.env ?? {};
    // a misspelt or plain-http override is an error before anything is sent
    checkOverrides(this.env);
    this.scheduler = new Scheduler({ ...DEFAULT_LIMITS, ...options.limits });
  }

  /** Adds `verification` to every finding whose key was collected; others are returned unchanged. */
  async verify(
    findings: readonly Finding[],
    collector: KeyCollector,
  ): Promise<{ findings: Finding[]; summary: VerificationSummary }> {
    const started = performance.now();
    const requestsBefore = this.requests;
    const wanted = new Set(findings.map((finding) => finding.fingerprint));
    // every occurrence counts for attribution (a baselined one too); only reported keys are sent
    const bySecret = new Map<string, KeyCandidate[]>();
    for (const candidate of collector.candidates) {
      const group = bySecret.get(candidate.secret);
      if (group) group.push(candidate);
      else bySecret.set(candidate.secret, [candidate]);
    }
    const verdicts = new Map<string, Promise<Verification>>();
    const keys: Promise<Verification>[] = [];
    for (const group of bySecret.values()) {
      if (!group.some((candidate) => candidate.fingerprints.some((fingerprint) => wanted.has(fingerprint)))) continue;
      const verdict = this.decide(group);
      if (!verdict) continue;
      keys.push(verdict);
      for (const candidate of group)
        for (const fingerprint of candidate.fingerprints) verdicts.set(fingerprint, verdict);
    }
    const settled = await Promise.all(keys);
    const out = await Promise.all(
      findings.map(async (finding) => {
        const verdict = verdicts.get(finding.fingerprint);
        return verdict ? { ...finding, verification: await verdict } : finding;
      }),
    );
    const count = (status: Verification['status']) => settled.filter((v) => v.status === status).length;
    return {
      findings: out,
      summary: {
        keys: settled.length,
        requests: this.requests - requestsBefore,
        live: count('live'),
        invalid: count('invalid'),
        unknown: count('unknown'),
        durationMs: performance.now() - started,
      },
    };
  }

  /**
   * One verdict for all occurrences of a key: sent once, to one vendor, or not at all. Undefined when no
   * occurrence has a verifier (other vendors' keys, kept only as claims).
   */
  private decide(group: readonly KeyCandidate[]): Promise<Verification> | undefined {
    const verifierIds = [...new Set(group.flatMap((candidate) => candidate.verifierId ?? []))];
    if (verifierIds.length === 0) return undefined;
    const providers = [...new Set(group.map((candidate) => candidate.provider))];
    if (providers.length > 1 || verifierIds.length > 1)
      return Promise.resolve(notSent(`found as a key of ${providers.join(' and ')} in this scan; sent to none`));
    const verifier = this.byId.get(verifierIds[0]!)!;
    const sendable = group.filter((candidate) => candidate.verifierId !== undefined && candidate.notSent === undefined);
    if (sendable.length === 0)
      return Promise.resolve(notSent(group.find((candidate) => candidate.notSent)?.notSent ?? 'not attributable'));
    const companions = new Set(sendable.map((candidate) => stableJson(candidate.companions)));
    if (companions.size > 1) return Promise.resolve(notSent('different values beside the key in different places'));
    const key: KeyMaterial = { secret: sendable[0]!.secret, companions: sendable[0]!.companions };
    const id = keyFingerprint(verifier, key);
    let verdict = this.cache.get(id);
    if (!verdict) {
      verdict = this.check(verifier, key);
      this.cache.set(id, verdict);
    }
    return verdict;
  }

  private async check(verifier: Verifier, key: KeyMaterial): Promise<Verification> {
    try {
      const base = baseFor(verifier, key, this.env);
      const request = verifier.request(key, { now: this.options.now?.() ?? new Date(), host: base.host });
      const url = join(base, request.path);
      const outcome = await this.scheduler.run(url.host, async () => {
        this.requests++;
        const sent = await send(url, request, {
          timeoutMs: this.options.timeoutMs ?? 5000,
          maxBodyBytes: MAX_BODY_BYTES,
          userAgent: this.options.userAgent ?? 'keyward-verify',
        });
        // marked before the scheduler starts the next request to this host
        if ('response' in sent && sent.response.status === 429) this.scheduler.rateLimited(url.host);
        return sent;
      });
      if (outcome === undefined)
        return { status: 'unknown', reason: 'rate-limited', detail: 'not sent: the host rate-limited this run' };
      if ('failure' in outcome) return outcome.failure;
      return scrub(verifier.interpret(outcome.response), key);
    } catch {
      // a verifier bug or a base outside its hosts: no verdict, and no message that could quote anything
      return {
        status: 'unknown',
        reason: 'unexpected-response',
        detail: 'the verifier could not build or read the request',
      };
    }
  }
}

function notSent(why: string): Verification {
  return { status: 'unknown', reason: 'not-sent', detail: why };
}

/** A verdict never carries the key, whatever a verifier or a response did. */
function scrub(verification: Verification, key: KeyMaterial): Verification {
  const leaks = (text: string | undefined) => text !== undefined && text.includes(key.secret);
  if (!leaks(verification.reason) && !leaks(verification.detail)) return verification;
  return { status: verification.status, ...(leaks(verification.reason) ? {} : { reason: verification.reason }) };
}

/** Identifies a key for the run-level cache without holding it in clear. */
function keyFingerprint(verifier: Verifier, key: KeyMaterial): string {
  return sha256Hex(`keyward-verify\0${verifier.id}\0${key.secret}\0${stableJson(key.companions)}`);
}

function stableJson(value: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

import type { Finding } from './types.js';
import { jsonSyntaxError } from './util/json.js';

/** One known finding: keyed by fingerprint and path, never by line, so moving code does not churn it. */
export interface BaselineEntry {
  readonly fingerprint: string;
  readonly file: string;
  readonly ruleId: string;
  readonly detectorId?: string;
  readonly redacted: string;
}

export interface Baseline {
  readonly version: 1;
  readonly tool: string;
  readonly findings: readonly BaselineEntry[];
}

export class BaselineError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'BaselineError';
  }
}

export function createBaseline(findings: readonly Finding[], tool: string): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const entry: BaselineEntry = {
      fingerprint: finding.fingerprint,
      file: finding.file,
      ruleId: finding.ruleId,
      ...(finding.detectorId ? { detectorId: finding.detectorId } : {}),
      redacted: finding.redacted,
    };
    entries.set(`${entry.file}\0${entry.fingerprint}`, entry);
  }
  return { version: 1, tool, findings: sortEntries(entries.values()) };
}

/**
 * `current` (a baseline of some paths) merged into `previous`: entries of files `covered` by the paths scanned
 * come from `current` only (a key removed since is dropped), every other entry of `previous` is kept.
 */
export function mergeBaseline(previous: Baseline, current: Baseline, covered: (file: string) => boolean): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const entry of previous.findings)
    if (!covered(entry.file)) entries.set(`${entry.file}\0${entry.fingerprint}`, entry);
  for (const entry of current.findings) entries.set(`${entry.file}\0${entry.fingerprint}`, entry);
  return { version: 1, tool: current.tool, findings: sortEntries(entries.values()) };
}

function sortEntries(entries: Iterable<BaselineEntry>): BaselineEntry[] {
  return [...entries].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : 1,
  );
}

export function parseBaseline(text: string, file: string): Baseline {
  const json = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    // never the parser's message: it quotes the text around the error
    throw new BaselineError(file, `is not valid JSON (${jsonSyntaxError(json) ?? 'syntax error'})`);
  }
  if (raw === null || typeof raw !== 'object' || (raw as { version?: unknown }).version !== 1) {
    throw new BaselineError(file, 'is not a keyward baseline (expected {"version": 1, "findings": [...]})');
  }
  const findings = (raw as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) throw new BaselineError(file, '"findings" must be an array');
  findings.forEach((entry, i) => {
    const ok =
      entry &&
      typeof entry === 'object' &&
      typeof entry.fingerprint === 'string' &&
      /^[0-9a-f]{64}$/.test(entry.fingerprint) &&
      typeof entry.file === 'string';
    if (!ok) throw new BaselineError(file, `findings[${i}] needs a 64-hex "fingerprint" and a "file"`);
  });
  return raw as Baseline;
}

/** A predicate that is true for findings the baseline does not know. */
export function notInBaseline(baseline: Baseline): (finding: Finding) => boolean {
  const known = new Set(baseline.findings.map((entry) => `${entry.file}\0${entry.fingerprint}`));
  return (finding) => !known.has(`${finding.file}\0${finding.fingerprint}`);
}

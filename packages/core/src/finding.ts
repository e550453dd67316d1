import type { Confidence, Detector, Finding, SecretMatch, Severity, TraceStep } from './types.js';
import { fingerprint } from './util/fingerprint.js';
import { redact } from './util/redact.js';
import { LineIndex } from './position.js';
import { ruleMeta, type RuleId } from './rules.js';
import { isEnvFile } from './environment.js';
import { PUBLIC_PREFIXES } from './env-names.js';

/** Where a finding sits: 1-based lines and columns (UTF-16 code units), end exclusive. */
export interface FindingRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** What a rule knows about one finding; createFinding adds what the rule's metadata says. */
export interface FindingInput extends FindingRange {
  readonly ruleId: RuleId;
  /** Path relative to the scan root, forward slashes. */
  readonly file: string;
  readonly message: string;
  /**
   * What the finding is, for its fingerprint: the secret, or names of its source, sink and file. Never a line
   * number, so a baseline survives moved code; hashed, so the secret is never stored.
   */
  readonly identity: string;
  /** How the finding shows what it found: a redacted key, a variable name, a label made of names. */
  readonly redacted: string;
  /** Defaults to the rule's default severity. */
  readonly severity?: Severity;
  readonly detectorId?: string;
  readonly confidence?: Confidence;
  readonly trace?: readonly TraceStep[];
  /** Only when the user asked for secrets in clear (`--show-secrets`). */
  readonly secret?: string;
  readonly commit?: string;
}

/** The one way every front end builds a finding: category and default severity come from the rule's metadata. */
export function createFinding(input: FindingInput): Finding {
  const rule = ruleMeta(input.ruleId);
  return {
    ruleId: rule.id,
    ...(input.detectorId !== undefined ? { detectorId: input.detectorId } : {}),
    category: rule.category,
    severity: input.severity ?? rule.defaultSeverity,
    file: input.file,
    line: input.line,
    column: input.column,
    endLine: input.endLine,
    endColumn: input.endColumn,
    message: input.message,
    fingerprint: fingerprint(rule.id, input.identity),
    redacted: input.redacted,
    ...(input.confidence !== undefined ? { confidence: input.confidence } : {}),
    ...(input.secret !== undefined ? { secret: input.secret } : {}),
    ...(input.trace?.length ? { trace: input.trace } : {}),
    ...(input.commit !== undefined ? { commit: input.commit } : {}),
  };
}

export interface FindingOptions {
  /** Path relative to the scan root, forward slashes. */
  readonly file: string;
  /** Include the secret in clear (`--show-secrets`). */
  readonly showSecrets?: boolean;
  readonly severityOverride?: Severity;
}

/** Turns text-scan matches into `no-hardcoded-key` findings with positions, redaction and fingerprints. */
export function hardcodedKeyFindings(
  text: string,
  matches: readonly SecretMatch[],
  options: FindingOptions,
): Finding[] {
  if (matches.length === 0) return [];
  const lines = new LineIndex(text);
  return matches.map((match) => hardcodedKeyFinding(match, rangeAt(lines, match.start, match.end), options));
}

/** `no-hardcoded-key` for one match at a known range (the text scan's, or a concatenation of literals in code). */
export function hardcodedKeyFinding(match: SecretMatch, range: FindingRange, options: FindingOptions): Finding {
  const { detector } = match;
  const shown = redact(match.secret, detector.prefixLength ?? 0);
  return createFinding({
    ruleId: 'no-hardcoded-key',
    detectorId: detector.id,
    severity: options.severityOverride ?? detector.severity,
    file: options.file,
    ...range,
    message: isEnvFile(options.file)
      ? envFileKeyMessage(detector.title, shown, options.file, match.name)
      : hardcodedKeyMessage(detector.title, shown, match.name ? envNameFor(match.name) : detector.envName, match.name),
    identity: match.secret,
    redacted: shown,
    confidence: matchConfidence(detector),
    ...(options.showSecrets ? { secret: match.secret } : {}),
  });
}

/**
 * How sure a match of `detector` is: a detector with an offline checksum only reports keys that pass it
 * (`high`); a provider's shape alone is `medium`; the generic and JWT detectors are `low`.
 */
export function matchConfidence(detector: Pick<Detector, 'checksum' | 'confidence'>): Confidence {
  if (detector.checksum) return 'high';
  return detector.confidence === 'high' ? 'medium' : 'low';
}

/** The range of text offsets [start, end) as a finding states it. */
export function rangeAt(lines: LineIndex, start: number, end: number): FindingRange {
  const from = lines.position(start);
  const to = lines.position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** "LMIF production API key lmif_live_Ab12… is hardcoded; move it to process.env.LMIF_API_KEY and rotate it." */
export function hardcodedKeyMessage(title: string, redacted: string, envName: string, name?: string): string {
  const what = name ? `Secret assigned to ${name} (${redacted})` : `${title} ${redacted}`;
  return `${what} is hardcoded; move it to process.env.${envName} and rotate it.`;
}

/**
 * A key in a .env file is where keys belong, as long as git never sees the file: "move it to process.env" would
 * send the reader in a circle. The file's own finding (committed-env-file) says when git does see it.
 */
export function envFileKeyMessage(title: string, redacted: string, file: string, name?: string): string {
  const what = name ? `Secret assigned to ${name} (${redacted})` : `${title} ${redacted}`;
  const base = file.split('/').pop() ?? file;
  return `${what} is in ${base}; keep ${base} out of git (or use a secrets manager), and rotate the key if the file was ever committed or shared.`;
}

/**
 * `apiKey` → `API_KEY`, `config.client_secret` → `CLIENT_SECRET`, `x-api-key` → `X_API_KEY`. A public prefix is
 * dropped (`VITE_STRIPE_SECRET` → `STRIPE_SECRET`): the bundler copies such a variable into browser code.
 */
export function envNameFor(name: string): string {
  const last = name.split('.').filter(Boolean).pop() ?? name;
  const snake = last
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  const prefix = PUBLIC_PREFIXES.find((candidate) => snake.startsWith(candidate) && snake.length > candidate.length);
  const server = prefix ? snake.slice(prefix.length) : snake;
  return /^[A-Z]/.test(server) ? server : `KEY_${server}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

export function severityAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[threshold];
}

/** Stable order for every output: file, line, column, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    (a.detectorId ?? '').localeCompare(b.detectorId ?? '')
  );
}

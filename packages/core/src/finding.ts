import type { Finding, SecretMatch, Severity } from './types.js';
import { fingerprint } from './util/fingerprint.js';
import { redact } from './util/redact.js';
import { LineIndex } from './position.js';

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
  return matches.map((match) => {
    const start = lines.position(match.start);
    const end = lines.position(match.end);
    const { detector } = match;
    const shown = redact(match.secret, detector.prefixLength ?? 0);
    const finding: Finding = {
      ruleId: 'no-hardcoded-key',
      detectorId: detector.id,
      category: 'hardcoded-key',
      severity: options.severityOverride ?? detector.severity,
      file: options.file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      message: hardcodedKeyMessage(
        detector.title,
        shown,
        match.name ? envNameFor(match.name) : detector.envName,
        match.name,
      ),
      fingerprint: fingerprint('no-hardcoded-key', match.secret),
      redacted: shown,
    };
    return options.showSecrets ? { ...finding, secret: match.secret } : finding;
  });
}

/** "LMIF production API key lmif_live_Ab12… is hardcoded; move it to process.env.LMIF_API_KEY and rotate it." */
export function hardcodedKeyMessage(title: string, redacted: string, envName: string, name?: string): string {
  const what = name ? `Secret assigned to ${name} (${redacted})` : `${title} ${redacted}`;
  return `${what} is hardcoded; move it to process.env.${envName} and rotate it.`;
}

/** `apiKey` → `API_KEY`, `config.client_secret` → `CLIENT_SECRET`, `x-api-key` → `X_API_KEY`. */
export function envNameFor(name: string): string {
  const last = name.split('.').filter(Boolean).pop() ?? name;
  const snake = last
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z]/.test(snake) ? snake : `KEY_${snake}`;
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

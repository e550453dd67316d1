import type { Detector, Environment, Severity } from '../types.js';

/** Characters that may not touch a key on either side: keys are whole tokens. */
const WORD = 'A-Za-z0-9_';

type DetectorInput = Omit<Detector, 'severity' | 'confidence' | 'remediation'> &
  Partial<Pick<Detector, 'severity' | 'confidence' | 'remediation'>>;

/** What a detector without its own remediation line advises. */
export function defaultRemediation(provider: string, envName: string): string {
  return `Revoke the key in the ${provider} dashboard, then read it from \`process.env.${envName}\` or a secrets manager.`;
}

/** Fills the defaults every detector shares. */
export function define(input: DetectorInput): Detector {
  return {
    severity: input.environment === 'test' ? 'medium' : 'high',
    confidence: 'high',
    remediation: defaultRemediation(input.provider, input.envName),
    ...input,
  };
}

interface PrefixedInput {
  readonly id: string;
  readonly provider: string;
  readonly title: string;
  /** Literal prefix, e.g. `lmif_live_`. */
  readonly prefix: string;
  /** Regex source for the part after the prefix; every quantifier bounded. */
  readonly body: string;
  /** Human description of the body, for the catalog. */
  readonly shape: string;
  readonly envName: string;
  readonly environment?: Environment;
  readonly severity?: Severity;
  readonly validate?: Detector['validate'];
  readonly checksum?: string;
  readonly supersedes?: readonly string[];
  /** Extra characters that may not follow the key (beyond letters, digits and `_`). */
  readonly tail?: string;
  readonly remediation?: string;
  readonly structured?: boolean;
}

/** A key recognised by a literal prefix and a bounded body: the common case. */
export function prefixed(input: PrefixedInput): Detector {
  const { prefix, body, shape, tail = '-', ...rest } = input;
  return define({
    ...rest,
    matches: `\`${prefix}\` followed by ${shape}`,
    keywords: [prefix],
    prefixLength: prefix.length,
    pattern: new RegExp(`(?<![${WORD}])${escapeRegex(prefix)}(?:${body})(?![${WORD}${escapeClass(tail)}])`, 'g'),
  });
}

export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/** Decodes base64url (or base64) text, or returns undefined when it is not valid. */
export function decodeBase64Url(text: string): string | undefined {
  try {
    const normal = text.replace(/-/g, '+').replace(/_/g, '/');
    return atob(normal + '='.repeat((4 - (normal.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/** Parses a JSON object, or returns undefined. */
export function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The text within `radius` characters around a match, for vendor-context checks. */
export function around(text: string, index: number, radius = 200): string {
  return text.slice(Math.max(0, index - radius), index + radius);
}

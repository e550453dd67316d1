/** Severity of a finding; `--fail-on` compares against this order. */
export type Severity = 'low' | 'medium' | 'high';

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

/**
 * How sure a finding is that the text is a real key: `high` when it passed its format's offline checksum
 * (GitHub's and npm's CRC-32, PyPI's macaroon structure), `medium` for a provider-specific shape, `low` for
 * the generic and JWT detectors (a secret-looking value under a secret-looking name).
 */
export type Confidence = 'high' | 'medium' | 'low';

/** Which deployment a key belongs to, when its format tells (`lmif_test_` vs `lmif_live_`). */
export type Environment = 'live' | 'test';

/** The five finding categories of DESIGN.md. */
export type Category = 'hardcoded-key' | 'client-side' | 'logged-credential' | 'env-mismatch' | 'committed-env-file';

/** Kind of file, as far as the text scan cares: it decides whether bare (unquoted) values count. */
export type FileKind = 'code' | 'env' | 'config' | 'markup' | 'lockfile' | 'other';

/** Context a detector's `validate` receives besides the secret. */
export interface MatchContext {
  /** The whole text being scanned (the raw match sits at `index`). */
  readonly text: string;
  readonly index: number;
  readonly fileKind: FileKind;
}

/**
 * One known key format. Detectors are data plus a small `validate`; see `docs/detectors.md`.
 * Every quantifier in `pattern` is bounded, so a match attempt costs a constant and a scan is linear.
 */
export interface Detector {
  /** Stable kebab-case id, e.g. `lmif-live-key`; used in suppressions, allow lists and SARIF. */
  readonly id: string;
  readonly provider: string;
  readonly title: string;
  /** Human description of the shape, for the generated catalog. */
  readonly matches: string;
  /** Literals of which at least one must occur in a file for the detector to run (case-sensitive). */
  readonly keywords: readonly string[];
  /** The keywords match in any case (names such as `datadog` in `DD_API_KEY`, `datadogApiKey`); the regex decides. */
  readonly keywordsFoldCase?: boolean;
  /** Global regex. A named group `secret` narrows the secret inside the match; otherwise the whole match. */
  readonly pattern: RegExp;
  /** Length of the public, non-secret prefix of the secret (`lmif_live_` = 10); shown unredacted. */
  readonly prefixLength?: number;
  readonly validate?: (secret: string, context: MatchContext) => boolean;
  /**
   * Custom matcher for formats a single regex cannot express in linear time (the generic detector).
   * Returns secret spans; `pattern` then documents the anchors it looks for.
   */
  readonly find?: (
    text: string,
    fileKind: FileKind,
    keywordStarts: readonly number[],
  ) => Iterable<{ start: number; end: number; name?: string }>;
  /**
   * Where a match sits relative to a keyword occurrence, so the engine tries the regex only there:
   * `start` (default): the match starts at the keyword; a window: the match starts between `before`
   * characters before and `after` characters after it and is at most `maxLength` long; `anywhere`:
   * the keyword only says the detector may match, so the whole text is searched (custom detectors).
   */
  readonly anchor?:
    'start' | 'anywhere' | { readonly before: number; readonly after: number; readonly maxLength: number };
  /** Name of the offline checksum the validator checks, if any (shown in the catalog). */
  readonly checksum?: string;
  readonly environment?: Environment;
  readonly severity: Severity;
  /** Suggested environment variable for the fix, e.g. `LMIF_API_KEY`. */
  readonly envName: string;
  readonly remediation: string;
  /** Lower confidence detectors (generic, JWT) do not run in lock files and are skipped in minified code. */
  readonly confidence: 'high' | 'medium';
  /**
   * The detector knows a credential by where it sits (a header, a `curl -u`), not by its format: where a
   * format's detector matches the same text, that one reports it (a GitLab token in a header is a GitLab token).
   */
  readonly byPlace?: boolean;
  /**
   * The secret is a structured encoding (OpenSSH or PEM key material, a JWT, a macaroon, base64 of binary):
   * the placeholder filter's run and sequence rules do not apply (`AAAAAA` runs are normal there).
   */
  readonly structured?: boolean;
  /** Ids of detectors whose overlapping matches this one replaces (a more specific vendor wins). */
  readonly supersedes?: readonly string[];
}

/** A raw match of the text scan, before it becomes a Finding; the only object holding the secret. */
export interface SecretMatch {
  readonly detector: Detector;
  /** The secret itself. Lives only in memory during a scan. */
  readonly secret: string;
  /** Offsets into the scanned text of the secret. */
  readonly start: number;
  readonly end: number;
  /** The variable, key or header the secret is assigned to, when the detector knows it. */
  readonly name?: string;
}

/** One step of a finding's path: where it is and what happens there (`imports ./config`, `passes it to log(value)`). */
export interface TraceStep {
  /** Path relative to the scan root, forward slashes. */
  readonly file: string;
  /** 1-based, like the finding's own position. */
  readonly line: number;
  readonly column: number;
  readonly label: string;
}

/** The finding model shared by every front end (DESIGN.md). */
export interface Finding {
  readonly ruleId: string;
  readonly detectorId?: string;
  readonly category: Category;
  readonly severity: Severity;
  /** Path relative to the scan root, with forward slashes. */
  readonly file: string;
  /** 1-based line and column (UTF-16 code units, as ESLint and SARIF count). */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  /**
   * SHA-256 of the rule id and what the finding is (the secret; or source, sink and file for a flow), never a
   * line number: stable across moved code, never the secret itself.
   */
  readonly fingerprint: string;
  readonly redacted: string;
  /** For a hardcoded key: how sure the match is (checksum-valid, provider shape, or generic); see `Confidence`. */
  readonly confidence?: Confidence;
  /** Only present when the user asked for secrets in clear (`--show-secrets`). */
  readonly secret?: string;
  /**
   * The path that makes it a finding, as data: source → … → sink for a flow, entry → … → module for an import
   * chain. Labels are names (identifiers, properties, calls, files), never source text.
   */
  readonly trace?: readonly TraceStep[];
  readonly commit?: string;
  /** Where a hit in built output came from, through the asset's source map (`keyward bundle`). */
  readonly origin?: FindingOrigin;
  /** Whether the key still works, when the user asked (`--verify`); see `docs/verification.md`. */
  readonly verification?: Verification;
}

/** An original source position behind a bundle hit: 1-based line and column, as in `Finding`. */
export interface FindingOrigin {
  /** Relative to the scan root when the source sits in the project; else as the source map names it. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The read that put the value there, built from names (`import.meta.env.VITE_OPENAI_API_KEY`), never source text. */
  readonly read?: string;
}

/**
 * What the vendor said about a key: `live` (it authenticates), `invalid` (the vendor rejected it:
 * `reason` is `revoked`, `expired`, `unauthorized` or `wrong-environment`) or `unknown` (no answer to go by:
 * `network-error`, `timeout`, `rate-limited`, `server-error`, `redirect`, `unexpected-response`, `not-sent`).
 * `detail` is a short note built from status codes and the vendor's documented error codes, never from the key.
 */
export interface Verification {
  readonly status: 'live' | 'invalid' | 'unknown';
  readonly reason?: string;
  readonly detail?: string;
}

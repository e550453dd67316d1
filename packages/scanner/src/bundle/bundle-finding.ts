import { fingerprint, publicPrefix, redact, type Finding, type SecretMatch, type Severity } from '@keyward/core';
import type { ServerEnvValue } from './env-values.js';
import type { TracedOrigin } from './origin.js';

// The findings of `keyward bundle`, all `no-client-side-key`: a known key in an asset, a server-only env
// value in an asset, and a secret in the `sourcesContent` of a published source map.

/** Where a hit sits: the asset (relative path), its span, and for HTML the part of the page. */
export interface BundleSpot {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly region?: string;
  /** The public env variable whose entry in a generated env object holds the hit. */
  readonly envEntry?: string;
}

/** A detector's key in an asset; `variables` names the server-only env variables holding the same value. */
export function keyInBundle(
  match: SecretMatch,
  spot: BundleSpot,
  traced: TracedOrigin | undefined,
  variables: readonly ServerEnvValue[],
  showSecrets: boolean,
): Finding {
  const redacted = redact(match.secret, match.detector.prefixLength ?? 0);
  const held = variables.length ? ` (the value of ${names(variables)})` : '';
  return finding({
    spot,
    traced,
    showSecrets,
    detectorId: match.detector.id,
    severity: variables.length ? 'high' : match.detector.severity,
    message: `${match.detector.title} ${redacted}${held} is in browser bundle output${where(spot)}: anyone who loads the page can read it. ${advice(traced, spot)}`,
    secret: match.secret,
    identity: match.secret,
    redacted,
  });
}

/** A server-only env value in an asset, whatever its format. */
export function envValueInBundle(
  variables: readonly ServerEnvValue[],
  spot: BundleSpot,
  traced: TracedOrigin | undefined,
  showSecrets: boolean,
): Finding {
  const first = variables[0]!;
  const what = first.part === 'password' ? `The password in ${names(variables)}` : `The value of ${names(variables)}`;
  return finding({
    spot,
    traced,
    showSecrets,
    severity: variables.some((variable) => variable.severity === 'high') ? 'high' : 'medium',
    message: `${what} (server-only, ${first.file ? `${first.file}:${first.line}` : 'from the environment'}) is in browser bundle output${where(spot)}: the build inlined it. ${advice(traced, spot)}`,
    secret: first.value,
    identity: `env\0${first.name}\0${first.value}`,
    redacted: redact(first.value, 0),
  });
}

/** What a source map's `sourcesContent` holds: a detector's key, or a server-only value. */
export interface PublishedSecret {
  readonly title: string;
  readonly secret: string;
  readonly prefixLength: number;
  readonly detectorId?: string;
  readonly severity: Severity;
}

/** A secret in a source map's `sourcesContent`: the map publishes the original source that holds it. */
export function secretInSourceMap(
  what: PublishedSecret,
  spot: BundleSpot,
  origin: TracedOrigin,
  showSecrets: boolean,
): Finding {
  const redacted = redact(what.secret, what.prefixLength);
  return finding({
    spot,
    traced: origin,
    showSecrets,
    ...(what.detectorId ? { detectorId: what.detectorId } : {}),
    severity: what.severity,
    message: `This source map publishes the source of ${origin.origin.file}, which holds ${what.title} ${redacted} (line ${origin.origin.line}): anyone can download it. Do not deploy source maps with sourcesContent (or keep them off the public server), and rotate the secret.`,
    secret: what.secret,
    // a key published by the map is a finding apart from the same key in the code
    identity: `source-map\0${what.secret}`,
    redacted,
  });
}

interface FindingParts {
  readonly spot: BundleSpot;
  readonly traced: TracedOrigin | undefined;
  readonly showSecrets: boolean;
  readonly detectorId?: string;
  readonly severity: Severity;
  readonly message: string;
  /** The secret itself: only in memory, and in `secret` with `--show-secrets`. */
  readonly secret: string;
  /** What the fingerprint is taken over. */
  readonly identity: string;
  readonly redacted: string;
}

function finding(parts: FindingParts): Finding {
  const { spot } = parts;
  return {
    ruleId: 'no-client-side-key',
    ...(parts.detectorId ? { detectorId: parts.detectorId } : {}),
    category: 'client-side',
    severity: parts.severity,
    file: spot.file,
    line: spot.line,
    column: spot.column,
    endLine: spot.endLine,
    endColumn: spot.endColumn,
    message: parts.message,
    fingerprint: fingerprint('no-client-side-key', parts.identity),
    redacted: parts.redacted,
    ...(parts.showSecrets ? { secret: parts.secret } : {}),
    ...(parts.traced ? { origin: parts.traced.origin } : {}),
  };
}

function names(variables: readonly ServerEnvValue[]): string {
  return [...new Set(variables.map((variable) => variable.name))].join(', ');
}

/** Data a framework serialises into the page: `__NEXT_DATA__`, the RSC stream, prerendered page data. */
function pageData(spot: BundleSpot): boolean {
  if (spot.region && /__NEXT_DATA__|React Server Components|__NUXT__|SvelteKit/.test(spot.region)) return true;
  return /(?:^|\/)\.next\/server\/(?:app|pages)\/.*\.(?:json|rsc)$/.test(spot.file);
}

function where(spot: BundleSpot): string {
  return spot.region ? ` (${spot.region})` : '';
}

/** The fix, told from how the value got into the bundle. */
function advice(traced: TracedOrigin | undefined, spot: BundleSpot): string {
  const read = traced?.origin.read;
  const env = (read && /^(?:import\.meta\.env|process\.env)\.(.+)$/.exec(read)?.[1]) || spot.envEntry;
  const prefix = env ? publicPrefix(env) : undefined;
  if (prefix)
    return `Its ${prefix} name makes the bundler inline it: drop the prefix, read it on the server, and rotate it.`;
  if (pageData(spot))
    return 'Page props are serialised into the page: do not return it from getStaticProps/getServerSideProps or pass it from a server component to a client component, and rotate it.';
  if (env || (read && !traced?.literal))
    return 'The build inlines this read (a define or env replacement): read it on the server only, and rotate it.';
  if (traced?.literal) return 'It is hardcoded in client code: move it to the server, and rotate it.';
  return 'Keep it out of client code (call the vendor from your server), and rotate it.';
}

import type { Finding, SecretMatch } from './types.js';
import { createFinding } from './finding.js';
import { redact } from './util/redact.js';
import { isPlaceholder } from './placeholder.js';
import { isPublicByDesign, publicPrefix } from './env-names.js';
import { isSecretEnvName } from './secret-names.js';

// Rules that judge a file by where it sits: a sandbox key in production config, a live key in tests,
// and browser-exposed names in `.env` files. Pure: path and text in, findings out.

const PRODUCTION =
  /(?:^|\/)(?:\.env\.prod(?:uction)?(?:\.local)?|(?:config|settings|env|environments?)\/prod(?:uction)?(?:\.[a-z0-9]+)+|[^/]*\.prod(?:uction)?\.(?:json|ya?ml|env|toml|ts|js|mjs|cjs)|(?:deploy|k8s|helm|infra)\/(?:[^/]+\/)*prod(?:uction)?(?:\/|[.-]))/i;
const TEST =
  /(?:^|\/)(?:\.env\.(?:test|testing|ci|dev|development|sandbox|local)|(?:config|settings|env|environments?)\/(?:test|testing|dev|development|sandbox)(?:\.[a-z0-9]+)+|__tests__\/|__mocks__\/|tests?\/|spec\/|e2e\/|fixtures?\/|[^/]*\.(?:test|spec)\.[a-z0-9]+$|sandbox\/)/i;

/** `production` for production config, `test` for tests, fixtures, sandbox and development config. */
export function environmentContext(path: string): 'production' | 'test' | undefined {
  if (PRODUCTION.test(path)) return 'production';
  if (TEST.test(path)) return 'test';
  return undefined;
}

/** Where a key sits, when something other than its path decides it (a `NODE_ENV` branch). */
export interface EnvironmentContext {
  readonly context: 'production' | 'test';
  /** Shown in the message, e.g. `a NODE_ENV === 'production' branch in src/keys.ts`. */
  readonly label: string;
}

/** `env-mismatch`: a test-tagged key in a production context, or a live-tagged key in a test context. */
export function environmentFindings(
  text: string,
  matches: readonly SecretMatch[],
  file: string,
  position: (offset: number) => { line: number; column: number },
  override?: EnvironmentContext,
): Finding[] {
  const context = override?.context ?? environmentContext(file);
  if (!context) return [];
  const label = override?.label ?? file;
  const findings: Finding[] = [];
  for (const match of matches) {
    const environment = match.detector.environment;
    const wrong =
      (environment === 'test' && context === 'production') || (environment === 'live' && context === 'test');
    if (!wrong) continue;
    const start = position(match.start);
    const end = position(match.end);
    const shown = redact(match.secret, match.detector.prefixLength ?? 0);
    const where = context === 'production' ? 'a production context' : 'a test, fixture or development context';
    const consequence =
      match.detector.provider === 'LMIF'
        ? 'LMIF rejects it with WRONG_ENVIRONMENT'
        : environment === 'test'
          ? `${match.detector.provider} will reject it or run against test data`
          : 'tests would act on production data and bill the live account';
    findings.push(
      createFinding({
        ruleId: 'env-mismatch',
        detectorId: match.detector.id,
        severity: environment === 'live' ? 'high' : 'medium',
        file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        message: `${match.detector.title} ${shown} is in ${where} (${label}); ${consequence}. Use a ${environment === 'test' ? 'live' : 'test'} key from that environment's secrets.`,
        identity: match.secret,
        redacted: shown,
      }),
    );
  }
  return findings;
}

/** `.env`, `.env.local`, `.env.production`, `config/app.env` — not `.envrc` or `env.ts`. */
export function isEnvFile(path: string): boolean {
  return /(?:^|\/)\.env(?:\.[^/]+)?$|\.env$/i.test(path) && !/\.envrc$/i.test(path);
}

/** Example env files meant to be committed: `.env.example`, `.env.sample`, `.env.template`, `.env.dist`. */
export function isEnvExample(path: string): boolean {
  return /(?:^|\/)\.env\.(?:example|sample|template|dist|defaults)$|\.example\.env$/i.test(path);
}

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,127})[ \t]*=[ \t]*(.{0,4096})$/;

/** `no-public-env-secret` in `.env*` files: a browser-exposed name holding a secret value. */
export function publicEnvFindings(text: string, file: string): Finding[] {
  if (!isEnvFile(file) || isEnvExample(file)) return [];
  const findings: Finding[] = [];
  // CRLF, LF and lone CR all end a line, as editors (and LineIndex) count them
  const lines = text.split(/\r\n?|\n/);
  lines.forEach((raw, index) => {
    const match = ASSIGNMENT.exec(raw);
    if (!match) return;
    const [, name = '', rawValue = ''] = match;
    const prefix = publicPrefix(name);
    if (!prefix) return;
    const rest = name.slice(prefix.length);
    if (!isSecretEnvName(rest) || isPublicByDesign(rest)) return;
    const value = rawValue
      .replace(/\s+#.*$/, '')
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
    if (!value || isPlaceholder(value) || /^\$\{?[A-Z_]/.test(value)) return;
    const column = raw.indexOf(name) + 1;
    findings.push(
      createFinding({
        ruleId: 'no-public-env-secret',
        file,
        line: index + 1,
        column,
        endLine: index + 1,
        endColumn: column + name.length,
        message: `${name} names a secret, but the ${prefix} prefix makes the bundler copy its value into browser code. Rename it without the prefix, read it on the server, and rotate it.`,
        identity: `${file}\0${name}\0${value}`,
        redacted: redact(value, 0),
      }),
    );
  });
  return findings;
}

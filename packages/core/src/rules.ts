import type { Category, Severity } from './types.js';

// The one source of rule metadata: the ESLint rules' meta and configs, the scanner's findings (category,
// default severity), SARIF rule descriptors and the generated rules tables all read this list.

/** The stable rule ids, shared by ESLint (`keyward/<id>`), the scanner, SARIF, docs and suppressions. */
export type RuleId =
  | 'no-hardcoded-key'
  | 'no-client-side-key'
  | 'no-public-env-secret'
  | 'no-browser-sdk-secret'
  | 'no-logged-credential'
  | 'env-mismatch'
  | 'committed-env-file';

/** A Keyward rule: stable id shared by ESLint, the scanner, SARIF, docs and suppressions. */
export interface RuleMeta {
  readonly id: RuleId;
  readonly category: Category;
  /** One sentence starting with Disallow, Require or Enforce. */
  readonly description: string;
  readonly help: string;
  /** The severity of a finding unless the finding says otherwise (a detector's severity, a value judged by name). */
  readonly defaultSeverity: Severity;
  /** Every severity its findings can have. In ESLint each is a messageId, so reports carry the severity CI sees. */
  readonly severities: readonly Severity[];
  /** Where the rule runs, for the rules table. */
  readonly where: string;
  /** The rule's level in the ESLint plugin's `recommended` config (every ESLint rule is an error in `strict`); absent for scanner-only rules. */
  readonly eslint?: 'error' | 'warn';
}

export const rules: readonly RuleMeta[] = [
  {
    id: 'no-hardcoded-key',
    category: 'hardcoded-key',
    description: 'Disallow API keys and other credentials written into source, configuration and documentation files',
    help: 'A key in a file is a key in every clone, fork, backup and log of the repository. Revoke it, then read it from an environment variable or a secrets manager.',
    defaultSeverity: 'high',
    severities: ['high', 'medium'],
    where: 'ESLint + scanner (all text files; keys split across string literals in code)',
    eslint: 'error',
  },
  {
    id: 'no-client-side-key',
    category: 'client-side',
    description: 'Disallow secret keys in code that runs in the browser',
    help: 'Browser code can be read by anyone who loads the page. Call the vendor from your server and proxy the request.',
    defaultSeverity: 'high',
    severities: ['high'],
    where: 'ESLint (client modules) + scanner (also modules they import, build config, server → client props)',
    eslint: 'error',
  },
  {
    id: 'no-public-env-secret',
    category: 'client-side',
    description: 'Disallow secrets in environment variables that frameworks inline into browser bundles',
    help: 'NEXT_PUBLIC_, VITE_, REACT_APP_ and similar variables are copied into the bundle at build time. Drop the public prefix and read the secret on the server.',
    defaultSeverity: 'high',
    severities: ['high'],
    where: 'ESLint + scanner (reads in code; `.env*` files in the scanner)',
    eslint: 'error',
  },
  {
    id: 'no-browser-sdk-secret',
    category: 'client-side',
    description: 'Disallow SDK options that put a secret key in the browser',
    help: 'Options such as dangerouslyAllowBrowser exist for prototypes; in production, proxy the SDK through your server.',
    defaultSeverity: 'high',
    severities: ['high'],
    where: 'ESLint + scanner',
    eslint: 'error',
  },
  {
    id: 'no-logged-credential',
    category: 'logged-credential',
    description: 'Disallow credentials and Authorization headers in logs, analytics and error reports',
    help: 'Logs are kept long and read widely. Redact the header or log only non-secret fields; rotate any key that was logged.',
    defaultSeverity: 'high',
    severities: ['high', 'medium'],
    where: 'ESLint (flow within the file) + scanner (also across files and packages)',
    eslint: 'warn',
  },
  {
    id: 'env-mismatch',
    category: 'env-mismatch',
    description: 'Disallow test keys in production contexts and live keys in tests',
    help: 'Each environment needs its own key; LMIF rejects a key from the wrong environment with WRONG_ENVIRONMENT.',
    defaultSeverity: 'medium',
    severities: ['high', 'medium'],
    where: 'scanner (by file path and `NODE_ENV` branches)',
  },
  {
    id: 'committed-env-file',
    category: 'committed-env-file',
    description: 'Disallow .env files that git tracks or does not ignore',
    help: 'Add .env to .gitignore, remove it from the index with `git rm --cached`, and rotate the keys it held.',
    defaultSeverity: 'high',
    severities: ['high', 'medium'],
    where: 'scanner + `keyward staged`',
  },
];

const byId = new Map<string, RuleMeta>(rules.map((rule) => [rule.id, rule]));

/** The metadata of a rule; an unknown id is a programming error. */
export function ruleMeta(id: RuleId): RuleMeta {
  const rule = byId.get(id);
  if (!rule) throw new Error(`unknown rule id: ${id}`);
  return rule;
}

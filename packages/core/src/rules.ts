import type { Category, Severity } from './types.js';

/** A Keyward rule: stable id shared by ESLint, the scanner, SARIF, docs and suppressions. */
export interface RuleMeta {
  readonly id: string;
  readonly category: Category;
  readonly description: string;
  readonly help: string;
  readonly defaultSeverity: Severity;
}

export const rules: readonly RuleMeta[] = [
  {
    id: 'no-hardcoded-key',
    category: 'hardcoded-key',
    description: 'Disallow API keys and other credentials written into source, configuration and documentation files',
    help: 'A key in a file is a key in every clone, fork, backup and log of the repository. Revoke it, then read it from an environment variable or a secrets manager.',
    defaultSeverity: 'high',
  },
  {
    id: 'no-client-side-key',
    category: 'client-side',
    description: 'Disallow secret keys in code that runs in the browser',
    help: 'Browser code can be read by anyone who loads the page. Call the vendor from your server and proxy the request.',
    defaultSeverity: 'high',
  },
  {
    id: 'no-public-env-secret',
    category: 'client-side',
    description: 'Disallow secrets in environment variables that frameworks inline into browser bundles',
    help: 'NEXT_PUBLIC_, VITE_, REACT_APP_ and similar variables are copied into the bundle at build time. Drop the public prefix and read the secret on the server.',
    defaultSeverity: 'high',
  },
  {
    id: 'no-browser-sdk-secret',
    category: 'client-side',
    description: 'Disallow SDK options that put a secret key in the browser',
    help: 'Options such as dangerouslyAllowBrowser exist for prototypes; in production, proxy the SDK through your server.',
    defaultSeverity: 'high',
  },
  {
    id: 'no-logged-credential',
    category: 'logged-credential',
    description: 'Disallow credentials and Authorization headers in logs, analytics and error reports',
    help: 'Logs are kept long and read widely. Redact the header or log only non-secret fields; rotate any key that was logged.',
    defaultSeverity: 'high',
  },
  {
    id: 'env-mismatch',
    category: 'env-mismatch',
    description: 'Disallow test keys in production contexts and live keys in tests',
    help: 'Each environment needs its own key; LMIF rejects a key from the wrong environment with WRONG_ENVIRONMENT.',
    defaultSeverity: 'medium',
  },
  {
    id: 'committed-env-file',
    category: 'committed-env-file',
    description: 'Disallow .env files that git tracks or does not ignore',
    help: 'Add .env to .gitignore, remove it from the index with `git rm --cached`, and rotate the keys it held.',
    defaultSeverity: 'high',
  },
];

import { existsSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FileFacts } from './file-facts.js';

/** Default client globs: Next.js `pages/` (not `pages/api/`) and `components/`, Remix `*.client.*`. */
export const DEFAULT_CLIENT_GLOBS = ['**/pages/**', '**/components/**', '**/*.client.*'];
/** Added when the project has a Vite config next to the working directory: everything under `src/`. */
export const VITE_CLIENT_GLOBS = ['src/**'];
/** Server-only files: API routes, route handlers, middleware, `*.server.*`. */
export const SERVER_GLOBS = [
  '**/pages/api/**',
  '**/app/**/route.*',
  '**/*.server.*',
  '**/middleware.*',
  '**/server/**',
];

export interface ClientVerdict {
  readonly client: boolean;
  /** Why the file counts as client code, for messages: `'use client'`, a glob, `window`. */
  readonly reason: string;
}

const viteProjects = new Map<string, boolean>();
const matchers = new Map<string, (path: string) => boolean>();

/** Compiling a glob costs far more than matching it: compile each glob list once per process. */
function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let match = matchers.get(key);
  if (!match) {
    match = globs.length ? picomatch([...globs], { dot: true }) : () => false;
    matchers.set(key, match);
  }
  return match;
}

function isViteProject(cwd: string): boolean {
  let known = viteProjects.get(cwd);
  if (known === undefined) {
    known = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts'].some((name) =>
      existsSync(path.join(cwd, name)),
    );
    viteProjects.set(cwd, known);
  }
  return known;
}

/**
 * Whether a file runs in the browser. Opt-outs win: `'use server'`, `import 'server-only'` and server
 * file conventions. Then `'use client'`, the client globs, and references to browser-only globals.
 */
export function clientVerdict(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  facts: FileFacts,
  clientGlobs: readonly string[] | undefined,
): ClientVerdict {
  const relative = path.relative(context.cwd, context.filename).split(path.sep).join('/');
  if (facts.directives.has('use server')) return { client: false, reason: "'use server'" };
  if (facts.importedModules.has('server-only')) return { client: false, reason: "import 'server-only'" };
  if (matcher(SERVER_GLOBS)(relative)) return { client: false, reason: 'a server file' };
  if (facts.directives.has('use client')) return { client: true, reason: "a 'use client' module" };
  const globs = clientGlobs ?? [...DEFAULT_CLIENT_GLOBS, ...(isViteProject(context.cwd) ? VITE_CLIENT_GLOBS : [])];
  if (matcher(globs)(relative)) return { client: true, reason: 'a client module (matches the client globs)' };
  const global = facts.browserGlobals.find((identifier) => isGlobal(context, identifier));
  if (global) return { client: true, reason: `browser code (uses \`${global.name}\`)` };
  return { client: false, reason: '' };
}

function isGlobal(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  identifier: TSESTree.Identifier,
): boolean {
  let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(identifier);
  while (scope) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable.defs.length === 0;
    scope = scope.upper;
  }
  return true;
}

import picomatch from 'picomatch';
import { ts } from './typescript.js';
import { createFinding, isServerSecretName, redact, type Finding, type TraceStep } from '@keyward/core';
import { rangeOf, stepAt } from './syntax.js';
import { indexOf } from './module-index.js';
import { literalAt } from './keys.js';
import { isServerOnly, serverOnlyParts } from './next-server-exports.js';
import { viteInputs } from './vite-inputs.js';
import type { ModuleSummary, Resolve } from './module-summary.js';
import type { ModuleStore } from './module-store.js';
import type { EngineOptions } from './options.js';

// `no-client-side-key`: secrets in modules the browser loads. A module is a client entry by its own evidence
// ('use client', a client file convention, a configured glob, browser globals, an HTML page's script); the
// scanner also follows imports from each entry and reports secrets in every module on the way, with the
// import chain as the trace. ESLint sees one file: the entries' own secrets.

/** What the engine knows of the project around its modules (framework configs, HTML pages). */
export interface ProjectFacts {
  /** Directories (relative to the root, `.` for the root) holding a `next.config.*`: their `pages/` are entries. */
  readonly nextApps: readonly string[];
  /** Directories holding a `vite.config.*`: everything under their `src/` is browser code. */
  readonly viteApps: readonly string[];
  /** Modules that HTML pages load as scripts. */
  readonly htmlEntries: ReadonlySet<string>;
  /** Modules Vite configs name as build inputs, when the caller read configs outside the analysed modules. */
  readonly viteInputs?: ReadonlySet<string>;
}

export const NO_PROJECT_FACTS: ProjectFacts = { nextApps: [], viteApps: [], htmlEntries: new Set() };

/** Server-only by convention: API routes, route handlers, middleware, `*.server.*`, `server/`. Never entries. */
const SERVER_FILES = picomatch(
  [
    '**/pages/api/**',
    '**/app/**/route.*',
    '**/*.server.*',
    '**/+server.*',
    '**/middleware.*',
    '**/server/**',
    '**/pages/_document.*',
  ],
  { dot: true },
);
const CLIENT_FILES = ['**/*.client.*'];
/** Single-file components render in the browser (server rendering hydrates them there too). */
const COMPONENT_FILES = ['**/*.vue', '**/*.svelte'];

/** What the walk needs of a module, kept after its tree is dropped: names and positions only. */
interface ModuleFacts {
  /** Imported project modules, with where the import sits (its trace step, when a chain passes it). */
  readonly imports: readonly { readonly file: string; readonly step: TraceStep }[];
  readonly entry: { readonly reason: string; readonly strong: boolean } | undefined;
  /** A server secret read, or a key in a literal: what this rule reports. */
  readonly mayReport: boolean;
  /** `'use server'` and `server-only` modules stop the walk. */
  readonly stops: boolean;
}

export class ClientSide {
  private readonly facts = new Map<string, ModuleFacts>();
  private chains: Map<string, Step[]> | undefined;
  /** Entry globs with the reason each gives, tried in order. */
  private readonly entryGlobs: readonly { readonly matches: (file: string) => boolean; readonly reason: string }[];
  /** Modules a Vite config names in `build.rollupOptions.input`. */
  private readonly viteInputs: ReadonlySet<string>;

  constructor(
    private readonly modules: ModuleStore,
    private readonly resolve: Resolve,
    private readonly projectFacts: ProjectFacts,
    private readonly options: EngineOptions,
  ) {
    const facts = projectFacts;
    const sets: [readonly string[], string][] = options.entryGlobs
      ? [[options.entryGlobs, 'a client module']]
      : [
          [CLIENT_FILES, 'a client module (*.client.*)'],
          [COMPONENT_FILES, 'a Vue or Svelte component'],
          [
            facts.nextApps.flatMap((dir) => ['pages/**', 'src/pages/**'].map((glob) => under(dir, glob))),
            'a Next.js page',
          ],
          [facts.viteApps.map((dir) => under(dir, 'src/**')), "part of a Vite app's src/"],
        ];
    sets.push([options.clientEntries, 'a configured client entry']);
    this.viteInputs = new Set([...viteInputs(modules), ...(facts.viteInputs ?? [])]);
    this.entryGlobs = sets
      .filter(([globs]) => globs.length > 0)
      .map(([globs, reason]) => ({ matches: matcher(globs), reason }));
  }

  /** Notes what the walk needs of a module; every module once, while its tree is in memory, before findings(). */
  note(module: ModuleSummary): void {
    if (this.facts.has(module.file)) return;
    const index = indexOf(module.node);
    const imports: { file: string; step: TraceStep }[] = [];
    const serverOnly = serverOnlyParts(module);
    for (const { specifier, at } of index.imports) {
      if (isServerOnly(at, serverOnly)) continue; // imported only for getServerSideProps: not in the bundle
      const target = this.resolve(module.file, specifier);
      if (target) imports.push({ file: target, step: stepAt(module.file, module.node, at, `imports ${target}`) });
    }
    this.facts.set(module.file, {
      imports,
      entry: this.entryReason(module),
      mayReport: module.keys.length > 0 || index.envReads.some((read) => isServerSecretName(read.name)),
      stops: stopsAt(module) || module.directives.has('use server'),
    });
  }

  /**
   * Why a module counts as code the browser loads on its own, or undefined. `strong` entries are loaded by
   * construction ('use client', an HTML page's script, a page, a configured entry); the others (a Vite app's
   * src/, browser globals) are browser code, but the walk prefers to reach them from a strong entry.
   */
  entryReason(module: ModuleSummary): { readonly reason: string; readonly strong: boolean } | undefined {
    const { directives } = module;
    if (directives.has('use server') || stopsAt(module)) return undefined;
    const entry = this.evidence(module);
    // the server file conventions win over every other sign (matching them costs most, so they are asked last)
    return entry && !SERVER_FILES(module.file) ? entry : undefined;
  }

  private evidence(module: ModuleSummary): { readonly reason: string; readonly strong: boolean } | undefined {
    if (module.directives.has('use client')) return { reason: "a 'use client' module", strong: true };
    if (this.projectFacts.htmlEntries.has(module.file)) return { reason: 'a script an HTML page loads', strong: true };
    if (this.viteInputs.has(module.file)) return { reason: 'a Vite build input', strong: true };
    const glob = this.entryGlobs.find((entry) => entry.matches(module.file));
    if (glob) return { reason: glob.reason, strong: !glob.reason.includes('Vite') };
    const global = browserGlobal(module);
    return global ? { reason: `browser code (it uses \`${global}\`)`, strong: false } : undefined;
  }

  /** Whether a module runs in the browser: an entry, or a module an entry imports (after findings()). */
  isClient(file: string): boolean {
    if (this.chains?.has(file)) return true;
    const facts = this.facts.get(file);
    // a module the walk passed over for having nothing to report is judged on its own evidence
    return facts !== undefined && !facts.mayReport && facts.entry !== undefined;
  }

  /** Findings for secrets in every module reachable from an entry (each noted first). */
  findings(): Finding[] {
    const findings: Finding[] = [];
    this.chains = this.reachable();
    for (const [file, chain] of this.chains) {
      // a module with nothing to report is not parsed again to find so
      if (!this.facts.get(file)!.mayReport) continue;
      const module = this.modules.get(file)!;
      const entry = chain[0]!;
      const where =
        chain.length > 1
          ? `${file}, which the browser loads through ${entry.file} (${entry.reason})`
          : `${file}, ${entry.reason}`;
      const trace = chain.slice(0, -1).map((step) => step.step!);
      findings.push(...this.moduleFindings(module, where, trace));
      this.modules.settle();
    }
    return findings;
  }

  private moduleFindings(module: ModuleSummary, where: string, trace: readonly TraceStep[]): Finding[] {
    const findings: Finding[] = [];
    const serverOnly = serverOnlyParts(module);
    for (const read of indexOf(module.node).envReads) {
      if (!isServerSecretName(read.name) || this.options.allowEnv?.has(read.name)) continue;
      if (isServerOnly(read.node, serverOnly)) continue; // getServerSideProps and what only it uses
      findings.push(
        createFinding({
          ruleId: 'no-client-side-key',
          file: module.file,
          ...rangeOf(module.node, read.node),
          message: `${read.via}.${read.name} is read in ${where}; secrets must stay on the server. Call your own API route and read the key there.`,
          identity: `${module.file}\0${read.name}`,
          redacted: read.name,
          trace: [...trace, stepAt(module.file, module.node, read.node, `reads ${read.via}.${read.name}`)],
        }),
      );
    }
    for (const key of module.keys) {
      const holder = literalAt(module.node, key.start, key.end);
      if (!holder || isServerOnly(holder, serverOnly)) continue; // a comment is not shipped as code, nor server-only code
      const shown = redact(key.secret, key.detector.prefixLength ?? 0);
      const start = module.node.getLineAndCharacterOfPosition(key.start);
      const end = module.node.getLineAndCharacterOfPosition(key.end);
      findings.push(
        createFinding({
          ruleId: 'no-client-side-key',
          file: module.file,
          line: start.line + 1,
          column: start.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 1,
          message: `${key.detector.title} ${shown} is in ${where}; anyone who loads the page can read it. Proxy the call through your server.`,
          identity: key.secret,
          redacted: shown,
          trace: [
            ...trace,
            { file: module.file, line: start.line + 1, column: start.character + 1, label: 'holds the key' },
          ],
          ...(this.options.showSecrets ? { secret: key.secret } : {}),
        }),
      );
    }
    return findings;
  }

  /**
   * Breadth-first from the strong entries, then from weak entries not reached yet, so a module's chain starts at
   * what loads it; `'use server'` and `server-only` modules stop the walk.
   */
  private reachable(): Map<string, Step[]> {
    const chains = new Map<string, Step[]>();
    // a module with nothing to report and no project imports cannot lead to a finding, entry or not
    const entries = [...this.facts]
      .filter(([, facts]) => facts.imports.length > 0 || facts.mayReport)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([file, facts]) => (facts.entry ? [{ file, ...facts.entry }] : []));
    for (const strong of [true, false]) {
      const queue: string[] = [];
      for (const entry of entries) {
        if (entry.strong !== strong || chains.has(entry.file)) continue;
        chains.set(entry.file, [{ file: entry.file, reason: entry.reason }]);
        queue.push(entry.file);
      }
      for (let head = 0; head < queue.length; head++) {
        const file = queue[head]!;
        for (const target of this.facts.get(file)!.imports) {
          const next = this.facts.get(target.file);
          if (!next || chains.has(target.file) || next.stops) continue;
          const chain = chains.get(file)!;
          chains.set(target.file, [
            ...chain.slice(0, -1),
            { ...chain.at(-1)!, step: target.step },
            { file: target.file },
          ]);
          queue.push(target.file);
        }
      }
    }
    return chains;
  }
}

interface Step {
  readonly file: string;
  /** Why the first module is an entry. */
  readonly reason?: string;
  /** The import that leads to the next module. */
  readonly step?: TraceStep;
}

const matchers = new Map<string, (file: string) => boolean>();

/** Compiling globs costs far more than matching them (ESLint asks once per file): each list is compiled once. */
function matcher(globs: readonly string[]): (file: string) => boolean {
  const key = globs.join('\0');
  let match = matchers.get(key);
  if (!match) {
    if (matchers.size > 256) matchers.clear();
    match = picomatch([...globs], { dot: true });
    matchers.set(key, match);
  }
  return match;
}

/** `import 'server-only'` (always a top-level import): the module never reaches the browser. */
function stopsAt(module: ModuleSummary): boolean {
  return module.specifiers.has('server-only');
}

function under(dir: string, glob: string): string {
  return dir === '.' || dir === '' ? glob : `${dir}/${glob}`;
}

/** The first browser-only global the module uses as a value (`typeof window` guards and declarations do not count). */
function browserGlobal(module: ModuleSummary): string | undefined {
  return indexOf(module.node).browserGlobals.find((node) => isGlobalReference(node, module))?.text;
}

function isGlobalReference(node: ts.Identifier, module: ModuleSummary): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if (ts.isTypeOfExpression(parent)) return false;
  if (ts.isTypeReferenceNode(parent) || ts.isTypeQueryNode(parent) || ts.isPropertySignature(parent)) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isBindingElement(parent)) return false;
  if (ts.isVariableDeclaration(parent) && parent.name === node) return false;
  if (ts.isParameter(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) return false;
  return module.scopes.declarationOf(node, node.text) === undefined;
}

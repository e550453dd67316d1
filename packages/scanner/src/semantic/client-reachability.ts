import path from 'node:path';
import picomatch from 'picomatch';
import { ts } from './typescript.js';
import { directivesOf, envRead } from './syntax.js';
import { readText } from '../read-text.js';
import {
  fingerprint,
  isServerSecretName,
  LineIndex,
  redact,
  scanText,
  type Catalog,
  type Finding,
} from '@keyward/core';

// `no-client-side-key` by reachability: start at the modules the browser loads (client entry points),
// follow static and dynamic imports, and report secrets read or written in any module on the way, with the
// import chain that brings it into the bundle. Syntax only: no type checker.

/** Remix-style client modules; Next.js `pages/` count only in a Next.js project (a next.config next to them). */
const DEFAULT_ENTRY_GLOBS = ['**/*.client.*'];
const NEXT_PAGES = ['pages/**', 'src/pages/**'];
const NEXT_CONFIG = /(?:^|\/)next\.config\.[cm]?[jt]s$/;
const NOT_ENTRIES = ['**/pages/api/**', '**/pages/_document.*', '**/node_modules/**', '**/*.d.ts'];

interface ModuleInfo {
  readonly file: string;
  readonly directives: ReadonlySet<string>;
  readonly serverOnly: boolean;
  /** Imported modules (resolved, relative to the root) with the line of the import. */
  readonly imports: { readonly file: string; readonly line: number }[];
  readonly envReads: {
    readonly name: string;
    readonly via: string;
    readonly line: number;
    readonly column: number;
    readonly endColumn: number;
  }[];
}

export interface ReachabilityOptions {
  readonly root: string;
  /** Parsed code modules by path relative to the root. */
  readonly modules: ReadonlyMap<string, ts.SourceFile>;
  readonly resolve: (from: string, specifier: string) => string | undefined;
  readonly catalog: Catalog;
  /** Extra client entry globs (relative to the root). */
  readonly clientGlobs?: readonly string[];
  /** HTML pages of the tree (relative to the root): their module scripts are entries. */
  readonly htmlFiles?: readonly string[];
}

/** Findings for secrets in modules reachable from client entry points. */
export function clientReachabilityFindings(options: ReachabilityOptions): Finding[] {
  const root = path.resolve(options.root);
  const codeFiles = [...options.modules.keys()].sort();
  // modules are described (imports, env reads) only when the walk from an entry reaches them
  const described = new Map<string, ModuleInfo>();
  const modules = (file: string): ModuleInfo => {
    let info = described.get(file);
    if (!info) {
      info = describeModule(options.modules.get(file)!, file, (specifier) => options.resolve(file, specifier));
      described.set(file, info);
    }
    return info;
  };
  const entries = clientEntries(root, codeFiles, options.modules, options.clientGlobs ?? [], options.htmlFiles ?? []);
  const chains = walk(entries, modules);
  const findings: Finding[] = [];
  for (const [file, chain] of chains) {
    const info = modules(file);
    const trace = chainTrace(chain);
    const where =
      chain.length > 1
        ? `, which the browser loads through ${chain.map((step) => step.file).join(' → ')}`
        : ' (a client entry point)';
    for (const read of info.envReads) {
      if (!isServerSecretName(read.name)) continue;
      findings.push(
        finding(
          file,
          read.line,
          read.column,
          read.endColumn,
          `${read.via}.${read.name} is read in ${file}${where}. Secrets must stay on the server: call your own API route and read the key there.`,
          `${file}\0${read.name}`,
          read.name,
          trace,
        ),
      );
    }
    const text = options.modules.get(file)!.text;
    const lines = new LineIndex(text);
    for (const match of scanText(text, { path: file, catalog: options.catalog })) {
      const { line, column } = lines.position(match.start);
      const shown = redact(match.secret, match.detector.prefixLength ?? 0);
      findings.push(
        finding(
          file,
          line,
          column,
          column + (match.end - match.start),
          `${match.detector.title} ${shown} is in ${file}${where}; anyone who loads the page can read it. Proxy the call through your server.`,
          match.secret,
          shown,
          trace,
        ),
      );
    }
  }
  return findings;
}

function describeModule(
  node: ts.SourceFile,
  file: string,
  resolve: (specifier: string) => string | undefined,
): ModuleInfo {
  const directives = directivesOf(node);
  const imports: ModuleInfo['imports'] = [];
  const envReads: ModuleInfo['envReads'] = [];
  let serverOnly = false;
  const lineOf = (n: ts.Node) => node.getLineAndCharacterOfPosition(n.getStart(node));
  const addImport = (specifier: string, at: ts.Node) => {
    if (specifier === 'server-only') serverOnly = true;
    const target = resolve(specifier);
    if (target) imports.push({ file: target, line: lineOf(at).line + 1 });
  };
  const visit = (n: ts.Node): void => {
    if (
      (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) &&
      n.moduleSpecifier &&
      ts.isStringLiteral(n.moduleSpecifier)
    ) {
      if (!(ts.isImportDeclaration(n) && n.importClause?.isTypeOnly)) addImport(n.moduleSpecifier.text, n);
    } else if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteralLike(n.arguments[0]!)) {
      const isDynamicImport = n.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(n.expression) && n.expression.text === 'require';
      if (isDynamicImport || isRequire) addImport((n.arguments[0] as ts.StringLiteralLike).text, n);
    } else if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) {
      const read = envRead(n);
      if (read) {
        const start = lineOf(n);
        const end = node.getLineAndCharacterOfPosition(n.getEnd());
        envReads.push({ ...read, line: start.line + 1, column: start.character + 1, endColumn: end.character + 1 });
      }
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return { file, directives, serverOnly, imports, envReads };
}

/** `'use client'` modules, Next.js pages (not API routes), Vite `index.html` module scripts, configured globs. */
function clientEntries(
  root: string,
  files: readonly string[],
  modules: ReadonlyMap<string, ts.SourceFile>,
  globs: readonly string[],
  htmlFiles: readonly string[],
): string[] {
  // Next.js pages count in every directory holding a next.config (the root, or an app of a monorepo)
  const nextApps = files.filter((file) => NEXT_CONFIG.test(file)).map((file) => path.posix.dirname(file));
  const pages = nextApps.flatMap((dir) => NEXT_PAGES.map((glob) => (dir === '.' ? glob : `${dir}/${glob}`)));
  const isEntryGlob = picomatch([...DEFAULT_ENTRY_GLOBS, ...pages, ...globs], { dot: true });
  const excluded = picomatch(NOT_ENTRIES, { dot: true });
  const entries = new Set<string>();
  for (const file of files) {
    if (directivesOf(modules.get(file)!).has('use client') || (isEntryGlob(file) && !excluded(file))) entries.add(file);
  }
  for (const html of htmlFiles) {
    const read = readText(path.join(root, html), 1024 * 1024);
    if (!('text' in read)) continue;
    for (const match of read.text.matchAll(/<script\b[^>]{0,200}\bsrc=["']([^"']{1,300})["']/g)) {
      const target = path.posix.join(path.posix.dirname(html), match[1]!.replace(/^\//, ''));
      if (modules.has(target)) entries.add(target);
    }
  }
  return [...entries].sort();
}

interface Step {
  readonly file: string;
  readonly line: number;
}

/** Breadth-first from the entries; `'use server'` and `server-only` modules stop the walk. */
function walk(entries: readonly string[], modules: (file: string) => ModuleInfo): Map<string, Step[]> {
  const chains = new Map<string, Step[]>();
  const queue: string[] = [];
  for (const entry of entries) {
    const info = modules(entry);
    if (info.serverOnly || info.directives.has('use server')) continue;
    chains.set(entry, [{ file: entry, line: 1 }]);
    queue.push(entry);
  }
  for (let head = 0; head < queue.length; head++) {
    const file = queue[head]!;
    for (const target of modules(file).imports) {
      if (chains.has(target.file)) continue;
      const info = modules(target.file);
      if (info.serverOnly || info.directives.has('use server')) continue;
      chains.set(target.file, [
        ...chains.get(file)!.slice(0, -1),
        { file, line: target.line },
        { file: target.file, line: 1 },
      ]);
      queue.push(target.file);
    }
  }
  return chains;
}

function chainTrace(chain: readonly Step[]): string[] {
  return chain.length > 1
    ? chain.slice(0, -1).map((step, i) => `${step.file}:${step.line} imports ${chain[i + 1]!.file}`)
    : [];
}

function finding(
  file: string,
  line: number,
  column: number,
  endColumn: number,
  message: string,
  secret: string,
  redacted: string,
  trace: string[],
): Finding {
  return {
    ruleId: 'no-client-side-key',
    category: 'client-side',
    severity: 'high',
    file,
    line,
    column,
    endLine: line,
    endColumn,
    message,
    fingerprint: fingerprint('no-client-side-key', secret),
    redacted,
    ...(trace.length ? { trace } : {}),
  };
}

import { createRequire } from 'node:module';
import path from 'node:path';
import type { Project } from 'ts-morph';
import { ts } from './typescript.js';
import {
  DEFAULT_SANITIZERS,
  isGeneratedPath,
  isSuppressed,
  looksMinified,
  type Catalog,
  type Finding,
} from '@keyward/core';
import { readText } from '../read-text.js';
import { clientReachabilityFindings } from './client-reachability.js';
import { loggedCredentialFindings } from './logged-credentials.js';
import { buildConfigFindings } from './build-config.js';
import { environmentBranchFindings } from './environment-branches.js';
import { serverPropFindings } from './server-props.js';
import { createResolver } from './module-resolution.js';
import { isSemanticSource } from './sources.js';
import { summarise, type ModuleSummary } from './flow/module-summary.js';
import { Flow } from './flow/taint.js';
import { seedCarriers } from './flow/carriers.js';

export interface SemanticOptions {
  readonly root: string;
  /** Discovered files, relative to the root. */
  readonly files: readonly string[];
  readonly catalog: Catalog;
  /** Extra client entry globs (config `clientEntries`). */
  readonly clientEntries?: readonly string[];
  /** Redaction helpers (config `sanitizers`). */
  readonly sanitizers?: readonly string[];
  /** File contents to use instead of the disk (staged blobs), by relative path. */
  readonly contents?: ReadonlyMap<string, string>;
  /** Larger code files are left to the text scan (bundles, generated code). Default 1 MB. */
  readonly maxFileSize?: number;
}

/**
 * The semantic pass: parses every code file once with the TypeScript parser (through ts-morph, syntax only),
 * resolves imports with each file's nearest tsconfig and the tree's workspace packages, and runs the
 * cross-file rules: client reachability, logged credentials, build-config crossings, server → client props
 * and NODE_ENV branches.
 */
export function semanticFindings(options: SemanticOptions): Finding[] {
  const root = path.resolve(options.root);
  const candidates = options.files.filter(
    (file) => isSemanticSource(file) && !isGeneratedPath(file) && !/\.min\.[cm]?js$/.test(file),
  );
  if (candidates.length === 0) return [];
  // files are read here with the text scan's guards (size, binary, encoding); the parser never touches the disk
  const create = options.contents ? standaloneSource : projectSource(newProject());
  const maxBytes = options.maxFileSize ?? 1024 * 1024;
  const modules = new Map<string, ts.SourceFile>();
  for (const file of candidates) {
    const text = options.contents ? options.contents.get(file) : textOf(path.join(root, file), maxBytes);
    if (text === undefined || text.length > maxBytes || looksMinified(text)) continue;
    const parsed = parse(create, file, text);
    if (parsed) modules.set(file, parsed);
  }
  const files = [...modules.keys()];
  const resolve = createResolver(root, files, options.files);
  const summaries = new Map<string, ModuleSummary>();
  for (const [file, node] of modules) summaries.set(file, summarise(file, node, resolve));
  const flow = new Flow(summaries, options.catalog, new Set(options.sanitizers ?? DEFAULT_SANITIZERS));
  seedCarriers(flow);
  const findings = [
    ...clientReachabilityFindings({
      root,
      modules,
      resolve,
      catalog: options.catalog,
      clientGlobs: options.clientEntries ?? [],
      htmlFiles: options.contents ? [] : options.files.filter((file) => file.endsWith('.html')),
    }),
    ...loggedCredentialFindings(flow),
    ...serverPropFindings(flow),
    ...buildConfigFindings(modules, options.catalog),
    ...environmentBranchFindings(modules, options.catalog),
  ];
  // inline `keyward-ignore` comments hold for semantic findings as for the text scan's
  return findings.filter((finding) => {
    const node = modules.get(finding.file);
    return (
      !node ||
      !isSuppressed(
        node.text,
        ts.getPositionOfLineAndCharacter(node, finding.line - 1, Math.max(0, finding.column - 1)),
      )
    );
  });
}

/** Nesting deeper than this is machine-made or hostile; the analyses recurse, so such files stay with the text scan. */
const MAX_NESTING = 400;

/** The parsed file, or undefined when the parser gives up (it recurses too) or the syntax tree nests too deep. */
function parse(
  create: (file: string, text: string) => ts.SourceFile,
  file: string,
  text: string,
): ts.SourceFile | undefined {
  let node: ts.SourceFile;
  try {
    node = create(file, text);
  } catch {
    return undefined;
  }
  return nestsDeeperThan(node, MAX_NESTING) ? undefined : node;
}

/** Whether the tree nests deeper than `limit`; the recursion stops at the limit, so it cannot overflow. */
function nestsDeeperThan(node: ts.Node, limit: number): boolean {
  if (limit < 0) return true;
  return ts.forEachChild(node, (child) => nestsDeeperThan(child, limit - 1) || undefined) ?? false;
}

/**
 * The project scan's ts-morph Project (in memory: files come from discovery, compiler options per tsconfig
 * from module-resolution). Required, not imported, so a staged-files run never loads ts-morph.
 */
function newProject(): Project {
  const { Project } = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
  return new Project({
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve, noEmit: true },
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    useInMemoryFileSystem: true,
  });
}

function projectSource(project: Project): (file: string, text: string) => ts.SourceFile {
  return (file, text) =>
    project.createSourceFile(`/${file}`, text, { overwrite: true, scriptKind: scriptKindOf(file) }).compilerNode;
}

/** A few staged files: parsed on their own, without a Project. */
function standaloneSource(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(`/${file}`, text, ts.ScriptTarget.Latest, true, scriptKindOf(file));
}

function textOf(file: string, maxBytes: number): string | undefined {
  const read = readText(file, maxBytes);
  return 'text' in read ? read.text : undefined;
}

function scriptKindOf(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(file)) return ts.ScriptKind.TS;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

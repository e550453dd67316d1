import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { isGeneratedPath, looksMinified, type Finding, type KeywardConfig } from '@keyward/core';
import {
  analyseProject,
  codeOf,
  engineOptions,
  parseModule,
  UnparsableModule,
  type ModuleInput,
  type ModuleText,
  type ProjectInput,
  type ts,
} from '@keyward/flow';
import { readText } from '../read-text.js';
import { checkMemory } from '../memory-guard.js';
import { createResolver } from './module-resolution.js';
import { isSemanticSource } from './sources.js';
import { keyMatches, type KeySpan } from './key-spans.js';
import { projectFacts } from './project-facts.js';

export interface SemanticOptions {
  readonly root: string;
  /** Discovered files, relative to the root. */
  readonly files: readonly string[];
  readonly config: KeywardConfig;
  /** The text scan's key matches in code files, by path (the pass starts from these, never scanning again). */
  readonly keys: ReadonlyMap<string, readonly KeySpan[]>;
  /** File contents to use instead of the disk (staged blobs: code and HTML pages), by relative path. */
  readonly contents?: ReadonlyMap<string, string>;
  /** Larger code files are left to the text scan (bundles, generated code). Default 1 MB. */
  readonly maxFileSize?: number;
  readonly showSecrets?: boolean;
  /** Characters of source whose trees the engine keeps at once (default: defaultTreeBudget below). */
  readonly treeBudget?: number;
}

/**
 * The semantic pass: reads every code file, resolves imports with each file's nearest tsconfig and the tree's
 * workspace packages, and hands the modules to the flow engine (which the ESLint plugin runs on single files).
 * The engine parses each module (TypeScript's parser, syntax only) when its walk reaches it and keeps the trees of
 * at most `treeBudget` characters of source in memory at once.
 */
export function semanticFindings(options: SemanticOptions): Finding[] {
  return analyseParsed(parseSources(options), options.keys);
}

/** The code files of a semantic pass, read, before the text scan's key matches are known. */
export interface ParsedSources {
  readonly options: Omit<SemanticOptions, 'keys'>;
  /** Each file's code as the engine parses it (a component's markup blanked) and its script kind. */
  readonly code: readonly { readonly file: string; readonly text: string; readonly kind: ts.ScriptKind }[];
}

/** Bytes of syntax tree per character of source (dub: 332 MB of trees for 14.8 M characters). */
const TREE_BYTES_PER_CHAR = 22;

/**
 * Source text the engine keeps parsed at once, in characters: the trees of half the heap, and at least 4 million
 * characters (~90 MB of trees). Under the default heap (4 GB here) that keeps every tree of a real app (dub's are
 * 330 MB), which costs least CPU: dropping trees and parsing them again, with the heap collected often enough to
 * gain from it, cost dub 25–40% more CPU for 14–24% less memory (bench/RESULTS.md). A tree past that size is
 * analysed in bounded memory instead of running out of it.
 */
function defaultTreeBudget(): number {
  return Math.max(4_000_000, getHeapStatistics().heap_size_limit / 2 / TREE_BYTES_PER_CHAR);
}

/**
 * The first half of the pass: reads the code files. It needs nothing from the text scan, so a tree scan runs it in
 * a worker thread while the text scan runs (see semantic-worker.ts).
 */
export function parseSources(options: Omit<SemanticOptions, 'keys'>): ParsedSources {
  const root = path.resolve(options.root);
  const candidates = options.files.filter(
    (file) => isSemanticSource(file) && !isGeneratedPath(file) && !/\.min\.[cm]?js$/.test(file),
  );
  // files are read here with the text scan's guards (size, binary, encoding); the parser never touches the disk
  const maxBytes = options.maxFileSize ?? 1024 * 1024;
  const code: { file: string; text: string; kind: ts.ScriptKind }[] = [];
  for (const file of candidates) {
    checkMemory('reading code for the semantic pass');
    const text = options.contents ? options.contents.get(file) : textOf(path.join(root, file), maxBytes);
    if (text === undefined || text.length > maxBytes || looksMinified(text)) continue;
    const parsed = codeOf(file, text);
    if (parsed) code.push({ file, ...parsed });
  }
  return { options, code };
}

/** The second half: attaches the text scan's key matches and runs the flow engine over the project. */
export function analyseParsed(sources: ParsedSources, keys: SemanticOptions['keys']): Finding[] {
  const { options, code } = sources;
  if (code.length === 0) return [];
  const root = path.resolve(options.root);
  const engine = engineOptions(options.config, options.showSecrets);
  const modules: ModuleText[] = code.map(({ file, text, kind }) => ({
    file,
    text,
    kind,
    keys: keyMatches(keys.get(file), text, engine.catalog),
  }));
  const analyse = (files: readonly string[], input: Pick<ProjectInput, 'modules' | 'unparsed'>) =>
    analyseProject({
      ...input,
      resolve: createResolver(root, files, options.files),
      facts: projectFacts(root, options.files, new Set(files), options.contents),
      options: engine,
    });
  try {
    return analyse(
      modules.map((module) => module.file),
      { unparsed: { modules, treeBudget: options.treeBudget ?? defaultTreeBudget() } },
    );
  } catch (error) {
    if (!(error instanceof UnparsableModule)) throw error;
  }
  // a module the parser gives up on is left out, and imports of it resolve to nothing: that needs every tree
  // parsed first (rare: a parser failure, or code nested deeper than the analyses recurse)
  const parsed: ModuleInput[] = [];
  for (const { file, text, kind, keys: found } of modules) {
    checkMemory('parsing code for the semantic pass');
    const node = parseModule(file, text, kind, { index: true });
    if (node) parsed.push({ file, node, keys: found });
  }
  return analyse(
    parsed.map((module) => module.file),
    { modules: parsed },
  );
}

function textOf(file: string, maxBytes: number): string | undefined {
  const read = readText(file, maxBytes);
  return 'text' in read ? read.text : undefined;
}

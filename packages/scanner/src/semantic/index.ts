import path from 'node:path';
import { isGeneratedPath, looksMinified, type Finding, type KeywardConfig } from '@keyward/core';
import { analyseProject, engineOptions, parseModule, type ModuleInput, type ts } from '@keyward/flow';
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
}

/**
 * The semantic pass: parses every code file once (TypeScript's parser, syntax only), resolves imports with each
 * file's nearest tsconfig and the tree's workspace packages, and hands the modules to the flow engine, which the
 * ESLint plugin runs on single files.
 */
export function semanticFindings(options: SemanticOptions): Finding[] {
  return analyseParsed(parseSources(options), options.keys);
}

/** The code files of a semantic pass, parsed, before the text scan's key matches are known. */
export interface ParsedSources {
  readonly options: Omit<SemanticOptions, 'keys'>;
  readonly parsed: readonly { readonly file: string; readonly node: ts.SourceFile }[];
}

/**
 * The first half of the pass: reads and parses the code files. It needs nothing from the text scan, so a tree
 * scan runs it in a worker thread while the text scan runs (see semantic-worker.ts).
 */
export function parseSources(options: Omit<SemanticOptions, 'keys'>): ParsedSources {
  const root = path.resolve(options.root);
  const candidates = options.files.filter(
    (file) => isSemanticSource(file) && !isGeneratedPath(file) && !/\.min\.[cm]?js$/.test(file),
  );
  // files are read here with the text scan's guards (size, binary, encoding); the parser never touches the disk
  const maxBytes = options.maxFileSize ?? 1024 * 1024;
  const parsed: { file: string; node: ts.SourceFile }[] = [];
  for (const file of candidates) {
    checkMemory('parsing code for the semantic pass');
    const text = options.contents ? options.contents.get(file) : textOf(path.join(root, file), maxBytes);
    if (text === undefined || text.length > maxBytes || looksMinified(text)) continue;
    // every module is indexed by the engine: built in the walk that links the parents, not in a walk of its own
    const node = parseModule(file, text, undefined, { index: true });
    if (node) parsed.push({ file, node });
  }
  return { options, parsed };
}

/** The second half: attaches the text scan's key matches and runs the flow engine over the project. */
export function analyseParsed(sources: ParsedSources, keys: SemanticOptions['keys']): Finding[] {
  const { options, parsed } = sources;
  if (parsed.length === 0) return [];
  const root = path.resolve(options.root);
  const engine = engineOptions(options.config, options.showSecrets);
  const modules: ModuleInput[] = parsed.map(({ file, node }) => ({
    file,
    node,
    keys: keyMatches(keys.get(file), node.text, engine.catalog),
  }));
  const files = modules.map((module) => module.file);
  return analyseProject({
    modules,
    resolve: createResolver(root, files, options.files),
    facts: projectFacts(root, options.files, new Set(files), options.contents),
    options: engine,
  });
}

function textOf(file: string, maxBytes: number): string | undefined {
  const read = readText(file, maxBytes);
  return 'text' in read ? read.text : undefined;
}

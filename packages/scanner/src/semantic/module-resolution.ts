import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ts } from '@keyward/flow';
import type { Resolve } from '@keyward/flow';

// Import resolution for a whole tree: every code file is resolved with the compiler options of its nearest
// tsconfig.json (so a monorepo's packages keep their own `paths` and `baseUrl`), and bare imports of the
// tree's own workspace packages resolve to their sources even when node_modules is absent or holds builds.

const DEFAULT_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  jsx: ts.JsxEmit.Preserve,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: false,
};
const SOURCE_ENTRIES = ['src/index.ts', 'src/index.tsx', 'src/index.js', 'index.ts', 'index.js', 'src/main.ts'];

/** A resolver over `files` (relative to `root`); only files in the set are returned. */
export function createResolver(root: string, files: readonly string[], allFiles: readonly string[]): Resolve {
  const known = new Set(files);
  const tsconfigs = allFiles.filter(
    (file) => path.posix.basename(file) === 'tsconfig.json' && !file.includes('node_modules/'),
  );
  const optionsByConfig = new Map<string, ts.CompilerOptions>();
  const configFor = nearestConfig(new Set(tsconfigs));
  const workspaces = workspacePackages(root, allFiles);
  const host: ts.ModuleResolutionHost = {
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    realpath: ts.sys.realpath,
    directoryExists: ts.sys.directoryExists,
    getCurrentDirectory: () => root,
  };
  const cache = new Map<string, string | undefined>();
  const optionsFor = (file: string): ts.CompilerOptions => {
    const config = configFor(file);
    if (!config) return DEFAULT_OPTIONS;
    let options = optionsByConfig.get(config);
    if (!options) {
      options = readCompilerOptions(path.join(root, config));
      optionsByConfig.set(config, options);
    }
    return options;
  };
  const packageDirOf = nearestPackage(allFiles);
  return (from, specifier) => {
    // a relative import depends on the importing folder; a bare one (a package, an alias, a baseUrl path) only
    // on the tsconfig and the package the file is in, so it is resolved once per package, not once per folder
    // (each unresolved package costs a walk up every folder's node_modules)
    const key = isRelative(specifier)
      ? `${path.posix.dirname(from)}\0${specifier}`
      : `${configFor(from) ?? ''}\0${packageDirOf(from) ?? ''}\0\0${specifier}`;
    if (cache.has(key)) return cache.get(key);
    const resolved = ts.resolveModuleName(specifier, path.join(root, from), optionsFor(from), host).resolvedModule
      ?.resolvedFileName;
    let relative = resolved ? path.relative(root, resolved).split(path.sep).join('/') : undefined;
    if (!relative || !known.has(relative)) relative = workspaceEntry(specifier, workspaces, known);
    const result = relative && known.has(relative) ? relative : undefined;
    cache.set(key, result);
    return result;
  };
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('/');
}

/** The folder of the package.json nearest to a file (the package it belongs to), from the listed files. */
function nearestPackage(allFiles: readonly string[]): (file: string) => string | undefined {
  const manifests = new Set(
    allFiles.filter((file) => path.posix.basename(file) === 'package.json' && !file.includes('node_modules/')),
  );
  const nearest = nearestConfig(manifests, 'package.json');
  return (file) => nearest(file);
}

/** The tsconfig.json nearest to a file, walking up its directories. */
function nearestConfig(configs: ReadonlySet<string>, name = 'tsconfig.json'): (file: string) => string | undefined {
  const byDirectory = new Map<string, string | undefined>();
  const lookup = (directory: string): string | undefined => {
    if (byDirectory.has(directory)) return byDirectory.get(directory);
    const candidate = directory === '.' ? name : `${directory}/${name}`;
    const found = configs.has(candidate)
      ? candidate
      : directory === '.'
        ? undefined
        : lookup(path.posix.dirname(directory));
    byDirectory.set(directory, found);
    return found;
  };
  return (file) => lookup(path.posix.dirname(file));
}

/** Compiler options of a tsconfig, `extends` followed; a broken tsconfig gives the defaults rather than an error. */
function readCompilerOptions(file: string): ts.CompilerOptions {
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error || !read.config) return DEFAULT_OPTIONS;
  // file enumeration is not needed (files come from discovery), so directory reads return nothing
  const host: ts.ParseConfigHost = {
    useCaseSensitiveFileNames: true,
    readDirectory: () => [],
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
  };
  try {
    const parsed = ts.parseJsonConfigFileContent(read.config, host, path.dirname(file), undefined, file);
    return { ...DEFAULT_OPTIONS, ...parsed.options, allowJs: true, noEmit: true };
  } catch {
    return DEFAULT_OPTIONS;
  }
}

/** Workspace package name → its directory (relative to the root), from every package.json in the tree. */
function workspacePackages(root: string, allFiles: readonly string[]): Map<string, string> {
  const packages = new Map<string, string>();
  for (const file of allFiles) {
    if (path.posix.basename(file) !== 'package.json' || file.includes('node_modules/')) continue;
    try {
      const name = (JSON.parse(readFileSync(path.join(root, file), 'utf8')) as { name?: unknown }).name;
      if (typeof name === 'string' && name.length > 0) packages.set(name, path.posix.dirname(file));
    } catch {
      // a broken package.json names no package
    }
  }
  return packages;
}

/** `@acme/sdk` or `@acme/sdk/auth` → the package's source file, when the package lives in this tree. */
function workspaceEntry(
  specifier: string,
  workspaces: ReadonlyMap<string, string>,
  known: ReadonlySet<string>,
): string | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const directory = workspaces.get(name);
  if (directory === undefined) return undefined;
  const prefix = directory === '.' ? '' : `${directory}/`;
  const rest = parts.slice(specifier.startsWith('@') ? 2 : 1).join('/');
  const candidates = rest
    ? ['ts', 'tsx', 'js', 'mjs'].flatMap((ext) => [
        `${prefix}src/${rest}.${ext}`,
        `${prefix}${rest}.${ext}`,
        `${prefix}src/${rest}/index.${ext}`,
      ])
    : SOURCE_ENTRIES.map((entry) => `${prefix}${entry}`);
  return candidates.find((candidate) => known.has(candidate));
}

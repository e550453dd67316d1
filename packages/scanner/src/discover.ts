import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { isEnvExample, isEnvFile } from '@keyward/core';
import { fileOracle, gitOracle, gitTopLevel, type IgnoreOracle } from './ignore-oracle.js';
import { checkMemory } from './memory-guard.js';
import { picomatch } from './lazy/picomatch.js';

/** Never worth scanning: VCS internals and installed dependencies (unless `--no-ignore`). */
export const DEFAULT_IGNORES = ['**/.git/**', '**/node_modules/**', '**/.hg/**', '**/.svn/**'];
/** The folder names behind DEFAULT_IGNORES: the walk does not enter them below a named path. */
const PRUNED = new Set(['.git', 'node_modules', '.hg', '.svn']);

export interface DiscoverOptions {
  /** Paths are reported relative to this folder (the working directory for the CLI). */
  readonly root: string;
  /** Files or directories to scan, absolute or relative to `root`; default: the root itself. */
  readonly paths?: readonly string[];
  /** Config `ignore` globs, relative to the root. */
  readonly ignore?: readonly string[];
  /** Honour `.gitignore` files and the default ignores (default true). */
  readonly useIgnoreFiles?: boolean;
  /** Files never scanned, absolute or relative to `root`: the report being written, the baseline in use. */
  readonly exclude?: readonly string[];
}

export class MissingPathError extends Error {
  constructor(readonly missing: string) {
    super(`path not found: ${missing}`);
    this.name = 'MissingPathError';
  }
}

/** What a walk found: regular files to scan, and entries it will not read (counted in the summary). */
export interface Discovery {
  readonly files: string[];
  /** Symbolic links: never followed, so a link loop or a link out of the root cannot be escaped through. */
  readonly symlinks: string[];
  /** FIFOs, sockets and device files. */
  readonly special: string[];
  /** How many of `files` git ignores: scanned because a path naming them (or a folder above them) was given. */
  readonly namedIgnored: number;
  /** Ignored `.env*` files beside the scanned ones (not examples): checked only for public-prefixed secrets. */
  readonly ignoredEnvFiles: string[];
  /** Files left out because the run writes or reads them as its own report or baseline (`exclude`). */
  readonly excluded: string[];
}

/** Lists files to scan, relative to the root with forward slashes, sorted. Symlinks are not followed. */
export async function discoverFiles(options: DiscoverOptions): Promise<string[]> {
  return (await discover(options)).files;
}

/**
 * Walks the named paths (default: the root). Ignore rules come from the repository that encloses each path
 * (git's own answer) or, outside a repository, from the `.gitignore` files inside the walked folders; the
 * working directory's other contents are never read. A path named explicitly is scanned even when ignored.
 */
export async function discover(options: DiscoverOptions): Promise<Discovery> {
  const root = path.resolve(options.root);
  const useIgnoreFiles = options.useIgnoreFiles ?? true;
  const realRoot = safeRealpath(root);
  const configIgnored = options.ignore?.length ? picomatch()([...options.ignore], { dot: true }) : () => false;
  const excluded = new Set((options.exclude ?? []).map((file) => path.resolve(root, file)));
  const walk = new Walk(root, useIgnoreFiles, configIgnored, excluded);
  for (const given of options.paths?.length ? options.paths : ['.']) {
    const absolute = path.resolve(root, given);
    let info;
    try {
      info = statSync(absolute);
    } catch {
      throw new MissingPathError(given);
    }
    // a path named explicitly that reaches out of the root through a symlink is not followed (a checkout's
    // `src -> /` or `leak.ts -> ~/.aws/credentials` must not be read); plain paths are the user's to choose
    const real = safeRealpath(absolute);
    if (real !== absolute && !isInside(realRoot, real)) {
      walk.symlinks.push(walk.relative(absolute));
      continue;
    }
    walk.named(absolute, info.isDirectory());
  }
  return {
    files: [...new Set(walk.files)].sort(),
    symlinks: [...new Set(walk.symlinks)].sort(),
    special: [...new Set(walk.special)].sort(),
    namedIgnored: walk.namedIgnored,
    ignoredEnvFiles: [...new Set(walk.ignoredEnvFiles)].sort(),
    excluded: walk.excludedFiles.sort(),
  };
}

class Walk {
  readonly files: string[] = [];
  readonly symlinks: string[] = [];
  readonly special: string[] = [];
  readonly ignoredEnvFiles: string[] = [];
  readonly excludedFiles: string[] = [];
  namedIgnored = 0;
  private readonly oracles = new Map<string, IgnoreOracle | undefined>();
  private readonly seen = new Set<string>();
  private visited = 0;

  constructor(
    private readonly root: string,
    private readonly useIgnoreFiles: boolean,
    private readonly configIgnored: (relative: string) => boolean,
    private readonly excluded: ReadonlySet<string>,
  ) {}

  relative(absolute: string): string {
    return toPosix(path.relative(this.root, absolute));
  }

  /** A path given by the user: walked with its repository's ignore rules, unless those rules ignore it. */
  named(absolute: string, isDirectory: boolean): void {
    const oracle = this.useIgnoreFiles ? this.oracleFor(isDirectory ? absolute : path.dirname(absolute)) : undefined;
    const ignored = oracle !== undefined && this.coveredByIgnore(oracle, absolute, isDirectory);
    if (!isDirectory) {
      this.addFile(absolute, this.relative(absolute), ignored);
      return;
    }
    this.walkDirectory(absolute, ignored ? undefined : oracle, ignored);
  }

  private oracleFor(directory: string): IgnoreOracle | undefined {
    const top = gitTopLevel(directory);
    const key = top ?? directory;
    // a repository git cannot list (a broken index) still has its .gitignore files read
    if (!this.oracles.has(key))
      this.oracles.set(key, (top ? gitOracle(top) : undefined) ?? fileOracle(top ?? directory));
    return this.oracles.get(key);
  }

  /** Whether the path or a folder above it (up to the oracle's base) is ignored. */
  private coveredByIgnore(oracle: IgnoreOracle, absolute: string, isDirectory: boolean): boolean {
    const chain: string[] = [];
    for (let at = path.dirname(absolute); at !== path.dirname(at); at = path.dirname(at)) chain.unshift(at);
    for (const directory of chain) if (oracle.ignored(directory, true)) return true;
    return oracle.ignored(absolute, isDirectory);
  }

  /**
   * Lists one folder and walks its subfolders. Entry paths are the folder's joined with each name (a listed name
   * holds no separator), with no `path.join` or `path.relative` per entry: on a `node_modules` tree those were a
   * third of the walk.
   */
  private walkDirectory(directory: string, oracle: IgnoreOracle | undefined, forced: boolean): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return; // unreadable folders are passed over, as before
    }
    oracle?.enter(
      directory,
      entries.some((entry) => entry.name === '.gitignore'),
    );
    const prefix = directory.endsWith(path.sep) ? directory : directory + path.sep;
    const relative = this.relative(directory);
    // a folder above the root (`scan ..`) may hold the root itself: its entries need path.relative's own answer
    const named = /^\.\.(?:\/\.\.)*$/.test(relative)
      ? (name: string) => this.relative(prefix + name)
      : (name: string) => (relative === '' ? name : `${relative}/${name}`);
    for (const entry of entries) {
      if (++this.visited % 4096 === 0) checkMemory('listing files');
      const absolute = prefix + entry.name;
      if (entry.isDirectory()) {
        if (this.useIgnoreFiles && PRUNED.has(entry.name)) continue;
        if (oracle?.ignored(absolute, true)) continue;
        this.walkDirectory(absolute, oracle, forced);
      } else if (entry.isFile()) {
        if (oracle?.ignored(absolute, false)) {
          const name = named(entry.name);
          if (isEnvFile(entry.name) && !isEnvExample(entry.name) && !this.configIgnored(name))
            this.ignoredEnvFiles.push(name);
          continue;
        }
        this.addFile(absolute, named(entry.name), forced);
      } else if (entry.isSymbolicLink()) this.symlinks.push(named(entry.name));
      else this.special.push(named(entry.name));
    }
  }

  private addFile(absolute: string, relative: string, ignored: boolean): void {
    if (this.seen.has(relative) || this.configIgnored(relative)) return;
    this.seen.add(relative);
    if (this.excluded.has(absolute)) {
      this.excludedFiles.push(relative);
      return;
    }
    this.files.push(relative);
    if (ignored) this.namedIgnored++;
  }
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

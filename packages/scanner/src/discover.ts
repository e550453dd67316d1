import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

/** Never worth scanning: VCS internals and installed dependencies (unless `--no-ignore`). */
export const DEFAULT_IGNORES = ['**/.git/**', '**/node_modules/**', '**/.hg/**', '**/.svn/**'];

export interface DiscoverOptions {
  readonly root: string;
  /** Files or directories to scan, absolute or relative to `root`; default: the root itself. */
  readonly paths?: readonly string[];
  /** Config `ignore` globs, relative to the root. */
  readonly ignore?: readonly string[];
  /** Honour `.gitignore` files and the default ignores (default true). */
  readonly useIgnoreFiles?: boolean;
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
}

/** Lists files to scan, relative to the root with forward slashes, sorted. Symlinks are not followed. */
export async function discoverFiles(options: DiscoverOptions): Promise<string[]> {
  return (await discover(options)).files;
}

export async function discover(options: DiscoverOptions): Promise<Discovery> {
  const root = path.resolve(options.root);
  const useIgnoreFiles = options.useIgnoreFiles ?? true;
  const patterns: string[] = [];
  const explicitFiles: string[] = [];
  const outside: string[] = [];
  const realRoot = await realpath(root).catch(() => root);
  for (const given of options.paths?.length ? options.paths : ['.']) {
    const absolute = path.resolve(root, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new MissingPathError(given);
    const relative = toPosix(path.relative(root, absolute));
    // a path named explicitly that reaches out of the root through a symlink is not followed (a checkout's
    // `src -> /` or `leak.ts -> ~/.aws/credentials` must not be read); plain paths are the user's to choose
    const real = await realpath(absolute).catch(() => absolute);
    if (real !== absolute && !isInside(realRoot, real)) {
      outside.push(relative);
      continue;
    }
    if (info.isDirectory()) patterns.push(relative === '' ? '**/*' : `${escapeGlob(relative)}/**/*`);
    else explicitFiles.push(relative);
  }
  const ignore = [...(useIgnoreFiles ? DEFAULT_IGNORES : []), ...(options.ignore ?? [])];
  // globby loads lazily (~100 ms), so commands that never walk a tree, such as the pre-commit hook, skip it.
  // Its synchronous walk is about twice as fast as the promise-based one on large trees.
  const { globbySync } = await import('globby');
  const entries = patterns.length
    ? globbySync(patterns, {
        cwd: root,
        dot: true,
        onlyFiles: false,
        objectMode: true,
        followSymbolicLinks: false,
        gitignore: useIgnoreFiles,
        ignore,
        suppressErrors: true,
      })
    : [];
  const found: string[] = [];
  const symlinks: string[] = [];
  const special: string[] = [];
  for (const entry of entries) {
    if (entry.dirent.isFile()) found.push(entry.path);
    else if (entry.dirent.isSymbolicLink()) symlinks.push(entry.path);
    else if (!entry.dirent.isDirectory()) special.push(entry.path);
  }
  // Files named explicitly are scanned even when ignored by .gitignore (the user asked for them),
  // but config ignores still apply.
  const ignored = options.ignore?.length ? picomatch([...options.ignore], { dot: true }) : () => false;
  const files = new Set(found);
  for (const file of explicitFiles) if (!ignored(file)) files.add(file);
  return { files: [...files].sort(), symlinks: [...symlinks, ...outside].sort(), special: special.sort() };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function escapeGlob(p: string): string {
  return p.replace(/[*?[\]{}()!]/g, '\\$&');
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

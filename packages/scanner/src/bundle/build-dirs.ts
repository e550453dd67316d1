import { statSync } from 'node:fs';
import path from 'node:path';

/** A folder a framework writes browser-facing output to, relative to the app's root. */
export interface BuildDir {
  readonly dir: string;
  readonly framework: string;
  /** Only these files of the folder are served to browsers (the rest is server code). */
  readonly include?: RegExp;
}

// Next.js serves `.next/static` as is, and prerendered pages (HTML with `__NEXT_DATA__`, RSC payloads,
// the pages router's data JSON) from `.next/server/{app,pages}`, whose `.js` files run on the server only.
const PRERENDERED = /\.(?:html|rsc|body|json)$/;

export const BUILD_DIRS: readonly BuildDir[] = [
  { dir: 'dist', framework: 'Vite / Astro' },
  { dir: '.next/static', framework: 'Next.js' },
  { dir: '.next/server/app', framework: 'Next.js prerendered pages', include: PRERENDERED },
  { dir: '.next/server/pages', framework: 'Next.js prerendered pages', include: PRERENDERED },
  { dir: 'out', framework: 'Next.js static export' },
  { dir: 'build', framework: 'Create React App' },
  { dir: '.svelte-kit/output/client', framework: 'SvelteKit' },
  { dir: '.output/public', framework: 'Nuxt' },
  { dir: 'storybook-static', framework: 'Storybook' },
];

/** A folder to scan: absolute, the app it belongs to (for `.env` files and bundler source paths), its filter. */
export interface BundleDir {
  readonly absolute: string;
  readonly appRoot: string;
  readonly include?: RegExp;
}

/** The recognised build directories that exist under `root`, in the order of `BUILD_DIRS`. */
export function findBuildDirs(root: string): BundleDir[] {
  return BUILD_DIRS.filter(({ dir }) => isDirectory(path.join(root, dir))).map((known) => ({
    absolute: path.join(root, known.dir),
    appRoot: root,
    ...(known.include ? { include: known.include } : {}),
  }));
}

/** A folder named on the command line: its app is the folder above a recognised build path, else its parent. */
export function namedBuildDir(absolute: string): BundleDir {
  const posix = absolute.split(path.sep).join('/');
  const known = BUILD_DIRS.find(({ dir }) => posix === dir || posix.endsWith(`/${dir}`));
  const appRoot = known
    ? absolute.slice(0, absolute.length - known.dir.length - 1) || path.sep
    : path.dirname(absolute);
  return { absolute, appRoot, ...(known?.include ? { include: known.include } : {}) };
}

export function isDirectory(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

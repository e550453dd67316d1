import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseModule, viteConfigInputs, type ProjectFacts } from '@keyward/flow';

// What the engine needs of the project around one file: the directories above it (up to the config root) that
// hold a Next.js or Vite config, so `pages/` and a Vite app's `src/` count as browser code the way the scanner
// counts them, and the modules a Vite config names as build inputs. Each directory is looked at once per process.

const NEXT_CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.cjs', 'next.config.ts', 'next.config.mts'];
const VITE_CONFIGS = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts', 'vite.config.cjs'];

const seen = new Map<string, { next: boolean; vite: string | undefined }>();

function frameworksIn(directory: string): { next: boolean; vite: string | undefined } {
  let known = seen.get(directory);
  if (!known) {
    known = {
      next: NEXT_CONFIGS.some((name) => existsSync(path.join(directory, name))),
      vite: VITE_CONFIGS.find((name) => existsSync(path.join(directory, name))),
    };
    seen.set(directory, known);
  }
  return known;
}

/** The build inputs a Vite config names, relative to the root; none when it cannot be read or parsed. */
function buildInputs(config: string, relative: string): string[] {
  let text: string;
  try {
    text = readFileSync(config, 'utf8');
  } catch {
    return [];
  }
  const node = parseModule(config, text);
  return node ? viteConfigInputs(relative, node) : [];
}

const byDirectory = new Map<string, ProjectFacts>();

/** The facts for a file: the same for every file of a directory, so computed once per directory and root. */
export function projectFacts(root: string, filename: string): ProjectFacts {
  const key = `${root}\0${path.dirname(filename)}`;
  let facts = byDirectory.get(key);
  if (!facts) {
    facts = factsFor(root, filename);
    byDirectory.set(key, facts);
  }
  return facts;
}

function factsFor(root: string, filename: string): ProjectFacts {
  const nextApps: string[] = [];
  const viteApps: string[] = [];
  const viteInputs = new Set<string>();
  let directory = path.dirname(filename);
  for (;;) {
    const relative = path.relative(root, directory);
    if (relative.startsWith('..') || path.isAbsolute(relative)) break;
    const found = frameworksIn(directory);
    const dir = relative === '' ? '.' : relative.split(path.sep).join('/');
    if (found.next) nextApps.push(dir);
    if (found.vite) {
      viteApps.push(dir);
      const config = path.join(directory, found.vite);
      for (const input of buildInputs(config, path.relative(root, config).split(path.sep).join('/')))
        viteInputs.add(input);
    }
    if (relative === '') break;
    directory = path.dirname(directory);
  }
  return { nextApps, viteApps, htmlEntries: new Set(), viteInputs };
}

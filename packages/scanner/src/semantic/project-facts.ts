import path from 'node:path';
import type { ProjectFacts } from '@keyward/flow';
import { readText } from '../read-text.js';

// What the engine needs of the tree around its modules: where Next.js and Vite apps sit (their `pages/` and
// `src/` are browser code), and which modules HTML pages load as scripts.

const NEXT_CONFIG = /(?:^|\/)next\.config\.[cm]?[jt]s$/;
const VITE_CONFIG = /(?:^|\/)vite\.config\.[cm]?[jt]s$/;
const SCRIPT_SRC = /<script\b[^>]{0,200}\bsrc=["']([^"']{1,300})["']/g;

export function projectFacts(
  root: string,
  files: readonly string[],
  modules: ReadonlySet<string>,
  contents?: ReadonlyMap<string, string>,
): ProjectFacts {
  const dirs = (pattern: RegExp) => files.filter((file) => pattern.test(file)).map((file) => path.posix.dirname(file));
  return {
    nextApps: dirs(NEXT_CONFIG),
    viteApps: dirs(VITE_CONFIG),
    // staged files are judged on their own: a staged scan reads HTML pages from the index, never the tree
    htmlEntries: htmlEntries(root, files, modules, contents),
  };
}

function htmlEntries(
  root: string,
  files: readonly string[],
  modules: ReadonlySet<string>,
  contents: ReadonlyMap<string, string> | undefined,
): Set<string> {
  const entries = new Set<string>();
  for (const html of files) {
    if (!html.endsWith('.html')) continue;
    const text = contents ? contents.get(html) : textOf(path.join(root, html));
    if (text === undefined) continue;
    for (const match of text.matchAll(SCRIPT_SRC)) {
      const target = path.posix.join(path.posix.dirname(html), match[1]!.replace(/^\//, ''));
      if (modules.has(target)) entries.add(target);
    }
  }
  return entries;
}

function textOf(file: string): string | undefined {
  const read = readText(file, 1024 * 1024);
  return 'text' in read ? read.text : undefined;
}

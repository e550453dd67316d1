#!/usr/bin/env node
// Issue #15 target 1: would analysing the import graph one connected component at a time bound the semantic
// pass's memory? Parses each app's code files as the pass does, resolves every import (static, dynamic,
// require) with the scanner's resolver, and prints the sizes of the graph's connected components. The apps are
// third-party code on disk for measurement only; nothing of them is committed.
//
//   npm run build && node bench/real-apps/components.mjs [--apps dub,outline,excalidraw]
import path from 'node:path';
import { existsSync } from 'node:fs';
import { discover } from '../../packages/scanner/dist/discover.js';
import { parseSources } from '../../packages/scanner/dist/semantic/index.js';
import { createResolver } from '../../packages/scanner/dist/semantic/module-resolution.js';
import { indexOf } from '../../packages/flow/dist/module-index.js';
import { DEFAULT_CONFIG } from '../../packages/core/dist/index.js';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const apps = arg('--apps', 'dub,outline,excalidraw').split(',');
const corpora = arg('--corpora', '/work/corpora');

console.log('| app | modules | components | largest components | single modules |');
console.log('|---|---|---|---|---|');
for (const name of apps) {
  const root = path.join(corpora, name);
  if (!existsSync(root)) continue;
  const { files } = await discover({ root });
  const { parsed } = parseSources({ root, files, config: DEFAULT_CONFIG });
  const modules = parsed.map((module) => module.file);
  const resolve = createResolver(root, modules, files);
  const parent = new Map(modules.map((file) => [file, file]));
  const find = (file) => {
    while (parent.get(file) !== file) {
      parent.set(file, parent.get(parent.get(file)));
      file = parent.get(file);
    }
    return file;
  };
  for (const { file, node } of parsed)
    for (const { specifier } of indexOf(node).imports) {
      const target = resolve(file, specifier);
      if (target) parent.set(find(file), find(target));
    }
  const sizes = new Map();
  for (const file of modules) sizes.set(find(file), (sizes.get(find(file)) ?? 0) + 1);
  const sorted = [...sizes.values()].sort((a, b) => b - a);
  console.log(
    `| ${name} | ${modules.length} | ${sorted.length} | ${sorted.slice(0, 4).join(', ')} | ${sorted.filter((size) => size === 1).length} |`,
  );
}

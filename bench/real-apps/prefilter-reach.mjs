#!/usr/bin/env node
// Would a lexical prefilter shrink the semantic pass of a real app? A module whose text holds none of the
// engine's source words (flow's prefilter) cannot start a finding, but the cross-module rules still need every
// module that imports one (client chains, flows into it) and every module those import (flows through called
// functions and return values). This counts, per app: code files, files passing the prefilter, the importers'
// closure of those, and that closure's import closure: the files a pass would still have to parse.
//
//   npm run build && node bench/real-apps/prefilter-reach.mjs [dub outline excalidraw]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dist = (file) => path.join(repoRoot, file);
const { discover } = await import(dist('packages/scanner/dist/index.js'));
const { isSemanticSource } = await import(dist('packages/scanner/dist/semantic/sources.js'));
const { createResolver } = await import(dist('packages/scanner/dist/semantic/module-resolution.js'));
const { mayHoldFindings, ts } = await import(dist('packages/flow/dist/index.js'));

const apps = process.argv.slice(2).length ? process.argv.slice(2) : ['dub', 'outline', 'excalidraw'];
console.log('| app | code files | hold a source word | + their importers (closure) | + what those import (closure) |');
console.log('|---|---|---|---|---|');
for (const app of apps) {
  const root = path.join('/work/corpora', app);
  const { files } = await discover({ root });
  const code = files.filter(isSemanticSource);
  const resolve = createResolver(root, code, files);
  const imports = new Map();
  const importers = new Map();
  const sources = [];
  for (const file of code) {
    const text = readFileSync(path.join(root, file), 'latin1');
    if (mayHoldFindings(text, false)) sources.push(file);
    const targets = new Set();
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      const target = resolve(file, fileName);
      if (target) targets.add(target);
    }
    imports.set(file, [...targets]);
    for (const target of targets) importers.set(target, [...(importers.get(target) ?? []), file]);
  }
  const closure = (start, edges) => {
    const seen = new Set(start);
    const queue = [...start];
    while (queue.length)
      for (const next of edges.get(queue.pop()) ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    return seen;
  };
  const reaching = closure(sources, importers);
  const needed = closure(reaching, imports);
  const share = (n) => `${n} (${Math.round((100 * n) / code.length)}%)`;
  console.log(
    `| ${app} | ${code.length} | ${share(sources.length)} | ${share(reaching.size)} | ${share(needed.size)} |`,
  );
}

#!/usr/bin/env node
// Text-scan throughput of two builds of @keyward/core on the same files, interleaved, in one process each
// run: reads every discovered text file of the given directories once, then times scanFileText over all of
// them. Compares the detector work itself (no discovery, workers or start-up).
//
//   node bench/peer-suites/text-scan-throughput.mjs --base <checkout> --runs 5 <dir>...

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { discoverFiles } from '../../packages/scanner/dist/discover.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string' }, runs: { type: 'string', default: '5' } },
});
const here = new URL('../../', import.meta.url).pathname;
const builds = { base: values.base, branch: here };
const cores = {};
for (const [name, root] of Object.entries(builds))
  cores[name] = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);

const files = [];
for (const dir of positionals) {
  for (const file of await discoverFiles({ root: dir })) {
    const bytes = readFileSync(join(dir, file));
    if (bytes.subarray(0, 8192).includes(0) || bytes.length > 2 * 1024 * 1024) continue;
    files.push({ path: relative(dir, join(dir, file)), text: bytes.toString('utf8') });
  }
}
const mb = files.reduce((sum, f) => sum + f.text.length, 0) / 1024 / 1024;
const times = { base: [], branch: [] };
for (let run = 0; run < Number(values.runs); run++) {
  for (const name of ['base', 'branch']) {
    const core = cores[name];
    const catalog = core.builtInCatalog();
    const started = performance.now();
    for (const file of files) core.scanFileText(file.text, file.path, { catalog });
    times[name].push((performance.now() - started) / 1000);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (const name of ['base', 'branch'])
  console.log(
    `${name}: ${files.length} files, ${mb.toFixed(1)} MB, median ${median(times[name]).toFixed(2)} s = ${(mb / median(times[name])).toFixed(1)} MB/s (runs: ${times[name].map((t) => t.toFixed(2)).join(' ')})`,
  );
console.log(`branch / base time: ${(median(times.branch) / median(times.base)).toFixed(3)}`);

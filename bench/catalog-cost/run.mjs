#!/usr/bin/env node
// Cost of the detector catalog on real text, in one process: `scanText` over the same in-memory corpus with
// the core build of a "before" checkout (default: /work/main) and this checkout's build, alternating runs so
// load from other processes hits both alike; also this build with only the detectors the before build has
// (the cost of the added detectors alone). Prints MB/s medians of CPU time; record results in bench/RESULTS.md.
//
//   npm run build && node bench/catalog-cost/run.mjs [--before /work/main/packages/core/dist] [--mb 40] [--runs 7]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const beforeDist = arg('--before', '/work/main/packages/core/dist');
const targetMb = Number(arg('--mb', 40));
const runs = Number(arg('--runs', 7));

const before = await import(pathToFileURL(path.join(beforeDist, 'index.js')).href);
const after = await import(pathToFileURL(path.join(repo, 'packages/core/dist/index.js')).href);

/** Real source files (node_modules of this repository and the corpora on disk), up to targetMb. */
function corpus() {
  const roots = [
    path.join(repo, 'node_modules'),
    '/work/corpora/outline',
    '/work/corpora/excalidraw',
    '/work/corpora/dub',
  ];
  const files = [];
  let bytes = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (bytes >= targetMb * 1024 * 1024) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(full);
      } else if (entry.isFile() && /\.(?:[cm]?[jt]sx?|json|md|ya?ml|env|toml|py|go|rb)$/.test(entry.name)) {
        const size = statSync(full).size;
        if (size > 2 * 1024 * 1024) continue;
        files.push({ path: full, text: readFileSync(full, 'utf8') });
        bytes += size;
      }
    }
  };
  // interleave roots so every kind of file is in the sample
  for (const root of roots.slice(1)) walk(root);
  walk(roots[0]);
  return { files, mb: bytes / 1024 / 1024 };
}

const { files, mb } = corpus();
const oldIds = new Set(before.detectors.map((d) => d.id));
const subset = after.compileCatalog(after.detectors.filter((d) => oldIds.has(d.id)));
const variants = [
  { name: `before (${before.detectors.length} detectors)`, run: (f) => before.scanText(f.text, { path: f.path }) },
  {
    name: `after, only the before detectors (${oldIds.size})`,
    run: (f) => after.scanText(f.text, { path: f.path, catalog: subset }),
  },
  { name: `after (${after.detectors.length} detectors)`, run: (f) => after.scanText(f.text, { path: f.path }) },
];
const times = variants.map(() => []);
const found = variants.map(() => 0);
for (let r = 0; r < runs; r++) {
  variants.forEach((variant, i) => {
    // CPU time of this thread, not wall time: on a shared machine the wait for a core is not the scan's cost
    const started = process.cpuUsage();
    let n = 0;
    for (const file of files) n += variant.run(file).length;
    const used = process.cpuUsage(started);
    times[i].push((used.user + used.system) / 1000);
    found[i] = n;
  });
}
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
console.log(
  `corpus: ${files.length} files, ${mb.toFixed(1)} MB; ${runs} alternating runs; load ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const base = median(times[0]);
variants.forEach((variant, i) => {
  const ms = median(times[i]);
  console.log(
    `${variant.name.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(6)} s ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s  ${((base / ms) * 100).toFixed(0).padStart(4)}% of before  matches ${found[i]}`,
  );
});

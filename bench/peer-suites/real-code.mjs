#!/usr/bin/env node
// Findings per 100k lines on real code bases: runs `keyward scan <dir> --no-semantic --format json` on each
// directory and counts the lines of the files the scanner discovers (binary files left out). Findings are
// listed by detector and location (never the value) for classifying by hand in bench/RESULTS.md.
//
//   node bench/peer-suites/real-code.mjs /work/corpora/dub /work/corpora/outline /work/corpora/excalidraw

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverFiles } from '../../packages/scanner/dist/discover.js';

const cli = fileURLToPath(new URL('../../packages/cli/bin/keyward.js', import.meta.url));
let totalLines = 0;
let totalFindings = 0;
for (const dir of process.argv.slice(2)) {
  const run = spawnSync(process.execPath, [cli, 'scan', dir, '--no-semantic', '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`keyward scan ${dir} exited ${run.status}: ${run.stderr}`);
  const { findings } = JSON.parse(run.stdout);
  let lines = 0;
  for (const file of await discoverFiles({ root: dir })) {
    const bytes = readFileSync(join(dir, file));
    if (bytes.subarray(0, 8192).includes(0)) continue;
    for (const byte of bytes) if (byte === 10) lines++;
  }
  totalLines += lines;
  totalFindings += findings.length;
  console.log(
    `${dir}: ${findings.length} findings in ${lines} lines (${((findings.length / lines) * 1e5).toFixed(2)} per 100k)`,
  );
  for (const f of findings)
    console.log(
      `  ${f.detectorId}  ${relative(dir, f.file.startsWith('/') ? f.file : join(process.cwd(), f.file))}:${f.line}`,
    );
}
console.log(
  `total: ${totalFindings} findings in ${totalLines} lines (${((totalFindings / totalLines) * 1e5).toFixed(2)} per 100k)`,
);

#!/usr/bin/env node
// Issue #15 target 6: how the default scan's cost grows with the tree. The tree is 1, 2, 4 and 8 copies of a
// real app (copied under bench/.work, never committed), each copy in its own folder; the scan runs from the
// tree's root with the semantic pass on. Wall, CPU and peak RSS (GNU time, worker threads included), medians.
//
//   npm run build && node bench/real-apps/scaling.mjs [--app /work/corpora/excalidraw] [--copies 1,2,4,8] [--runs 1]
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { measure, treeSize } from '../lib.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const app = path.resolve(arg('--app', '/work/corpora/excalidraw'));
const copies = arg('--copies', '1,2,4,8').split(',').map(Number);
const runs = Number(arg('--runs', '1'));
const work = path.join(repoRoot, 'bench/.work/scaling');
const keyward = path.join(repoRoot, 'packages/cli/bin/keyward.js');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`app: ${app}; ${runs} run(s) per size after a warm-up of the 1× tree\n`);
console.log('| copies | files | MB | wall | CPU | CPU per copy | peak RSS |');
console.log('|---|---|---|---|---|---|---|');
let warmed = false;
for (const count of copies) {
  const tree = path.join(work, `x${count}`);
  if (!existsSync(path.join(tree, `copy-${count}`))) {
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    for (let i = 1; i <= count; i++) cpSync(app, path.join(tree, `copy-${i}`), { recursive: true });
  }
  const scan = () =>
    measure(process.execPath, [keyward, 'scan', '.', '--format', 'json', '--output', '/dev/null'], { cwd: tree });
  if (!warmed) {
    scan();
    warmed = true;
  }
  const samples = Array.from({ length: runs }, scan);
  const size = treeSize(tree);
  const cpu = median(samples.map((s) => s.cpu));
  console.log(
    `| ${count}× | ${size.files} | ${size.mb.toFixed(1)} | ${median(samples.map((s) => s.seconds)).toFixed(1)} s | ${cpu.toFixed(1)} s | ${(cpu / count).toFixed(2)} s | ${Math.round(median(samples.map((s) => s.rssMb)))} MB |`,
  );
}
console.log(`\nload average at the end: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim()}`);

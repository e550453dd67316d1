#!/usr/bin/env node
// Issue #15 target 3 and the two discovery bugs:
//   1. A scan of one small folder from an empty working directory and from a crowded one (many unrelated
//      folders, each with .gitignore files): the ratio should be ~1 (≤ 1.5×).
//   2. 25,000 .gitignore patterns over 2,000 files, inside a git repository (git answers) and outside one
//      (compiled rules), with literal, suffix and glob patterns (target ≤ 5 s).
//
//   npm run build && node bench/real-apps/cwd.mjs [--runs 5] [--before <rev>]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRevision, measure } from '../lib.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(arg('--runs', '5'));
const before = arg('--before', undefined);
const builds = [['this build', repoRoot]];
if (before) {
  const sha = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--short', before], { encoding: 'utf8' }).trim();
  builds.push([`before (${sha})`, buildRevision(repoRoot, sha, path.join(repoRoot, `bench/.work/rev-${sha}`))]);
}
const base = mkdtempSync(path.join(tmpdir(), 'keyward-cwd-bench-'));
const write = (relative, content) => {
  const file = path.join(base, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};
// the crowded directory: 2,000 project folders, each with two .gitignore files and a few files
for (let i = 0; i < 2000; i++) {
  write(`crowd/p${i}/.gitignore`, 'node_modules/\ndist/\n');
  write(`crowd/p${i}/src/.gitignore`, '*.tmp\n');
  for (let j = 0; j < 5; j++) write(`crowd/p${i}/src/f${j}.ts`, 'export const x = 1;\n');
}
mkdirSync(path.join(base, 'empty'));
for (let j = 0; j < 20; j++) write(`small/src/f${j}.ts`, 'export const ok = process.env.API_KEY;\n');
// 25,000 patterns over 2,000 files
const patterns = [];
for (let i = 0; i < 25_000; i++)
  patterns.push(
    i % 4 === 0 ? `gen/out-${i}.js` : i % 4 === 1 ? `*.tmp${i}` : i % 4 === 2 ? `cache-${i}/` : `src/**/g${i}*.js`,
  );
for (const name of ['ignore-git', 'ignore-plain']) {
  write(`${name}/.gitignore`, `${patterns.join('\n')}\n`);
  for (let d = 0; d < 40; d++)
    for (let f = 0; f < 50; f++) write(`${name}/src/d${d}/f${f}.ts`, 'export const x = 1;\n');
}
execFileSync('git', ['init', '-q'], { cwd: path.join(base, 'ignore-git') });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const variants = builds.flatMap(([label, build]) => {
  const bin = path.join(build, 'packages/cli/bin/keyward.js');
  const scan =
    (cwd, target, extra = []) =>
    () =>
      measure(process.execPath, [bin, 'scan', target, '--format', 'json', '--output', '/dev/null', ...extra], { cwd });
  return [
    [`${label}: small folder, empty cwd`, scan(path.join(base, 'empty'), path.join(base, 'small'))],
    [`${label}: small folder, crowded cwd`, scan(path.join(base, 'crowd'), path.join(base, 'small'))],
    [`${label}: 25,000 patterns, git repository`, scan(path.join(base, 'ignore-git'), '.', ['--no-semantic'])],
    [`${label}: 25,000 patterns, no repository`, scan(path.join(base, 'ignore-plain'), '.', ['--no-semantic'])],
  ];
});
const samples = variants.map(() => []);
const slow = 120; // a variant over this many seconds is measured once (the old super-linear ignore handling)
variants.forEach(([, run], i) => samples[i].push(run()));
for (let r = 1; r < runs; r++) variants.forEach(([, run], i) => samples[i][0].seconds < slow && samples[i].push(run()));
console.log('| variant | wall | CPU | peak RSS | runs |');
console.log('|---|---|---|---|---|');
variants.forEach(([label], i) => {
  const list = samples[i].slice(samples[i].length > 1 ? 1 : 0); // the first run warms the caches
  console.log(
    `| ${label} | ${median(list.map((s) => s.seconds)).toFixed(2)} s | ${median(list.map((s) => s.cpu)).toFixed(2)} s | ${Math.round(median(list.map((s) => s.rssMb)))} MB | ${list.length} |`,
  );
});
console.log(`\nload average at the end: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim()}`);
rmSync(base, { recursive: true, force: true });

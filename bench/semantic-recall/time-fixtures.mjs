#!/usr/bin/env node
// The default scan's wall time on the fixture projects: `keyward scan test-fixtures/<project>` (text scan and
// semantic pass), median of --runs runs after one warm-up, each a fresh process.
//
//   npm run build && node bench/semantic-recall/time-fixtures.mjs [--runs 9] [--keyward other/checkout/packages/cli/bin/keyward.js]
// (--keyward: another build's CLI, timed on this checkout's fixtures, for a before/after in one run)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 9 : Number(process.argv[runsArg + 1]);
const keywardArg = process.argv.indexOf('--keyward');
const keyward =
  keywardArg === -1 ? path.join(repoRoot, 'packages/cli/bin/keyward.js') : path.resolve(process.argv[keywardArg + 1]);
const projects = ['next-app', 'vite-spa', 'node-service', 'monorepo'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const once = (project) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [keyward, 'scan', path.join('test-fixtures', project), '--format', 'json'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  if (result.status !== 1) throw new Error(`scan ${project} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const times = {};
for (const project of projects) once(project); // warm-up (V8 code cache, file cache)
for (let i = 0; i < runs; i++) for (const project of projects) (times[project] ??= []).push(once(project));
for (const project of projects)
  console.log(`${project.padEnd(14)} median ${median(times[project]).toFixed(0)} ms (${runs} runs)`);

#!/usr/bin/env node
// Start-up of the GitHub Action: wall time of `node action/main.js` in scan mode on the demo project (a fresh
// git repository holding test-fixtures/demo), as a runner starts it: no code cache, nothing installed.
//
//   node bench/action-start/run.mjs [--runs 12] [--compare DIR]
//
// --compare DIR also times DIR/main.js (an earlier action/ folder); the two run in turns, round by round.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(option('--runs', 12));
const compared = option('--compare', undefined);
const builds = [['this build', path.join(repoRoot, 'action/main.js')]];
if (compared) builds.push(['compared', path.resolve(compared, 'main.js')]);

const work = mkdtempSync(path.join(tmpdir(), 'keyward-action-start-'));
const repo = path.join(work, 'repo');
cpSync(path.join(repoRoot, 'test-fixtures/demo'), repo, { recursive: true });
const git = (...args) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout.trim();
git('init', '-q');
git('add', '-A');
git('-c', 'user.email=bench@example.invalid', '-c', 'user.name=bench', 'commit', '-qm', 'demo');
writeFileSync(path.join(work, 'event.json'), '{}');
const env = {
  PATH: process.env.PATH ?? '',
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: path.join(work, 'event.json'),
  GITHUB_WORKSPACE: repo,
  GITHUB_OUTPUT: path.join(work, 'output'),
  GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
  GITHUB_REPOSITORY: 'bench/demo',
  GITHUB_SHA: git('rev-parse', 'HEAD'),
  GITHUB_REF: 'refs/heads/main',
  RUNNER_TEMP: work,
  INPUT_MODE: 'scan',
};
const times = builds.map(() => []);
for (let round = 0; round <= runs; round++)
  builds.forEach(([label, main], i) => {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [main], { cwd: repo, env, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (round === 0) {
      const annotations = (run.stdout.match(/^::(?:error|warning) /gm) ?? []).length;
      console.log(`${label}: exit ${run.status}, ${annotations} annotations`);
    } else times[i].push(ms);
  });
builds.forEach(([label], i) => {
  const sorted = times[i].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(12)} median ${sorted[sorted.length >> 1].toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)}, ${runs} runs)`,
  );
});
rmSync(work, { recursive: true, force: true });

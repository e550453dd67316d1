#!/usr/bin/env node
// Pre-commit latency: a commit of 10 changed files in a generated repository of 5,000 files. Median wall
// time of `keyward staged` from process start, against secretlint run the way its docs recommend for a
// pre-commit hook (lint-staged running secretlint on the staged files).
//
//   npm run build && node bench/pre-commit-latency/run.mjs [--runs 15] [--compare DIR]
//
// --compare DIR also times DIR/cli/bin/keyward.js (an earlier build), interleaved in the same run.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmTools, measure } from '../lib.mjs';
import { generateApp } from '../eslint-overhead/generate-app.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const work = path.join(repoRoot, 'bench/.work/pre-commit');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 15 : Number(process.argv[runsArg + 1]);
const compareArg = process.argv.indexOf('--compare');
const compared = compareArg === -1 ? undefined : path.resolve(process.argv[compareArg + 1], 'cli/bin/keyward.js');
const keyward = path.join(repoRoot, 'packages/cli/bin/keyward.js');
const tools = path.join(work, 'tools');
const repo = path.join(work, 'repo');
mkdirSync(work, { recursive: true });
ensureNpmTools(tools, [
  'lint-staged@15.5.2',
  'secretlint@12.0.0',
  '@secretlint/secretlint-rule-preset-recommend@12.0.0',
]);

const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
if (!existsSync(path.join(repo, '.git'))) {
  rmSync(repo, { recursive: true, force: true });
  generateApp(repo, 5000);
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.invalid');
  git('config', 'user.name', 'bench');
  writeFileSync(
    path.join(repo, '.secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  );
  writeFileSync(
    path.join(repo, '.lintstagedrc.json'),
    JSON.stringify({
      '*': `${path.join(tools, 'node_modules/.bin/secretlint')} --secretlintrc ${path.join(repo, '.secretlintrc.json')}`,
    }),
  );
  git('add', '-A');
  git('commit', '-qm', 'generated', '--no-verify');
}
git('reset', '-q', '--hard');
const changed = git('ls-files')
  .split('\n')
  .filter((file) => file.endsWith('.ts'))
  .slice(0, 10);
for (const file of changed) appendFileSync(path.join(repo, file), `\nexport const touched${Date.now()} = 1;\n`);
git('add', ...changed);
const files = git('ls-files').split('\n').filter(Boolean).length;
console.log(
  `repository: ${files} files; staged: ${git('diff', '--cached', '--name-only').trim().split('\n').length} changed files`,
);

function median(label, command, args) {
  measure(command, args, { cwd: repo });
  const samples = Array.from({ length: runs }, () => measure(command, args, { cwd: repo })).sort(
    (a, b) => a.seconds - b.seconds,
  );
  const mid = samples[Math.floor(samples.length / 2)];
  console.log(
    `${label.padEnd(44)} median ${(mid.seconds * 1000).toFixed(0).padStart(5)} ms  (min ${(samples[0].seconds * 1000).toFixed(0)}, max ${(samples.at(-1).seconds * 1000).toFixed(0)}, ${runs} runs)  peak RSS ${mid.rssMb.toFixed(0)} MB  exit ${mid.status}`,
  );
  return mid;
}

const kw = median('keyward staged (with per-file semantic checks)', 'node', [keyward, 'staged', '--quiet']);
if (compared) median('compared build: keyward staged', 'node', [compared, 'staged', '--quiet']);
if (compared) median('this build again: keyward staged', 'node', [keyward, 'staged', '--quiet']);
median('keyward staged --no-semantic (text scan only)', 'node', [keyward, 'staged', '--quiet', '--no-semantic']);
const sl = median('lint-staged + secretlint (recommend preset)', path.join(tools, 'node_modules/.bin/lint-staged'), [
  '--quiet',
]);
console.log(
  `keyward is ${(sl.seconds / kw.seconds).toFixed(1)}x faster; target <= 300 ms: ${kw.seconds <= 0.3 ? 'met' : 'not met'}`,
);
git('reset', '-q', '--hard');

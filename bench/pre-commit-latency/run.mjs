#!/usr/bin/env node
// Pre-commit latency: a commit of 10 changed files in a generated repository of 5,000 files. Median wall
// time of `keyward staged` from process start, against secretlint run the way its docs recommend for a
// pre-commit hook (lint-staged running secretlint on the staged files), and of a real `git commit` through a
// husky 9 hook. Two commits: 10 `.ts` services that hold semantic trigger words (env reads, headers, pino), and
// 10 `.ts` utility modules that hold none (TypeScript need not load).
//
//   npm run build && node bench/pre-commit-latency/run.mjs [--runs 15] [--compare DIR]
//
// --compare DIR also times DIR/cli/bin/keyward.js (an earlier build). Every variant runs once per round, in
// turns, so a slow spell of the machine is shared by all of them.
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
  'husky@9.1.7',
]);

const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** Utility modules without any word a semantic finding starts from (no env read, header, token, key…). */
const PLAIN = Array.from({ length: 10 }, (_, i) => `src/plain/plain-${i}.ts`);
const plainModule = (i) =>
  `export function clamp${i}(value: number, low: number, high: number): number {\n  return Math.min(high, Math.max(low, value));\n}\n\nexport const labels${i} = ['alpha', 'beta', 'gamma'].map((word) => word.toUpperCase());\n`;
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
if (!existsSync(path.join(repo, PLAIN[0]))) {
  mkdirSync(path.join(repo, 'src/plain'), { recursive: true });
  PLAIN.forEach((file, i) => writeFileSync(path.join(repo, file), plainModule(i)));
  git('add', ...PLAIN);
  git('commit', '-qm', 'plain modules', '--no-verify');
}
const head = git('rev-parse', 'HEAD').trim();
const TRIGGERED = git('ls-files', 'server/services')
  .split('\n')
  .filter((file) => file.endsWith('.ts'))
  .slice(0, 10);

/** Stages the same edit to each file: the commit to be measured. */
function stage(files) {
  git('reset', '-q', '--hard', head);
  for (const file of files) appendFileSync(path.join(repo, file), `\nexport const touched${Date.now()} = 1;\n`);
  git('add', ...files);
}

/**
 * Times the variants in turns, one run of each per round after one warm-up round, and prints each one's median
 * wall and CPU time: run one after another, a slow spell of the machine lands on one variant and reads as a
 * difference between them. `before` runs before every timed run (outside the timing).
 */
function inTurns(variants) {
  const samples = variants.map(() => []);
  for (let round = 0; round <= runs; round++)
    variants.forEach((variant, i) => {
      variant.before?.();
      const sample = timed(variant.command, variant.args);
      if (round > 0) samples[i].push(sample);
    });
  return variants.map((variant, i) => {
    const wall = medianOf(samples[i].map((sample) => sample.seconds));
    const cpu = medianOf(samples[i].map((sample) => sample.cpu));
    const rss = medianOf(samples[i].map((sample) => sample.rssMb));
    const walls = samples[i].map((sample) => sample.seconds).sort((a, b) => a - b);
    console.log(
      `${variant.label.padEnd(56)} median ${ms(wall)} ms  CPU ${ms(cpu)} ms  (min ${ms(walls[0])}, max ${ms(walls.at(-1))}, ${runs} runs)  peak RSS ${rss.toFixed(0)} MB  exit ${samples[i][0].status}`,
    );
    return { seconds: wall, cpu };
  });
}

/** Wall time from the parent's clock (GNU time's is in steps of 10 ms), CPU and peak RSS from GNU time. */
function timed(command, args) {
  const started = process.hrtime.bigint();
  const sample = measure(command, args, { cwd: repo });
  return { ...sample, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (seconds) => (seconds * 1000).toFixed(0).padStart(5);

/** A husky 9 hook (`.husky/pre-commit` holding the command, `core.hooksPath=.husky/_`) that runs `bin`. */
function installHook(bin) {
  execFileSync('node', [path.join(tools, 'node_modules/husky/bin.js')], { cwd: repo, stdio: 'ignore' });
  writeFileSync(path.join(repo, '.husky/pre-commit'), `node ${JSON.stringify(bin)} staged --quiet\n`);
}

const files = git('ls-files').split('\n').filter(Boolean).length;
console.log(`repository: ${files} files; each commit stages 10 changed .ts files; load: ${loadAverage()}`);
for (const [what, changed, target] of [
  ['with trigger words', TRIGGERED, 300],
  ['without trigger words', PLAIN, 150],
]) {
  const staged = () => stage(changed);
  console.log(`\n## 10 staged .ts files ${what} (target <= ${target} ms)`);
  const builds = [['', keyward], ...(compared ? [['compared build: ', compared]] : [])];
  const timings = inTurns([
    { label: 'node -e 0 (start-up floor, shows the machine load)', command: 'node', args: ['-e', '0'], before: staged },
    ...builds.flatMap(([name, bin]) => [
      { label: `${name}keyward staged`, command: 'node', args: [bin, 'staged', '--quiet'], before: staged },
      {
        label: `${name}keyward staged --no-semantic (text scan only)`,
        command: 'node',
        args: [bin, 'staged', '--quiet', '--no-semantic'],
        before: staged,
      },
    ]),
    {
      label: 'lint-staged + secretlint (recommend preset)',
      command: path.join(tools, 'node_modules/.bin/lint-staged'),
      args: ['--quiet'],
      before: staged,
    },
  ]);
  const kw = timings[1];
  const sl = timings.at(-1);
  // a real commit through husky; `git reset --soft` before each run keeps the staged change for the next one
  const commit = (bin) => () => {
    if (bin) installHook(bin); // --no-verify needs no hook change
    if (git('rev-parse', 'HEAD').trim() !== head) git('reset', '-q', '--soft', head);
    staged();
  };
  const args = (bin) => ['commit', '-qm', 'bench', ...(bin ? [] : ['--no-verify'])];
  const [bare, hooked] = inTurns([
    { label: 'git commit --no-verify (no hook)', command: 'git', args: args(undefined), before: commit(undefined) },
    ...builds.map(([name, bin]) => ({
      label: `git commit through husky running ${name || 'this build: '}keyward staged`,
      command: 'git',
      args: args(bin),
      before: commit(bin),
    })),
  ]);
  git('reset', '-q', '--soft', head);
  console.log(
    `keyward ${(kw.seconds * 1000).toFixed(0)} ms (${kw.seconds * 1000 <= target ? 'met' : 'NOT met'}); ${(sl.seconds / kw.seconds).toFixed(1)}x faster than lint-staged + secretlint; the hook adds ${((hooked.seconds - bare.seconds) * 1000).toFixed(0)} ms to git commit`,
  );
  git('config', '--unset-all', 'core.hooksPath');
}
git('reset', '-q', '--hard', head);

function loadAverage() {
  return execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ');
}

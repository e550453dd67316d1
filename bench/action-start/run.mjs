#!/usr/bin/env node
// Time to first finding of the GitHub Action, before (the composite action: `npm ci` of the monorepo and a
// full build in the action's directory, then scripts/action.mjs, which scanned twice) and after (the JavaScript
// action: `node action/main.js`, the committed bundle). Both run the action body with GitHub's environment on
// the same repository, back to back, and report the time from start to the first annotation on stdout and to
// the end. setup-node, which the composite action also ran, is not counted (it needs the network of a runner).
//
//   node bench/action-start/run.mjs [--before REV] [--runs 3] [--tree DIR]...
//
// --tree adds a tree to scan (copied into bench/.work; default: test-fixtures/demo, which has findings).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const work = path.join(repoRoot, 'bench/.work/action-start');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', '3'));
const before = option('--before', 'main');
const trees = args.flatMap((arg, i) => (arg === '--tree' ? [path.resolve(args[i + 1])] : []));
if (trees.length === 0) trees.push(path.join(repoRoot, 'test-fixtures/demo'));
mkdirSync(work, { recursive: true });

/** A git repository holding a copy of `tree`, as a checkout the action scans. */
function checkout(tree) {
  const dir = path.join(work, `tree-${path.basename(tree)}`);
  if (existsSync(path.join(dir, '.git'))) return dir;
  cpSync(tree, dir, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}.git${path.sep}`) && !source.endsWith(`${path.sep}.git`),
  });
  const git = (...a) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.email=b@example.invalid', '-c', 'user.name=b', 'add', '-A');
  git('-c', 'user.email=b@example.invalid', '-c', 'user.name=b', 'commit', '-qm', 'tree', '--no-verify');
  return dir;
}

/** Runs `command`, returning seconds to the first annotation line on stdout and to exit. */
function timed(command, argv, options) {
  return new Promise((resolve) => {
    const started = performance.now();
    let first;
    let buffered = '';
    const child = spawn(command, argv, { ...options, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (chunk) => {
      buffered += chunk.toString();
      if (first === undefined && /^::(?:error|warning|notice) /m.test(buffered))
        first = (performance.now() - started) / 1000;
    });
    child.on('close', () => resolve({ first, total: (performance.now() - started) / 1000 }));
  });
}

function githubEnv(dir, extra) {
  const temp = mkdtempSync(path.join(work, 'runner-'));
  writeFileSync(path.join(temp, 'event.json'), '{}');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
    RUNNER_TEMP: temp,
    ...extra,
  };
}

/** The composite action: install and build in the action's own directory, then its script (both steps timed as one). */
async function composite(dir) {
  const actionDir = path.join(work, 'composite-action');
  rmSync(actionDir, { recursive: true, force: true });
  mkdirSync(actionDir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${repoRoot}" archive "${before}" | tar -x -C "${actionDir}"`]);
  const env = githubEnv(dir, {
    GITHUB_ACTION_PATH: actionDir,
    KEYWARD_MODE: 'scan',
    KEYWARD_PATH: '.',
    KEYWARD_FORMAT: 'sarif',
  });
  const script = `cd "$GITHUB_ACTION_PATH" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npm run build --silent >/dev/null && cd "$GITHUB_WORKSPACE" && node "$GITHUB_ACTION_PATH/scripts/action.mjs"`;
  return timed('bash', ['-c', script], { cwd: dir, env });
}

async function javascriptAction(dir) {
  const env = githubEnv(dir, {
    INPUT_MODE: 'scan',
    INPUT_PATH: '.',
    INPUT_FORMAT: 'sarif',
    'INPUT_UPLOAD-SARIF': 'false',
    'INPUT_FAIL-ON': 'low',
  });
  return timed(process.execPath, [path.join(repoRoot, 'action/main.js')], { cwd: dir, env });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const show = (value) => (value === undefined ? '— (no finding)' : `${value.toFixed(2)} s`);
console.log(
  `before: composite action at ${before}; after: this checkout's action/main.js; ${runs} runs each, medians\n`,
);
console.log('| tree | action | first annotation | done |');
console.log('|---|---|---|---|');
for (const tree of trees) {
  const dir = checkout(tree);
  const results = { composite: [], javascript: [] };
  for (let i = 0; i < runs; i++) {
    results.composite.push(await composite(dir));
    results.javascript.push(await javascriptAction(dir));
  }
  for (const [name, samples] of Object.entries(results)) {
    const firsts = samples.map((s) => s.first).filter((v) => v !== undefined);
    console.log(
      `| ${path.basename(tree)} | ${name === 'composite' ? 'composite (npm ci + build + 2 scans)' : 'JavaScript action (bundle, 1 scan)'} | ${show(firsts.length ? median(firsts) : undefined)} | ${median(samples.map((s) => s.total)).toFixed(2)} s |`,
    );
  }
}

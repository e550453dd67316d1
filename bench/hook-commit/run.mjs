#!/usr/bin/env node
// Hook latency through a real `git commit`: 10 changed files staged in a generated repository of 1,000 files,
// committed through husky 9 with `.husky/pre-commit` holding nothing (husky's own cost), `npx keyward staged`
// (what `keyward init` wrote before) and `keyward staged` (what it writes now), and through the pre-commit
// framework (`repo:` this repository, `rev:` HEAD) when the `pre-commit` command is installed, with the time
// that framework takes to install the hook once. Variants are interleaved; medians.
//
//   npm run build && node bench/hook-commit/run.mjs [--runs 11]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from '../lib.mjs';
import { generateApp } from '../eslint-overhead/generate-app.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 11 : Number(process.argv[runsArg + 1]);
const work = path.join(repoRoot, 'bench/.work/hook-commit');
const repo = path.join(work, 'repo');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
generateApp(repo, 1000);
writeFileSync(path.join(repo, 'package.json'), '{ "name": "app", "private": true }\n');
git('init', '-q', '-b', 'main');
git('config', 'user.email', 'bench@example.invalid');
git('config', 'user.name', 'bench');
git('add', '-A');
git('commit', '-qm', 'generated', '--no-verify');
// what `npm install` leaves: husky and keyward in node_modules (linked from this monorepo)
mkdirSync(path.join(repo, 'node_modules/.bin'), { recursive: true });
symlinkSync(path.join(repoRoot, 'node_modules/husky'), path.join(repo, 'node_modules/husky'));
symlinkSync(path.join(repoRoot, 'packages/cli/bin/keyward.js'), path.join(repo, 'node_modules/.bin/keyward'));
writeFileSync(path.join(repo, '.git/info/exclude'), 'node_modules\n');

// files without findings (the generated app plants some), so every commit goes through
const report = spawnSync(
  process.execPath,
  [path.join(repoRoot, 'packages/cli/bin/keyward.js'), 'scan', '--format', 'json'],
  {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  },
);
const flagged = new Set(JSON.parse(report.stdout).findings.map((finding) => finding.file));
const changed = git('ls-files')
  .split('\n')
  .filter((file) => file.endsWith('.ts') && !flagged.has(file))
  .slice(0, 10);
const env = { ...process.env, PRE_COMMIT_HOME: path.join(work, 'pre-commit-home') };
let round = 0;
/** Stages 10 changed files and times `git commit` (then undoes the commit, keeping nothing staged). */
function commitOnce() {
  round++;
  for (const file of changed) appendFileSync(path.join(repo, file), `\nexport const touched${round} = ${round};\n`);
  git('add', ...changed);
  const result = measure('git', ['commit', '-q', '-m', `round ${round}`], { cwd: repo, env });
  if (result.status === 0) git('reset', '-q', '--soft', 'HEAD~1');
  git('reset', '-q');
  return result;
}

const husky = (hook) => () => {
  git('config', 'core.hooksPath', '.husky/_');
  mkdirSync(path.join(repo, '.husky'), { recursive: true });
  writeFileSync(path.join(repo, '.husky/pre-commit'), hook);
};
spawnSync(process.execPath, [path.join(repo, 'node_modules/husky/bin.js')], { cwd: repo, stdio: 'ignore' });
const variants = [
  ['husky 9, empty hook (husky itself)', husky('true\n')],
  ['husky 9, `npx keyward staged` (init before)', husky('npx keyward staged\n')],
  ['husky 9, `keyward staged` (init now)', husky('keyward staged\n')],
];

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
if (preCommit.status === 0) {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  writeFileSync(
    path.join(repo, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${repoRoot}\n    rev: ${head}\n    hooks:\n      - id: keyward\n`,
  );
  writeFileSync(path.join(repo, '.git/info/exclude'), 'node_modules\n.pre-commit-config.yaml\n');
  git('config', '--unset', 'core.hooksPath');
  const install = measure('pre-commit', ['install', '--install-hooks'], { cwd: repo, env });
  console.log(
    `${preCommit.stdout.trim()}: install-hooks (clone, npm install, npm pack, npm install -g) ${install.seconds.toFixed(1)} s, exit ${install.status}`,
  );
  // the framework's hook is .git/hooks/pre-commit: it runs when core.hooksPath is unset
  const framework = () => spawnSync('git', ['config', '--unset-all', 'core.hooksPath'], { cwd: repo });
  variants.push([`pre-commit framework (${preCommit.stdout.trim()})`, framework]);
}

const samples = variants.map(() => []);
for (let i = 0; i <= runs; i++) {
  variants.forEach(([, setUp], v) => {
    setUp();
    const result = commitOnce();
    if (result.status !== 0) throw new Error(`${variants[v][0]}: commit failed\n${result.stderr.slice(-800)}`);
    if (i > 0) samples[v].push(result.seconds); // the first round warms caches
  });
}
console.log(
  `repository: ${git('ls-files').split('\n').length - 1} files; 10 staged; ${runs} runs each, interleaved; load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
);
variants.forEach(([label], v) => {
  const sorted = samples[v].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `${label.padEnd(48)} git commit median ${(median * 1000).toFixed(0).padStart(5)} ms  (min ${(sorted[0] * 1000).toFixed(0)}, max ${(sorted.at(-1) * 1000).toFixed(0)})`,
  );
});

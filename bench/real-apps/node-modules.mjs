#!/usr/bin/env node
// Issue #15 target 2: the text scan of a real `node_modules` tree against ripgrep, both run from an empty
// working directory, interleaved run by run. The tree is what a fresh install of the package set makes
// (built in --tree, default /tmp/nm, when missing). ripgrep searches for the prefilter's keywords (fixed
// strings, every file: `--no-ignore --hidden -a`), which is the least any keyword-based scanner must do.
//
// --target DIR scans another folder instead (the 200 MB generated tree of bench/scan-throughput); --base REV adds
// the same scans by a build of that revision (bench/lib.mjs buildRevision), interleaved run by run.
//
//   npm run build && node bench/real-apps/node-modules.mjs [--runs 5] [--tree /tmp/nm] [--target DIR] [--base REV]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRevision, ensureRipgrep, measure, treeSize } from '../lib.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(arg('--runs', '5'));
const tree = path.resolve(arg('--tree', '/tmp/nm'));
const PACKAGES = [
  'secretlint@12.0.0',
  '@secretlint/secretlint-rule-preset-recommend@12.0.0',
  'eslint@10',
  'eslint-plugin-no-secrets',
  'typescript-eslint',
  'typescript@5',
];

const base = arg('--base', undefined);
const givenTarget = arg('--target', undefined);
if (!givenTarget && !existsSync(path.join(tree, 'node_modules'))) {
  mkdirSync(tree, { recursive: true });
  execFileSync('npm', ['init', '-y'], { cwd: tree, stdio: 'ignore' });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...PACKAGES], { cwd: tree, stdio: 'inherit' });
}
ensureRipgrep();
const { builtInCatalog } = await import(path.join(repoRoot, 'packages/core/dist/index.js'));
const empty = mkdtempSync(path.join(tmpdir(), 'keyward-empty-cwd-'));
const keywords = path.join(mkdtempSync(path.join(tmpdir(), 'keyward-words-')), 'keywords.txt');
writeFileSync(keywords, `${builtInCatalog().keywords.join('\n')}\n`);
const target = givenTarget ? path.resolve(givenTarget) : path.join(tree, 'node_modules');
const keyward = path.join(repoRoot, 'packages/cli/bin/keyward.js');
const baseBin = base
  ? path.join(buildRevision(repoRoot, base, path.join(tmpdir(), `keyward-base-${base}`)), 'packages/cli/bin/keyward.js')
  : undefined;
const variants = [
  ['ripgrep (keywords, fixed strings)', 'rg', ['--no-ignore', '--hidden', '-a', '-F', '-f', keywords, '-c', target]],
  [
    'keyward scan --no-semantic',
    process.execPath,
    [keyward, 'scan', target, '--no-semantic', '--format', 'json', '-o', '/dev/null'],
  ],
  [
    'keyward scan --no-semantic --no-ignore',
    process.execPath,
    [keyward, 'scan', target, '--no-semantic', '--no-ignore', '--format', 'json', '-o', '/dev/null'],
  ],
  ['keyward --version (start-up)', process.execPath, [keyward, '--version']],
  ...(baseBin
    ? [
        [
          `keyward scan --no-semantic at ${base}`,
          process.execPath,
          [baseBin, 'scan', target, '--no-semantic', '--format', 'json', '-o', '/dev/null'],
        ],
        [
          `keyward scan --no-semantic --workers 0 at ${base}`,
          process.execPath,
          [baseBin, 'scan', target, '--no-semantic', '--workers', '0', '--format', 'json', '-o', '/dev/null'],
        ],
      ]
    : []),
  [
    'keyward scan --no-semantic --workers 0',
    process.execPath,
    [keyward, 'scan', target, '--no-semantic', '--workers', '0', '--format', 'json', '-o', '/dev/null'],
  ],
];
console.log(`load average at the start: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim()}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = variants.map(() => []);
for (const [, command, args] of variants) measure(command, args, { cwd: empty }); // warm-up
for (let run = 0; run < runs; run++)
  variants.forEach(([, command, args], i) => samples[i].push(measure(command, args, { cwd: empty })));
const size = treeSize(target);
console.log(`tree: ${target}, ${size.files} files, ${size.mb.toFixed(1)} MB; cwd: an empty folder; ${runs} runs\n`);
console.log('| tool | wall | CPU | peak RSS | wall ÷ ripgrep | CPU ÷ ripgrep (medians of per-run ratios) |');
console.log('|---|---|---|---|---|---|');
variants.forEach(([label], i) => {
  const list = samples[i];
  const ratio = (key) => median(list.map((s, run) => s[key] / samples[0][run][key]));
  console.log(
    `| ${label} | ${median(list.map((s) => s.seconds)).toFixed(2)} s | ${median(list.map((s) => s.cpu)).toFixed(2)} s | ${Math.round(median(list.map((s) => s.rssMb)))} MB | ${ratio('seconds').toFixed(1)}× | ${ratio('cpu').toFixed(1)}× |`,
  );
});
console.log(`\nload average at the end: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim()}`);

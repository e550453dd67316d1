#!/usr/bin/env node
// Issue #15 target 2: the text scan of a real `node_modules` tree against ripgrep, both run from an empty
// working directory, interleaved run by run. The tree is what a fresh install of the package set makes
// (built in --tree, default /tmp/nm, when missing). ripgrep searches for the prefilter's keywords (fixed
// strings, every file: `--no-ignore --hidden -a`), which is the least any keyword-based scanner must do.
//
//   npm run build && node bench/real-apps/node-modules.mjs [--runs 5] [--tree /tmp/nm]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRipgrep, measure, treeSize } from '../lib.mjs';

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

if (!existsSync(path.join(tree, 'node_modules'))) {
  mkdirSync(tree, { recursive: true });
  execFileSync('npm', ['init', '-y'], { cwd: tree, stdio: 'ignore' });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...PACKAGES], { cwd: tree, stdio: 'inherit' });
}
ensureRipgrep();
const { builtInCatalog } = await import(path.join(repoRoot, 'packages/core/dist/index.js'));
const empty = mkdtempSync(path.join(tmpdir(), 'keyward-empty-cwd-'));
const keywords = path.join(mkdtempSync(path.join(tmpdir(), 'keyward-words-')), 'keywords.txt');
writeFileSync(keywords, `${builtInCatalog().keywords.join('\n')}\n`);
const target = path.join(tree, 'node_modules');
const keyward = path.join(repoRoot, 'packages/cli/bin/keyward.js');
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
];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = variants.map(() => []);
for (const [, command, args] of variants) measure(command, args, { cwd: empty }); // warm-up
for (let run = 0; run < runs; run++)
  variants.forEach(([, command, args], i) => samples[i].push(measure(command, args, { cwd: empty })));
const size = treeSize(target);
console.log(`tree: ${target}, ${size.files} files, ${size.mb.toFixed(1)} MB; cwd: an empty folder; ${runs} runs\n`);
console.log('| tool | wall | CPU | peak RSS | wall ÷ ripgrep (median of per-run ratios) |');
console.log('|---|---|---|---|---|');
variants.forEach(([label], i) => {
  const list = samples[i];
  const ratio = median(list.map((s, run) => s.seconds / samples[0][run].seconds));
  console.log(
    `| ${label} | ${median(list.map((s) => s.seconds)).toFixed(2)} s | ${median(list.map((s) => s.cpu)).toFixed(2)} s | ${Math.round(median(list.map((s) => s.rssMb)))} MB | ${ratio.toFixed(1)}× |`,
  );
});
console.log(`\nload average at the end: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim()}`);

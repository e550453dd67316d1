#!/usr/bin/env node
// Throughput of `keyward scan` against ripgrep (the floor: the prefilter's literals, fixed strings) and
// secretlint (recommend preset, newest release that runs on Node 20) on a generated >=200 MB tree of real
// source files and on this repository's node_modules. Prints MB/s and ratios; record results in bench/RESULTS.md.
//
//   npm run build && node bench/scan-throughput/run.mjs [--size-mb 200] [--runs 3]
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInCatalog } from '../../packages/core/dist/index.js';
import { ensureNpmTools, ensureRipgrep, measure, medianOf, treeSize } from '../lib.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = path.join(repo, 'bench/.work');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const targetMb = arg('--size-mb', 200);
const runs = arg('--runs', 3);
const keyward = path.join(repo, 'packages/cli/bin/keyward.js');
const SECRETLINT = ['secretlint@12.0.0', '@secretlint/secretlint-rule-preset-recommend@12.0.0'];

mkdirSync(work, { recursive: true });
ensureRipgrep();

// The prefilter's literals, for ripgrep.
const keywordsFile = path.join(work, 'keywords.txt');
writeFileSync(keywordsFile, builtInCatalog().keywords.join('\n') + '\n');

/** Copies real source files from node_modules, in renamed copies, until the tree reaches targetMb; plants keys. */
function generateTree(dir) {
  const marker = path.join(dir, '.generated');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(targetMb)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        entry.isFile() &&
        /\.(?:[cm]?js|ts|tsx|json|md|ya?ml)$/.test(entry.name) &&
        !/\.min\.|\.map$/.test(entry.name)
      )
        sources.push(full);
    }
  };
  walk(path.join(repo, 'node_modules'));
  let bytes = 0;
  let copy = 0;
  const nm = path.join(repo, 'node_modules');
  while (bytes < targetMb * 1024 * 1024) {
    for (const source of sources) {
      const target = path.join(dir, `pkg${copy}`, path.relative(nm, source));
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(source, target);
      bytes += statSync(source).size;
      if (bytes >= targetMb * 1024 * 1024) break;
    }
    // a few planted keys per copy, assembled here rather than stored in the repository
    const body = Array.from({ length: 32 }, (_, i) => 'Ab3Xy7Qm9Lp2Rt5Vw8Nz4Kc6'[(i * 7 + copy) % 24]).join('');
    writeFileSync(path.join(dir, `pkg${copy}`, 'leak.ts'), `export const key = "lmif_live_${body}";\n`);
    copy++;
  }
  writeFileSync(marker, String(targetMb));
}

function secretlintSubset(tree, mb) {
  const subset = path.join(work, `secretlint-subset-${mb}mb`);
  if (!existsSync(subset)) {
    mkdirSync(subset, { recursive: true });
    let bytes = 0;
    const walk = (d) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        if (bytes >= mb * 1024 * 1024) return;
        const full = path.join(d, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile() && entry.name !== '.generated') {
          const target = path.join(subset, path.relative(tree, full));
          mkdirSync(path.dirname(target), { recursive: true });
          cpSync(full, target);
          bytes += statSync(full).size;
        }
      }
    };
    walk(tree);
  }
  writeFileSync(
    path.join(subset, '.secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  );
  return subset;
}

function bench(label, dir) {
  const size = treeSize(dir);
  console.log(`\n## ${label}: ${size.files} files, ${size.mb.toFixed(1)} MB`);
  const kw = medianOf(runs, () =>
    measure(
      'node',
      [keyward, 'scan', '.', '--no-ignore', '--no-semantic', '--quiet', '--format', 'json', '--output', '/dev/null'],
      { cwd: dir },
    ),
  );
  const kw1 = medianOf(runs, () =>
    measure(
      'node',
      [
        keyward,
        'scan',
        '.',
        '--no-ignore',
        '--no-semantic',
        '--quiet',
        '--workers',
        '0',
        '--format',
        'json',
        '--output',
        '/dev/null',
      ],
      { cwd: dir },
    ),
  );
  const rg = medianOf(runs, () =>
    measure('rg', ['--no-ignore', '--hidden', '-F', '-f', keywordsFile, '-c', '.'], { cwd: dir }),
  );
  const rows = [
    ['ripgrep (prefilter literals)', rg],
    ['keyward scan (workers auto)', kw],
    ['keyward scan (--workers 0)', kw1],
  ];
  for (const [name, r] of rows) {
    console.log(
      `${name.padEnd(32)} ${r.seconds.toFixed(2).padStart(7)} s ${(size.mb / r.seconds).toFixed(1).padStart(8)} MB/s  peak RSS ${r.rssMb.toFixed(0)} MB  (${(r.seconds / rg.seconds).toFixed(1)}x ripgrep)`,
    );
  }
  return { size, rg, kw, kw1 };
}

const tree = path.join(work, `tree-${targetMb}mb`);
generateTree(tree);
const big = bench(`generated tree (real sources from node_modules, >= ${targetMb} MB)`, tree);
const nmCopy = path.join(work, 'node_modules-copy');
if (!existsSync(nmCopy)) cpSync(path.join(repo, 'node_modules'), nmCopy, { recursive: true, dereference: true });
bench("this repository's node_modules (copy)", nmCopy);

ensureNpmTools(path.join(work, 'secretlint'), SECRETLINT);
const subset = secretlintSubset(tree, 10);
const subsetSize = treeSize(subset);
const secretlintBin = path.join(work, 'secretlint/node_modules/.bin/secretlint');
const sl = measure(secretlintBin, ['**/*', '--format', 'json', '--secretlintignore', '.nonexistent'], { cwd: subset });
const kwSubset = medianOf(runs, () =>
  measure(
    'node',
    [keyward, 'scan', '.', '--no-ignore', '--no-semantic', '--quiet', '--format', 'json', '--output', '/dev/null'],
    { cwd: subset },
  ),
);
console.log(
  `\n## secretlint 12.0.0 (recommend preset) on a ${subsetSize.mb.toFixed(1)} MB subset (${subsetSize.files} files)`,
);
console.log(
  `secretlint                       ${sl.seconds.toFixed(2).padStart(7)} s ${(subsetSize.mb / sl.seconds).toFixed(2).padStart(8)} MB/s  peak RSS ${sl.rssMb.toFixed(0)} MB  (exit ${sl.status})`,
);
console.log(
  `keyward scan                     ${kwSubset.seconds.toFixed(2).padStart(7)} s ${(subsetSize.mb / kwSubset.seconds).toFixed(1).padStart(8)} MB/s  peak RSS ${kwSubset.rssMb.toFixed(0)} MB`,
);
console.log(
  `keyward is ${(sl.seconds / kwSubset.seconds).toFixed(0)}x faster than secretlint on the same files; ${(big.kw.seconds / big.rg.seconds).toFixed(1)}x ripgrep's wall time on the big tree.`,
);

#!/usr/bin/env node
// The ESLint budget measured so that machine load cancels out: one process lints the same files with
// typescript-eslint's recommended config alone and with keyward.configs.recommended added, alternating the two
// variants round after round, and reports the median of each round's ratio (CPU time and wall time of the lint
// itself, without process start-up). Run.mjs's separate processes are fairer on an idle machine; on a shared
// one, this is the figure to trust.
//
//   npm run build && node bench/eslint-overhead/interleaved.mjs [--rounds 5] [--compare DIR] [--files 600] [--dir DIR]
//
// --compare DIR also measures the plugin under DIR/node_modules (an earlier build) in each round; --dir lints the
// .ts/.tsx files of DIR instead of the generated app (say node_modules/ajv/lib).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateApp } from './generate-app.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = path.join(repo, 'bench/.work/eslint');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const rounds = Number(arg('--rounds', 5));
const fileCount = Number(arg('--files', 600));
const compare = arg('--compare', undefined);

const { ESLint } = await import(pathToFileURL(path.join(repo, 'node_modules/eslint/lib/api.js')).href);
const tseslint = (await import(pathToFileURL(path.join(repo, 'node_modules/typescript-eslint/dist/index.js')).href))
  .default;
const keyward = (await import(pathToFileURL(path.join(repo, 'packages/eslint-plugin/dist/index.js')).href)).default;
const compared = compare
  ? (await import(pathToFileURL(path.join(compare, 'node_modules/eslint-plugin-keyward/dist/index.js')).href)).default
  : undefined;

const app = path.join(work, 'react-node-app');
if (!existsSync(path.join(app, 'planted.json'))) {
  rmSync(app, { recursive: true, force: true });
  generateApp(app, 2000);
}
const dirArg = arg('--dir', undefined);
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
const files = (
  dirArg
    ? walk(path.resolve(dirArg)).filter((file) => /\.(?:tsx?|[cm]?js)$/.test(file) && !file.endsWith('.d.ts'))
    : ['src/components', 'src/lib', 'server/services']
        .flatMap((dir) => readdirSync(path.join(app, dir)).map((name) => path.join(app, dir, name)))
        .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / fileCount)) === 0)
).slice(0, fileCount);
const cwd = dirArg ? path.resolve(dirArg) : app;
const OFF = Object.fromEntries(
  [
    '@typescript-eslint/no-unused-vars',
    '@typescript-eslint/no-explicit-any',
    '@typescript-eslint/no-unused-expressions',
    '@typescript-eslint/no-empty-object-type',
  ].map((rule) => [rule, 'off']),
);
const base = [{ files: ['**/*.{ts,tsx,js,mjs,cjs}'] }, ...tseslint.configs.recommended, { rules: OFF }];
const variants = {
  'typescript-eslint': base,
  '+ keyward recommended': [...base, keyward.configs.recommended],
  ...(compared ? { '+ keyward (compared build)': [...base, compared.configs.recommended] } : {}),
};
const linters = Object.fromEntries(
  Object.entries(variants).map(([name, config]) => [
    name,
    new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config }),
  ]),
);

async function timed(linter) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = await linter.lintFiles(files);
  const used = process.cpuUsage(cpu);
  return {
    wall: performance.now() - started,
    cpu: (used.user + used.system) / 1000,
    messages: results.reduce((sum, r) => sum + r.messages.length, 0),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `${files.length} TS/TSX files of ${path.relative(repo, cwd)}, ${rounds} rounds after one warm-up round; load ${(
    await import('node:os')
  )
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const linter of Object.values(linters)) await timed(linter); // warm-up: JIT, module loads, config
const samples = Object.fromEntries(Object.keys(linters).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  // alternate the order, so neither variant always runs right after the other
  const order = round % 2 === 0 ? Object.keys(linters) : Object.keys(linters).reverse();
  for (const name of order) samples[name].push(await timed(linters[name]));
}
const reference = samples['typescript-eslint'];
// load only adds time, so each variant's fastest round is the least disturbed one: a second estimate of the overhead
const min = (list) => Math.min(...list.map((sample) => sample.cpu));
const pct = (value, base) => `${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(1)}%`;
for (const [name, list] of Object.entries(samples)) {
  const cpuRatio = median(list.map((sample, i) => sample.cpu / reference[i].cpu));
  const wallRatio = median(list.map((sample, i) => sample.wall / reference[i].wall));
  console.log(
    `${name.padEnd(28)} median CPU ${median(list.map((s) => s.cpu))
      .toFixed(0)
      .padStart(6)} ms, wall ${median(list.map((s) => s.wall))
      .toFixed(0)
      .padStart(6)} ms` +
      (name === 'typescript-eslint'
        ? ''
        : `  overhead: CPU ${((cpuRatio - 1) * 100).toFixed(1)}%, wall ${((wallRatio - 1) * 100).toFixed(1)}% (median of per-round ratios); CPU ${pct(min(list), min(reference))} (fastest rounds)`) +
      `  messages ${list[0].messages}`,
  );
}

// ESLint's own clock (the `stats` option): the time inside the plugin's rules against the rest of the same lint, file
// by file in the same process, so load slows both sides alike. GC that the plugin's garbage causes later, in other
// rules or the parser, is not counted here; the CPU ratios above include it.
for (const [name, config] of Object.entries(variants)) {
  if (name === 'typescript-eslint') continue;
  const linter = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, stats: true });
  const shares = [];
  for (let round = 0; round < 3; round++) {
    let inside = 0;
    let all = 0;
    for (const result of await linter.lintFiles(files)) {
      for (const pass of result.stats?.times.passes ?? []) {
        all += pass.total ?? 0;
        for (const [rule, time] of Object.entries(pass.rules ?? {}))
          if (rule.startsWith('keyward/')) inside += time.total;
      }
    }
    shares.push(inside / (all - inside));
  }
  console.log(
    `${name.padEnd(28)} time inside keyward rules (ESLint stats): ${(median(shares) * 100).toFixed(1)}% of the rest of the lint (median of 3 lints: ${shares.map((x) => (x * 100).toFixed(1)).join(', ')})`,
  );
}

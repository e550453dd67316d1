#!/usr/bin/env node
// `keyward bundle` speed:
//   1. a minified bundle of ≥ 5 MB with its source map, built here with esbuild from real library code in this
//      repository's node_modules (TypeScript, prettier's standalone build and plugins, ajv), with a generated
//      key inlined through `define` and a server-only .env value inlined through a public name;
//   2. optionally a real app's build output (`--app DIR --out SUBDIR`, and `--build "CMD"` to time its build
//      too), e.g. excalidraw copied into bench/.work and installed there (never committed).
// Wall time and peak RSS from GNU time, median of --runs runs after one warm-up (the machine is shared).
//
//   npm run build && node bench/bundle-scan/run.mjs [--runs 5] [--app DIR --out SUBDIR [--build "CMD"]]
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { medianOf, measure, treeSize } from '../lib.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const keyward = path.join(repoRoot, 'packages/cli/bin/keyward.js');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(arg('runs', 5));

/** Random characters from a seeded generator, so no key-shaped literal sits in this file. */
function chars(length, seed = 5) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

async function syntheticBundle() {
  const work = path.join(repoRoot, 'bench/.work/bundle-5mb');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'src'), { recursive: true });
  const session = chars(36, 11);
  writeFileSync(path.join(work, '.env'), `SESSION_SECRET=${session}\nVITE_SESSION=\${SESSION_SECRET}\n`);
  writeFileSync(
    path.join(work, 'src/main.js'),
    [
      "import ts from 'typescript';",
      "import * as prettier from 'prettier/standalone';",
      "import * as babel from 'prettier/plugins/babel';",
      "import * as estree from 'prettier/plugins/estree';",
      "import * as typescript from 'prettier/plugins/typescript';",
      "import * as postcss from 'prettier/plugins/postcss';",
      "import * as markdown from 'prettier/plugins/markdown';",
      "import * as yaml from 'prettier/plugins/yaml';",
      "import * as html from 'prettier/plugins/html';",
      "import Ajv from 'ajv';",
      'export const tools = { ts, prettier, plugins: [babel, estree, typescript, postcss, markdown, yaml, html], Ajv };',
      "export const headers = { authorization: 'Bearer ' + import.meta.env.VITE_OPENAI_API_KEY, session: import.meta.env.VITE_SESSION };",
      '',
    ].join('\n'),
  );
  await build({
    entryPoints: [path.join(work, 'src/main.js')],
    absWorkingDir: repoRoot,
    nodePaths: [path.join(repoRoot, 'node_modules')],
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    platform: 'node',
    outdir: path.join(work, 'dist/assets'),
    define: {
      'import.meta.env.VITE_OPENAI_API_KEY': JSON.stringify(`sk-proj-${chars(40, 3)}T3BlbkFJ${chars(40, 4)}`),
      'import.meta.env.VITE_SESSION': JSON.stringify(session),
    },
    logLevel: 'error',
  });
  const js = path.join(work, 'dist/assets/main.js');
  return { work, js: statSync(js).size, map: statSync(`${js}.map`).size };
}

function timeBundle(cwd, dirs) {
  const args = [keyward, 'bundle', ...dirs, '--format', 'json', '--output', path.join(cwd, '.keyward-bundle.json')];
  const sample = medianOf(runs, () => measure(process.execPath, args, { cwd }));
  const report = JSON.parse(readFileSync(path.join(cwd, '.keyward-bundle.json'), 'utf8'));
  rmSync(path.join(cwd, '.keyward-bundle.json'));
  return { sample, report };
}

function describe(report) {
  const counts = new Map();
  for (const finding of report.findings) {
    const key = `${finding.ruleId}${finding.detectorId ? `/${finding.detectorId}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} ${key}`).join(', ') || 'none';
}

const startup = medianOf(runs, () => measure(process.execPath, [keyward, '--version']));
console.log(`node + keyward start-up (keyward --version): ${startup.seconds.toFixed(2)} s`);

const synthetic = await syntheticBundle();
const one = timeBundle(synthetic.work, ['dist']);
console.log(
  `synthetic: main.js ${(synthetic.js / 1048576).toFixed(1)} MB + map ${(synthetic.map / 1048576).toFixed(1)} MB: ` +
    `${one.sample.seconds.toFixed(2)} s wall, ${one.sample.cpu.toFixed(2)} s CPU, ${one.sample.rssMb.toFixed(0)} MB RSS, ` +
    `in-process ${one.report.summary.durationMs} ms; findings: ${describe(one.report)}`,
);
for (const finding of one.report.findings)
  console.log(
    `  ${finding.file}:${finding.line}:${finding.column} ${finding.redacted} from ${finding.origin?.file}:${finding.origin?.line} ${finding.origin?.read ?? ''}`,
  );

const app = arg('app') && path.resolve(arg('app'));
if (app) {
  const out = arg('out', 'dist');
  const buildCommand = arg('build');
  if (buildCommand) {
    const started = performance.now();
    execSync(buildCommand, { cwd: app, stdio: 'ignore' });
    console.log(`${app}: build (${buildCommand}) ${((performance.now() - started) / 1000).toFixed(1)} s, once`);
  }
  const size = treeSize(path.join(app, out));
  const result = timeBundle(app, [out]);
  console.log(
    `${app}/${out}: ${size.files} files, ${size.mb.toFixed(1)} MB: ${result.sample.seconds.toFixed(2)} s wall, ` +
      `${result.sample.cpu.toFixed(2)} s CPU, ${result.sample.rssMb.toFixed(0)} MB RSS; findings: ${describe(result.report)}`,
  );
  for (const finding of result.report.findings)
    console.log(
      `  ${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}/${finding.detectorId ?? '-'} ${finding.redacted} from ${finding.origin?.file ?? '?'}:${finding.origin?.line ?? '?'} ${finding.origin?.read ?? ''}`,
    );
}

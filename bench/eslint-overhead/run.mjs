#!/usr/bin/env node
// Added lint time and findings of keyward.configs.recommended and of eslint-plugin-no-secrets, each on top
// of typescript-eslint's recommended config, on real and generated TypeScript code.
//
//   npm run build && node bench/eslint-overhead/run.mjs [--runs 3] [--compare DIR] [--only WORD]
//
// --only WORD measures only the code bases whose label holds WORD (`generated`, `ajv`, `eslint`).
//
// --compare DIR adds the plugin installed under DIR/node_modules (an earlier build, say) as one more variant,
// measured in the same run, so the two builds' costs are compared on the same machine load.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmTools, measure } from '../lib.mjs';
import { generateApp } from './generate-app.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = path.join(repo, 'bench/.work/eslint');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 3 : Number(process.argv[runsArg + 1]);
const compareArg = process.argv.indexOf('--compare');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg === -1 ? '' : process.argv[onlyArg + 1];
const compare = compareArg === -1 ? undefined : path.resolve(process.argv[compareArg + 1]);
const eslint = path.join(repo, 'node_modules/eslint/bin/eslint.js');
mkdirSync(work, { recursive: true });
const tools = path.join(work, 'tools');
ensureNpmTools(tools, ['eslint-plugin-no-secrets@2.3.3']);

const url = (p) => JSON.stringify(path.resolve(p));
const variants = {
  'typescript-eslint': [],
  '+ keyward recommended': ["import keyward from 'eslint-plugin-keyward';", 'keyward.configs.recommended'],
  ...(compare
    ? {
        '+ keyward (compared build)': [
          `import keyward from ${url(path.join(compare, 'node_modules/eslint-plugin-keyward/dist/index.js'))};`,
          'keyward.configs.recommended',
        ],
      }
    : {}),
  '+ no-secrets': [
    `import noSecrets from ${url(path.join(tools, 'node_modules/eslint-plugin-no-secrets/dist/index.js'))};`,
    "{ plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }",
  ],
};

function writeConfig(name, [importLine, entry]) {
  const file = path.join(work, `eslint.config.${name.replace(/[^a-z]+/gi, '-')}.mjs`);
  writeFileSync(
    file,
    `import tseslint from ${url(path.join(repo, 'node_modules/typescript-eslint/dist/index.js'))};\n${importLine ?? ''}\nexport default [\n  { files: ['**/*.{ts,tsx,js,mjs,cjs}'] },\n  ...tseslint.configs.recommended,\n  ${entry ? `${entry},` : ''}\n  { rules: { '@typescript-eslint/no-unused-vars': 'off', '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-this-alias': 'off', '@typescript-eslint/no-empty-object-type': 'off', '@typescript-eslint/no-unsafe-function-type': 'off', '@typescript-eslint/ban-ts-comment': 'off', '@typescript-eslint/no-unused-expressions': 'off', 'no-empty': 'off', 'no-useless-escape': 'off', 'no-prototype-builtins': 'off', 'no-cond-assign': 'off', 'no-fallthrough': 'off', 'no-control-regex': 'off', 'no-case-declarations': 'off' } },\n];\n`,
  );
  return file;
}

const targets = [];
const app = path.join(work, 'react-node-app');
if (!existsSync(path.join(app, 'planted.json'))) {
  rmSync(app, { recursive: true, force: true });
  generateApp(app, 2000);
}
targets.push(['generated React + Node app, 2,000 TS/TSX files', app, ['src', 'server']]);
targets.push(['ajv/lib (real TypeScript, 106 files)', path.join(repo, 'node_modules/ajv/lib'), ['.']]);
targets.push(['eslint/lib (real JavaScript, ~400 files)', path.join(repo, 'node_modules/eslint/lib'), ['.']]);

for (const [label, dir, paths] of targets.filter(([label]) => label.includes(only))) {
  console.log(`\n## ${label}`);
  const output = (name) => path.join(work, `out-${name.replace(/[^a-z]+/gi, '-')}.json`);
  const argsOf = (name, config) => [
    eslint,
    '--no-config-lookup',
    '--config',
    config,
    '--format',
    'json',
    '--output-file',
    output(name),
    '--no-warn-ignored',
    ...paths,
  ];
  const entries = Object.entries(variants).map(([name, parts]) => ({
    name,
    args: argsOf(name, writeConfig(name, parts)),
  }));
  // the variants take turns, round after round (after one warm-up round), so a slow spell of a shared machine
  // lands on all of them; wall and CPU are medians of their own samples
  for (const { args } of entries) measure('node', args, { cwd: dir });
  const samples = new Map(entries.map(({ name }) => [name, []]));
  for (let round = 0; round < runs; round++)
    for (const { name, args } of entries) samples.get(name).push(measure('node', args, { cwd: dir }));
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  let base;
  for (const { name, args } of entries) {
    const runsOf = samples.get(name);
    const timed = {
      seconds: median(runsOf.map((run) => run.seconds)),
      cpu: median(runsOf.map((run) => run.cpu)),
      rssMb: median(runsOf.map((run) => run.rssMb)),
    };
    const results = JSON.parse(readFileSync(output(name), 'utf8') || '[]');
    const plugin = name.includes('keyward') ? 'keyward/' : name.includes('no-secrets') ? 'no-secrets/' : null;
    const findings = plugin
      ? results.flatMap((r) =>
          r.messages
            .filter((m) => m.ruleId?.startsWith(plugin))
            .map((m) => ({ file: path.relative(dir, r.filePath), line: m.line, rule: m.ruleId, message: m.message })),
        )
      : [];
    base ??= timed;
    const pct = (value, reference) =>
      `${value >= reference ? '+' : ''}${(((value - reference) / reference) * 100).toFixed(1)}%`;
    const vs =
      name === 'typescript-eslint'
        ? ''
        : ` (${pct(timed.seconds, base.seconds)} wall, ${pct(timed.cpu, base.cpu)} CPU)`;
    console.log(
      `${name.padEnd(24)} ${timed.seconds.toFixed(2).padStart(6)} s wall ${timed.cpu.toFixed(2).padStart(6)} s CPU${vs}  peak RSS ${timed.rssMb.toFixed(0)} MB${plugin ? `  findings: ${findings.length}` : ''}`,
    );
    if (plugin) {
      // ESLint's own per-rule timing: the time spent inside this plugin's rules, independent of noise.
      const timing = measure('node', args, { cwd: dir, env: { ...process.env, TIMING: 'all' } }).stdout;
      const ruleMs = timing
        .split('\n')
        .filter((row) => row.startsWith(plugin))
        .reduce((sum, row) => sum + Number(row.split('|')[1]), 0);
      const allMs = timing
        .split('\n')
        .filter((row) => /^[@a-z].*\|\s*[0-9.]+\s*\|/.test(row))
        .reduce((sum, row) => sum + Number(row.split('|')[1]), 0);
      console.log(
        `    time inside ${plugin.slice(0, -1)} rules (TIMING=all): ${ruleMs.toFixed(0)} ms = ${((ruleMs / 1000 / base.seconds) * 100).toFixed(1)}% of the typescript-eslint-only wall time (all rules: ${allMs.toFixed(0)} ms)`,
      );
      writeFileSync(
        path.join(work, `findings-${path.basename(dir)}-${plugin.slice(0, -1)}.json`),
        JSON.stringify(findings, null, 2),
      );
      for (const finding of findings.slice(0, 6))
        console.log(`    ${finding.file}:${finding.line} ${finding.rule}: ${finding.message.slice(0, 110)}`);
    }
  }
  if (dir === app)
    console.log(
      `  planted problems: ${readFileSync(path.join(app, 'planted.json'), 'utf8').match(/"file"/g)?.length ?? 0} (see planted.json)`,
    );
}

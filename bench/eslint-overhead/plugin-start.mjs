#!/usr/bin/env node
// The plugin's fixed cost per ESLint process, without the lint around it: in a fresh process that has already
// loaded ESLint and typescript-eslint (as every lint run has), the CPU time of importing the plugin and of
// linting its first file (which compiles the detector catalog and runs the engine's code cold), against the
// same file linted by typescript-eslint alone. Variants alternate process by process, so load hits them alike;
// medians of the rounds.
//
//   npm run build && node bench/eslint-overhead/plugin-start.mjs [--rounds 15] [--compare DIR]
//
// --compare DIR also measures the plugin under DIR/node_modules (an earlier build).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const rounds = Number(arg('--rounds', 15));
const compare = arg('--compare', undefined);
const variants = {
  'typescript-eslint alone': '',
  'keyward (this build)': path.join(repo, 'packages/eslint-plugin/bundle/index.js'),
  ...(compare
    ? { 'keyward (compared build)': path.resolve(compare, 'node_modules/eslint-plugin-keyward/dist/index.js') }
    : {}),
};

// the child: ESLint and typescript-eslint loaded first, then the measured part
const child = `
const { Linter } = await import(${JSON.stringify(path.join(repo, 'node_modules/eslint/lib/api.js'))});
const tseslint = (await import(${JSON.stringify(path.join(repo, 'node_modules/typescript-eslint/dist/index.js'))})).default;
const plugin = process.env.PLUGIN;
const cpu = process.cpuUsage();
const keyward = plugin ? (await import(plugin)).default : undefined;
const imported = process.cpuUsage(cpu);
const config = [{ files: ['**/*.ts'] }, ...tseslint.configs.recommended, ...(keyward ? [keyward.configs.recommended] : [])];
const text = "import { readFile } from 'node:fs/promises';\\nexport async function load(path: string): Promise<string> {\\n  const data = await readFile(path, 'utf8');\\n  return data.trim();\\n}\\n";
new Linter().verify(text, config, { filename: ${JSON.stringify(path.join(repo, 'bench/.work/first.ts'))} });
const total = process.cpuUsage(cpu);
const ms = (u) => (u.user + u.system) / 1000;
console.log(JSON.stringify({ imported: ms(imported), total: ms(total), heap: process.memoryUsage().heapUsed }));
`;

const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
console.log(
  `${rounds} rounds, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? Object.keys(variants) : Object.keys(variants).reverse();
  for (const name of order) {
    const out = execFileSync('node', ['--input-type=module', '-e', child], {
      cwd: repo,
      env: { ...process.env, PLUGIN: variants[name] },
      encoding: 'utf8',
    });
    samples[name].push(JSON.parse(out.trim().split('\n').at(-1)));
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(samples['typescript-eslint alone'].map((s) => s.total));
for (const [name, list] of Object.entries(samples)) {
  const total = median(list.map((s) => s.total));
  console.log(
    `${name.padEnd(26)} import ${median(list.map((s) => s.imported))
      .toFixed(0)
      .padStart(4)} ms CPU, import + first file ${total.toFixed(0).padStart(4)} ms CPU` +
      (name === 'typescript-eslint alone' ? '' : ` (+${(total - base).toFixed(0)} ms over typescript-eslint alone)`) +
      `, heap ${(median(list.map((s) => s.heap)) / 1e6).toFixed(0)} MB`,
  );
}
console.log(
  `load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

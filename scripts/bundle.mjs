#!/usr/bin/env node
// Bundles the compiled CLI (packages/*/dist) into packages/cli/bundle: one module per entry plus shared chunks
// instead of ~100 small ES modules, which Node otherwise resolves, reads and links one by one on every start
// (~40 ms of a ~170 ms pre-commit hook). Lazy imports stay lazy (code splitting). Dependencies stay external.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dependencies = new Set();
for (const name of ['core', 'flow', 'scanner', 'cli']) {
  const pkg = JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8'));
  for (const dependency of Object.keys(pkg.dependencies ?? {}))
    if (!dependency.startsWith('@keyward/')) dependencies.add(dependency);
}
const outdir = `${root}packages/cli/bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    run: `${root}packages/cli/dist/run.js`,
    worker: `${root}packages/scanner/dist/worker.js`,
    'semantic-worker': `${root}packages/scanner/dist/semantic-worker.js`,
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [...dependencies].flatMap((name) => [name, `${name}/*`]),
  logLevel: 'warning',
});

#!/usr/bin/env node
// Bundles the compiled CLI (packages/*/dist) into packages/cli/bundle: one module per entry plus shared chunks
// instead of ~100 small ES modules, which Node otherwise resolves, reads and links one by one on every start
// (~40 ms of a ~170 ms pre-commit hook). Lazy imports stay lazy (code splitting). Dependencies stay external.
// --from-source bundles the TypeScript sources directly, without `tsc -b` first: the root package's prepack
// (what the pre-commit framework installs) needs only the bundle, and tsc is most of a cold build's time.
// It also bundles the ESLint plugin (packages/eslint-plugin/dist → bundle/index.js, core and flow inlined, its
// dependencies and peers external): an ESLint process imported ~160 modules of it one by one, ~100 ms of each
// lint run (bench/RESULTS.md, "Start-up cost of the plugin and the hook").
// The CLI's engine loads bundle/typescript.cjs, the part of TypeScript it uses (scripts/typescript-subset.mjs),
// instead of the whole 9 MB bundle. The ESLint plugin keeps the whole package: ESLint has loaded it already.
// Beside the chunks of each goes keyword-automaton.bin, the built-in catalog's keyword automaton, which the
// bundle's core reads instead of building it on every start (~20 ms; core/src/util/stored-automaton.ts).
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { engineTypescript } from './typescript-subset.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dependencies = new Set();
for (const name of ['core', 'flow', 'scanner', 'cli']) {
  const pkg = JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8'));
  for (const dependency of Object.keys(pkg.dependencies ?? {}))
    if (!dependency.startsWith('@keyward/')) dependencies.add(dependency);
}
const outdir = `${root}packages/cli/bundle`;
const AUTOMATON_FILE = 'keyword-automaton.bin';
rmSync(outdir, { recursive: true, force: true });
const fromSource = process.argv.includes('--from-source');
const entry = (name, file) => `${root}packages/${name}/${fromSource ? `src/${file}.ts` : `dist/${file}.js`}`;
await build({
  entryPoints: {
    run: entry('cli', 'run'),
    worker: entry('scanner', 'worker'),
    'semantic-worker': entry('scanner', 'semantic-worker'),
  },
  // the workspace packages' exports point at dist/: from source, each export maps to its src/ file
  // and `import ts = require('typescript')`, which tsc compiles to createRequire, needs a `require` in scope
  ...(fromSource
    ? {
        alias: sourceAliases(['core', 'flow', 'scanner']),
        banner: {
          js: "import { createRequire as __keywardRequire } from 'node:module';\nconst require = __keywardRequire(import.meta.url);",
        },
      }
    : {}),
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [...dependencies].flatMap((name) => [name, `${name}/*`]),
  plugins: [engineTypescriptModule(), storedAutomatonModule()],
  logLevel: 'warning',
});
writeFileSync(`${outdir}/typescript.cjs`, engineTypescript(root));
const automaton = await builtInAutomaton();
writeFileSync(`${outdir}/${AUTOMATON_FILE}`, automaton);

// the ESLint plugin: always from dist (its package is built by tsc -b before this runs; prepack needs the CLI only)
if (!fromSource) {
  const plugin = JSON.parse(readFileSync(`${root}packages/eslint-plugin/package.json`, 'utf8'));
  const external = [...Object.keys(plugin.dependencies ?? {}), ...Object.keys(plugin.peerDependencies ?? {})].filter(
    (name) => !name.startsWith('@keyward/'),
  );
  const pluginOut = `${root}packages/eslint-plugin/bundle`;
  rmSync(pluginOut, { recursive: true, force: true });
  await build({
    entryPoints: { index: `${root}packages/eslint-plugin/dist/index.js` },
    outdir: pluginOut,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: [...external, 'eslint', ...external.map((name) => `${name}/*`)],
    plugins: [storedAutomatonModule()],
    logLevel: 'warning',
  });
  writeFileSync(`${pluginOut}/${AUTOMATON_FILE}`, automaton);
}

/** The engine's TypeScript module (flow's typescript.ts) loads the subset written beside the bundle's chunks. */
function engineTypescriptModule() {
  return {
    name: 'engine-typescript',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]flow[\\/](dist|src)[\\/]typescript\.[jt]s$/ }, () => ({
        contents:
          "import { createRequire } from 'node:module';\nexport const ts = createRequire(import.meta.url)('./typescript.cjs');\n",
        loader: 'js',
      }));
    },
  };
}

/** The bundle's core reads the stored automaton beside its chunks (a missing or stale file: it builds one). */
function storedAutomatonModule() {
  return {
    name: 'stored-automaton',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]core[\\/](dist|src)[\\/]util[\\/]stored-automaton\.[jt]s$/ }, () => ({
        contents: `import { readFileSync } from 'node:fs';
let bytes;
export function storedAutomaton() {
  if (bytes === undefined) {
    try {
      bytes = readFileSync(new URL('./${AUTOMATON_FILE}', import.meta.url));
    } catch {
      bytes = null;
    }
  }
  return bytes ?? undefined;
}
`,
        loader: 'js',
      }));
    },
  };
}

/** The built-in catalog's automaton as bytes, from the same core the bundle holds (dist or src). */
async function builtInAutomaton() {
  const module = `${outdir}/.core-for-snapshot.mjs`;
  await build({
    entryPoints: [entry('core', 'index')],
    outfile: module,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  try {
    const core = await import(pathToFileURL(module).href);
    return core.builtInCatalog().automaton.snapshot();
  } finally {
    rmSync(module, { force: true });
  }
}

/** `@keyward/flow/prefilter` → packages/flow/src/prefilter.ts, for every export of the named packages. */
function sourceAliases(names) {
  const aliases = {};
  for (const name of names) {
    const pkg = JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8'));
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const file = typeof target === 'string' ? target : target.default;
      if (!file?.startsWith('./dist/')) continue;
      aliases[`${pkg.name}${subpath.slice(1)}`] =
        `${root}packages/${name}/src/${file.slice('./dist/'.length).replace(/\.js$/, '.ts')}`;
    }
  }
  return aliases;
}

// The packages as a user gets them: `npm pack` each one (after `npm run build`), install the tarballs into a
// fresh project, and run what the README says to run there — `npx keyward scan`, ESLint and oxlint with the
// plugin, a type-checked eslint.config.ts. Dependencies come from npm's cache (`--prefer-offline`), else the
// registry. Packed and installed once for the whole file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator } from '../packages/core/test/helpers/random.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const PACKAGES = ['core', 'flow', 'scanner', 'eslint-plugin', 'cli'];
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

// A fake LMIF live key, assembled at run time; the redacted form keeps only the first characters.
const key = ['lmif', 'live', generator(1414).chars(32)].join('_');

let work = '';
let app = '';

/** The child's environment without npm's `npm_*` variables, so `npm test`'s own settings do not leak in. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const name of Object.keys(env)) if (/^npm_/i.test(name) || name === 'INIT_CWD') delete env[name];
  return env;
}

function sh(command: string, args: string[], cwd = app): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 26 });
}

/** An installed bin of the fresh project (npx adds about a second of npm start-up to each call). */
const bin = (name: string) => path.join(app, 'node_modules', '.bin', name);

function ok(result: SpawnSyncReturns<string>): SpawnSyncReturns<string> {
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr || result.stdout}`);
  return result;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'keyward-packed-'));
  const tarballs = path.join(work, 'tarballs');
  app = path.join(work, 'app');
  mkdirSync(tarballs);
  mkdirSync(path.join(app, 'src'), { recursive: true });
  mkdirSync(path.join(app, 'docs'));

  const workspaces = PACKAGES.flatMap((name) => ['-w', `packages/${name}`]);
  const packed = ok(
    sh('npm', ['pack', ...workspaces, '--json', '--ignore-scripts', '--pack-destination', tarballs], root),
  );
  const files = (JSON.parse(packed.stdout) as { filename: string }[]).map((entry) =>
    path.join(tarballs, entry.filename),
  );

  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }));
  const peers = [`eslint@${versionOf('eslint')}`, `typescript@${versionOf('typescript')}`];
  ok(sh('npm', ['install', ...files, ...peers, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']));

  writeFileSync(path.join(app, 'src', 'config.js'), `export const apiKey = '${key}';\n`);
  // the seed vendor's documentation placeholder: not a secret, for ESLint, the scanner and oxlint alike
  writeFileSync(path.join(app, 'docs', 'example.js'), "export const apiKey = 'lmif_live_xxx';\n");
  writeFileSync(
    path.join(app, 'eslint.config.js'),
    "import keyward from 'eslint-plugin-keyward';\n\nexport default [keyward.configs.recommended];\n",
  );
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000); // a node_modules of some 120 packages: slow to delete on a loaded disk

describe('the packed packages installed into a fresh project', { timeout: 120_000 }, () => {
  it('`npx keyward scan` finds the key, prints it redacted and exits 1; a placeholder exits 0', () => {
    const result = sh('npx', ['--no', 'keyward', 'scan', 'src', '--no-color']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('no-hardcoded-key/lmif-live-key');
    expect(result.stdout).toContain(`${key.slice(0, 'lmif_live_'.length + 4)}…`);
    expect(result.stdout + result.stderr).not.toContain(key);

    const clean = sh(bin('keyward'), ['scan', 'docs', '--no-color']);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
  });

  it("ESLint with the plugin's recommended flat config reports the key, redacted; a placeholder passes", () => {
    const result = sh(bin('eslint'), ['src']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('keyward/no-hardcoded-key');
    expect(result.stdout).not.toContain(key);

    const clean = sh(bin('eslint'), ['docs']);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
  });

  it('require() of the plugin gives the same plugin as import (require of ESM)', () => {
    const script =
      "const plugin = require('eslint-plugin-keyward');" +
      'console.log(plugin.configs.recommended.name, Object.keys(plugin.rules).length, plugin.meta.namespace);';
    const result = ok(sh(process.execPath, ['-e', script]));
    expect(result.stdout.trim()).toBe('keyward/recommended 5 keyward');
  });

  it("an eslint.config.ts with defineConfig and the plugin's configs type-checks under strict + nodenext", () => {
    // no skipLibCheck and no @types/node: the plugin's declarations must stand on ESLint's types alone
    const compilerOptions = {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      noEmit: true,
    };
    const files = ['eslint.config.ts', 'misspelt.ts'];
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
    writeFileSync(
      path.join(app, 'eslint.config.ts'),
      [
        "import { defineConfig } from 'eslint/config';",
        "import type { Linter } from 'eslint';",
        "import keyward from 'eslint-plugin-keyward';",
        '',
        'export const flat: Linter.Config[] = [keyward.configs.strict];',
        'export default defineConfig([',
        '  keyward.configs.recommended,',
        "  { plugins: { keyward }, rules: { 'keyward/no-logged-credential': 'error' } },",
        ']);',
        '',
      ].join('\n'),
    );
    // in the same program, so one compiler run: the types are the plugin's own, not `any`
    writeFileSync(
      path.join(app, 'misspelt.ts'),
      "import keyward from 'eslint-plugin-keyward';\nexport default [keyward.configs.recomended];\n",
    );
    const result = sh(bin('tsc'), []);
    const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors, result.stdout + result.stderr).toEqual([
      expect.stringMatching(/^misspelt\.ts\(2,33\): error TS2551: Property 'recomended' does not exist/),
    ]);
  });

  it('oxlint runs the plugin from .oxlintrc.json jsPlugins and reports the key; a placeholder passes', () => {
    writeFileSync(
      path.join(app, '.oxlintrc.json'),
      JSON.stringify({ jsPlugins: ['eslint-plugin-keyward'], rules: { 'keyward/no-hardcoded-key': 'error' } }),
    );
    const oxlint = path.join(root, 'node_modules', '.bin', 'oxlint');
    const result = sh(oxlint, ['-f', 'unix', 'src']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('keyward(no-hardcoded-key)');
    expect(result.stdout).not.toContain(key);

    const clean = sh(oxlint, ['-f', 'unix', 'docs']);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
  });
});

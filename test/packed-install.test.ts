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

// A 'use client' module on which each of the other four rules fires: no key in it, only env reads.
const CLIENT_MODULE = `'use client';
import OpenAI from 'openai';

export const key = process.env.OPENAI_API_KEY;
export const pub = process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY;
export const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, dangerouslyAllowBrowser: true });
const headers = { Authorization: \`Bearer \${process.env.STRIPE_SECRET_KEY}\` };
console.log(headers);
`;

/** What `recommended` reports on src/, as `file:line:column rule`. */
const EXPECTED = [
  'src/client.js:4:20 keyward/no-client-side-key',
  'src/client.js:5:20 keyward/no-public-env-secret',
  'src/client.js:6:44 keyward/no-client-side-key',
  'src/client.js:6:72 keyward/no-browser-sdk-secret',
  'src/client.js:7:44 keyward/no-client-side-key',
  'src/client.js:8:13 keyward/no-logged-credential',
  'src/config.js:1:24 keyward/no-hardcoded-key',
];

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
  writeFileSync(path.join(app, 'src', 'client.js'), CLIENT_MODULE);
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

  it("ESLint with the plugin's recommended flat config reports every rule, the key redacted; a placeholder passes", () => {
    const result = sh(bin('eslint'), ['--format', 'json', 'src']);
    expect(result.status, result.stderr).toBe(1);

    const reports = JSON.parse(result.stdout) as {
      filePath: string;
      messages: { line: number; column: number; ruleId: string }[];
    }[];
    const found = reports.flatMap((file) =>
      file.messages.map((m) => `${path.relative(app, file.filePath)}:${m.line}:${m.column} ${m.ruleId}`),
    );
    expect(found.sort()).toEqual(EXPECTED);
    // ESLint's JSON report carries each file's source (ESLint's doing); the messages carry the key redacted
    expect(JSON.stringify(reports.map((file) => file.messages))).not.toContain(key);

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

  it("oxlint with docs/eslint.md's .oxlintrc.json (jsPlugins) reports what ESLint does; a placeholder passes", () => {
    // the .oxlintrc.json docs/eslint.md shows, as it is there
    const docs = readFileSync(path.join(root, 'docs', 'eslint.md'), 'utf8');
    const config = /## oxlint[\s\S]*?```json\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(config, 'docs/eslint.md has an .oxlintrc.json under ## oxlint').toBeDefined();
    writeFileSync(path.join(app, '.oxlintrc.json'), config!);
    const oxlint = path.join(root, 'node_modules', '.bin', 'oxlint');
    const result = sh(oxlint, ['--format', 'json', 'src']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).not.toContain(key);
    const { diagnostics } = JSON.parse(result.stdout) as {
      diagnostics: { code: string; filename: string; labels: { span: { line: number; column: number } }[] }[];
    };
    const found = diagnostics
      .filter((d) => d.code.startsWith('keyward('))
      .map(
        (d) =>
          `${d.filename}:${d.labels[0]!.span.line}:${d.labels[0]!.span.column} ${d.code.replace(/^keyward\((.*)\)$/, 'keyward/$1')}`,
      );
    expect(found.sort()).toEqual(EXPECTED);

    const clean = sh(oxlint, ['--format', 'json', 'docs']);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
  });
});

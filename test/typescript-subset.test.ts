import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as TS from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without declarations
import { typescriptSubset } from '../scripts/typescript-subset.mjs';

// The CLI's bundle loads bundle/typescript.cjs, a subset of TypeScript's bundle (scripts/typescript-subset.mjs).
// It must parse, resolve and read tsconfig files exactly as the whole package does.

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
const full = require('typescript') as typeof TS;
const subset = require(path.join(root, 'packages/cli/bundle/typescript.cjs')) as typeof TS;
const subsetOf = typescriptSubset as (text: string, needed: readonly string[]) => string;

const CODE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function codeFiles(directory: string, limit: number): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (found.length >= limit) return;
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (CODE.test(name) && !name.endsWith('.d.ts')) found.push(file);
    }
  };
  walk(directory);
  return found;
}

/** Every node's kind, span and flags, and the text of names and literals, as one string. */
function shapeOf(ts: typeof TS, file: string, text: string): string {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : /\.[cm]?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const parts: string[] = [];
  const visit = (node: TS.Node) => {
    const text = (node as { text?: unknown }).text;
    const value = typeof text === 'string' ? `=${text}` : '';
    parts.push(`${node.kind}:${node.pos}-${node.end}:${node.flags}:${node.getStart(source)}${value}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const diagnostics = (source as unknown as { parseDiagnostics: TS.Diagnostic[] }).parseDiagnostics;
  parts.push(diagnostics.map((d) => `${d.code}@${d.start}`).join(','));
  return parts.join('\n');
}

describe('the TypeScript subset of the CLI bundle', () => {
  it('is much smaller than the whole bundle and has the same version', () => {
    expect(subset.version).toBe(full.version);
    const size = statSync(path.join(root, 'packages/cli/bundle/typescript.cjs')).size;
    expect(size).toBeLessThan(statSync(require.resolve('typescript')).size / 3);
  });

  it('parses every code file of the repository and of a few dependencies into the same trees', () => {
    const files = [
      ...['packages', 'test-fixtures', 'test', 'bench', 'scripts'].flatMap((dir) =>
        codeFiles(path.join(root, dir), 2000),
      ),
      ...['ajv/dist', 'eslint/lib', 'typescript-eslint/dist', 'vue-eslint-parser', 'svelte/src'].flatMap((dir) =>
        codeFiles(path.join(root, 'node_modules', dir), 100),
      ),
    ].filter((file) => !file.includes(`${path.sep}dist${path.sep}`) || file.includes('node_modules'));
    expect(files.length).toBeGreaterThan(800);
    const differing = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return shapeOf(full, file, text) !== shapeOf(subset, file, text);
    });
    expect(differing).toEqual([]);
  });

  it('reads tsconfig files and resolves modules as the whole package does', () => {
    const fixtures = path.join(root, 'test-fixtures');
    const configs = readdirSync(fixtures, { recursive: true })
      .map(String)
      .filter((file) => path.basename(file) === 'tsconfig.json')
      .map((file) => path.join(fixtures, file));
    expect(configs.length).toBeGreaterThan(0);
    for (const config of configs) {
      const results = [full, subset].map((ts) => {
        const read = ts.readConfigFile(config, ts.sys.readFile);
        const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(config));
        const resolved = ['./index', '@/lib/env', 'react', '../package.json'].map(
          (name) =>
            ts.resolveModuleName(name, path.join(path.dirname(config), 'src/index.ts'), parsed.options, ts.sys)
              .resolvedModule?.resolvedFileName,
        );
        return { options: parsed.options, errors: parsed.errors.map((e) => e.code), resolved };
      });
      expect(results[1], config).toEqual(results[0]);
    }
  });

  it('gives the same scan findings as the compiled packages on the fixture projects', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'keyward-subset-'));
    const scan = (build: string) => {
      // a script file, not `-e`: the scan's worker threads inherit the process's flags
      const script = path.join(directory, `${build}.mjs`);
      writeFileSync(
        script,
        `const { run } = await import(${JSON.stringify(pathToFileURL(path.join(root, `packages/cli/${build}/run.js`)).href)});
         const r = await run(['scan', 'test-fixtures', '--format', 'json'], { cwd: ${JSON.stringify(root)}, env: {}, stdoutIsTTY: false });
         process.stdout.write(r.stdout + r.stderr);`,
      );
      return execFileSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(
        /"durationMs": \d+/g,
        '"durationMs": 0',
      );
    };
    const bundled = scan('bundle');
    expect(JSON.parse(bundled).findings.length).toBeGreaterThan(50);
    expect(bundled).toBe(scan('dist'));
    rmSync(directory, { recursive: true, force: true });
  }, 120_000);
});

describe('typescriptSubset', () => {
  const bundle = (body: string) => `/* header */\nvar ts = {}; ((module) => {\n${body}\n})({});\n`;
  const shape = `var __export = (t, all) => { for (var n in all) Object.defineProperty(t, n, { get: all[n], enumerable: true }); };
var typescript_exports = {};
__export(typescript_exports, { parse: () => parse, check: () => check, Tools: () => ts_Tools_exports });
module.exports = typescript_exports;
function parse() { return scan() + ts_Tools_exports.used(); }
function scan() { return 1; }
function check() { return unused(); }
function unused() { return 2; }
var ts_Tools_exports = {};
__export(ts_Tools_exports, { used: () => used, other: () => other });
function used() { return 3; }
function other() { return 4; }
var table = { a: 1 };
table.b = 2;
var spare = {};
spare.x = 1;
registerCodeFix({ fix: check });
if (typeof console !== "undefined") { table.c = 3; }`;

  it('keeps what the needed names reach, member by member for namespaces, and drops the rest', () => {
    const text = subsetOf(bundle(shape), ['parse']);
    for (const kept of ['function parse', 'function scan', 'function used', 'table.b = 2', 'table.c = 3', '__export'])
      expect(text).toContain(kept);
    for (const dropped of ['function check', 'function unused', 'function other', 'registerCodeFix', 'spare'])
      expect(text).not.toContain(dropped);
    const module = { exports: {} as Record<string, () => number> };
    new Function(
      'module',
      text.replace('var ts = {}; ((module) => {', '((module) => {').replace('})({});', '})(module);'),
    )(module);
    expect(module.exports['parse']!()).toBe(4);
    expect(module.exports['check']).toBeUndefined();
  });

  it('keeps a whole namespace when it is used as a value', () => {
    const text = subsetOf(bundle(shape), ['Tools']);
    expect(text).toContain('function other');
    expect(text).not.toContain('function parse');
  });

  it('refuses a name TypeScript does not export and a bundle of another shape', () => {
    expect(() => subsetOf(bundle(shape), ['nothing'])).toThrow(/exports no nothing/);
    expect(() => subsetOf('module.exports = {};', ['parse'])).toThrow(/is not/);
    expect(() => subsetOf(bundle(`${shape}\nfor (;;) break;`), ['parse'])).toThrow(/unexpected ForStatement/);
  });
});

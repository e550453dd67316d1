import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error: plain ESM script without types
import { moduleSpecifiers, packageName, undeclaredImports } from '../scripts/package-imports.mjs';

const specifiers = (text: string, file = 'x.js') => moduleSpecifiers(file, text) as string[];

describe('package imports (scripts/check-packages.mjs)', () => {
  it('finds every way shipped code loads a module', () => {
    const code = [
      "import a from 'globby';",
      "export { b } from '@jridgewell/trace-mapping';",
      "const c = await import('picomatch');",
      "import { createRequire } from 'node:module';",
      "const d = createRequire(import.meta.url)('re2js');",
      "const e = __require('typescript');",
      "const f = require('pino');",
    ].join('\n');
    expect(specifiers(code)).toEqual([
      'globby',
      '@jridgewell/trace-mapping',
      'picomatch',
      'node:module',
      're2js',
      'typescript',
      'pino',
    ]);
    expect(specifiers("type T = import('eslint').Linter.Config;", 'x.d.ts')).toEqual(['eslint']);
  });

  it('counts a load inside a try block as optional, and a load in its catch or finally as needed', () => {
    const code = [
      "try { require('source-map-support').install(); } catch { require('pino'); } finally { require('debug'); }",
      "const x = require('globby');",
    ].join('\n');
    expect(moduleSpecifiers('x.js', code, { optional: false })).toEqual(['pino', 'debug', 'globby']);
    expect(specifiers(code)).toEqual(['source-map-support', 'pino', 'debug', 'globby']);
  });

  it('ignores module names in comments, strings and computed loads', () => {
    const code = [
      "// require('pino')().info(x)",
      "const sinks = ['morgan', \"require('winston')\"];",
      'const g = require(name);',
      "const h = load('x');",
    ].join('\n');
    expect(specifiers(code)).toEqual([]);
  });

  it('reduces a specifier to the package it names, and Node modules and paths to nothing', () => {
    expect(packageName('globby')).toBe('globby');
    expect(packageName('@typescript-eslint/utils/eslint-utils')).toBe('@typescript-eslint/utils');
    expect(packageName('@keyward/flow/prefilter')).toBe('@keyward/flow');
    for (const local of ['./run.js', '../dist/x.js', '/abs.js', 'node:fs', 'fs', 'path/posix'])
      expect(packageName(local), local).toBeUndefined();
  });

  it('reports a loaded package the package.json does not declare, and not a declared, peer or own one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-imports-'));
    try {
      writeFileSync(path.join(dir, 'a.js'), "import 'globby'; import 'eslint'; import 'keyward/x'; import 're2js';");
      writeFileSync(path.join(dir, 'a.d.ts'), "import type { T } from 'undeclared-types';");
      writeFileSync(path.join(dir, 'README.md'), "import 'not-code';");
      const pkg = { name: 'keyward', dependencies: { globby: '1' }, peerDependencies: { eslint: '9' } };
      expect(undeclaredImports(pkg, dir, ['a.js', 'a.d.ts', 'README.md'])).toEqual([
        "a.js loads 're2js', which is not a dependency",
        "a.d.ts loads 'undeclared-types', which is not a dependency",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

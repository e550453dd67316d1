import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The Action runs the committed bundle in action/ (nothing is installed or compiled on the runner), so the
// bundle must be what the sources build today: rebuild it and compare, file by file, with the files in the
// commit (`npm run build` refreshes the working copy of action/, so comparing with it would prove nothing).
const root = fileURLToPath(new URL('../', import.meta.url));

describe('action/ (the committed GitHub Action bundle)', () => {
  it('is current: the committed files are what the sources build today', () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'keyward-action-bundle-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts/bundle-action.mjs'), '--outdir', outdir], { cwd: root });
      const built = readdirSync(outdir).sort();
      const git = (...args: string[]) => execFileSync('git', args, { cwd: root, maxBuffer: 1 << 28 });
      const committed = git('ls-tree', '--name-only', 'HEAD', 'action/').toString('utf8').split('\n').filter(Boolean);
      expect(committed.map((file) => path.basename(file)).sort(), 'files: run `npm run build`, commit action/').toEqual(
        built,
      );
      for (const file of built)
        expect(
          git('show', `HEAD:action/${file}`).equals(readFileSync(path.join(outdir, file))),
          `action/${file} is stale: run \`npm run build\` and commit action/`,
        ).toBe(true);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('is self-contained: it imports only Node built-ins and its own chunks', () => {
    for (const file of readdirSync(path.join(root, 'action')).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(path.join(root, 'action', file), 'utf8');
      const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
      for (const specifier of specifiers) expect(specifier, file).toMatch(/^(?:node:|\.\/)/);
    }
  });

  it('loads no package at run time: every require (createRequire, CommonJS) names a Node built-in', () => {
    // TypeScript's optional source-map-support, in a try block when debugging, is the one exception
    const optional = new Set(['source-map-support']);
    const loads: string[] = [];
    for (const file of readdirSync(path.join(root, 'action')).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(path.join(root, 'action', file), 'utf8');
      for (const m of text.matchAll(/(?:require|createRequire\(import\.meta\.url\))\("([^"]+)"\)/g)) loads.push(m[1]!);
    }
    expect(loads.length).toBeGreaterThan(0);
    expect(loads.filter((name) => !isBuiltin(name) && !optional.has(name))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The Action runs the committed bundle in action/ (nothing is installed or compiled on the runner), so the
// bundle must be what the sources build today: rebuild it and compare, file by file.
const root = fileURLToPath(new URL('../', import.meta.url));

describe('action/ (the committed GitHub Action bundle)', () => {
  it('is current: `npm run bundle:action` gives the same files', () => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'keyward-action-bundle-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts/bundle-action.mjs'), '--outdir', outdir], { cwd: root });
      const built = readdirSync(outdir).sort();
      expect(
        readdirSync(path.join(root, 'action')).sort(),
        'files (run `npm run bundle:action` and commit action/)',
      ).toEqual(built);
      for (const file of built)
        expect(
          readFileSync(path.join(root, 'action', file)).equals(readFileSync(path.join(outdir, file))),
          `action/${file} is stale: run \`npm run bundle:action\` and commit action/`,
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
});

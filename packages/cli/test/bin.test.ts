import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AhoCorasick, builtInCatalog } from '@keyward/core';

const bin = fileURLToPath(new URL('../bin/keyward.js', import.meta.url));
const demo = fileURLToPath(new URL('../../../test-fixtures/demo', import.meta.url));

describe('the keyward bin (built package)', () => {
  it('scans the demo, exits 1 and prints redacted findings', () => {
    const result = spawnSync(process.execPath, [bin, 'scan', demo, '--no-color'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('no-hardcoded-key/lmif-live-key');
    expect(result.stdout).toMatch(/findings \(\d+ high/);
  });

  it('exits 2 on a usage error and 0 for --version', () => {
    expect(spawnSync(process.execPath, [bin, 'scan', '--format', 'yaml'], { encoding: 'utf8' }).status).toBe(2);
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("ships the built-in catalog's keyword automaton beside each bundle, and each bundle reads it", () => {
    const catalog = builtInCatalog();
    for (const bundle of ['../bundle/', '../../eslint-plugin/bundle/'].map((dir) => new URL(dir, import.meta.url))) {
      const stored = readFileSync(new URL('keyword-automaton.bin', bundle));
      const automaton = AhoCorasick.fromSnapshot(catalog.keywords, { foldCase: catalog.foldCase }, stored);
      expect(automaton, bundle.pathname).toBeInstanceOf(AhoCorasick);
      const chunks = readdirSync(bundle).filter((name) => name.endsWith('.js'));
      const readers = chunks.filter((name) =>
        readFileSync(new URL(name, bundle), 'utf8').includes('keyword-automaton.bin'),
      );
      expect(readers, bundle.pathname).toHaveLength(1);
    }
  });
});

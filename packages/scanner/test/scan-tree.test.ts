import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { discoverFiles, loadConfig, MissingPathError, scanTree } from '../src/index.js';
import { ConfigError } from '@keyward/core';
import { generator } from '../../core/test/helpers/random.js';

const g = generator(99);
let root: string;

function write(relative: string, content: string | Buffer) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'keyward-tree-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  write('.gitignore', 'build/\n*.log\n');
  write('src/a.ts', `export const k = "lmif_live_${g.chars(32)}";\n`);
  write('src/b.ts', 'export const ok = process.env.LMIF_API_KEY;\n');
  write('build/out.js', `var k="lmif_live_${g.chars(32)}";\n`);
  write('debug.log', `lmif_live_${g.chars(32)}\n`);
  write('node_modules/x/index.js', `module.exports = "lmif_live_${g.chars(32)}";\n`);
  write('fixtures/sample.env', `LMIF_API_KEY=lmif_test_${g.chars(32)}\n`);
  write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  // a Latin-1 byte and a NUL in source files no longer hide the keys in them
  write('latin1.ts', Buffer.from(`// caf\xe9\nexport const k = "lmif_live_${g.chars(32)}";\n`, 'latin1'));
  write('nul.ts', `export const k = "lmif_live_${g.chars(32)}"; // \0\n`);
  write('app.js.map', `{"mappings":"AAAA","sourcesContent":["lmif_live_${g.chars(32)}"]}`);
  write('dir with space/ünï.md', `token: lmif_live_${g.chars(32)}\n`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverFiles', () => {
  it('honours .gitignore and default ignores, and sorts', async () => {
    const files = await discoverFiles({ root });
    expect(files).toContain('src/a.ts');
    expect(files).toContain('dir with space/ünï.md');
    expect(files).not.toContain('build/out.js');
    expect(files).not.toContain('debug.log');
    expect(files.some((file) => file.startsWith('node_modules/'))).toBe(false);
    expect(files.some((file) => file.startsWith('.git/'))).toBe(false);
    expect([...files].sort()).toEqual(files);
  });

  it('applies config ignores and scans ignored files only when asked', async () => {
    expect(await discoverFiles({ root, ignore: ['fixtures/**'] })).not.toContain('fixtures/sample.env');
    const all = await discoverFiles({ root, useIgnoreFiles: false });
    expect(all).toContain('build/out.js');
    expect(all).toContain('node_modules/x/index.js');
  });

  it('takes explicit files and directories, and rejects missing paths', async () => {
    expect(await discoverFiles({ root, paths: ['src/a.ts', 'fixtures'] })).toEqual(['fixtures/sample.env', 'src/a.ts']);
    await expect(discoverFiles({ root, paths: ['nope'] })).rejects.toBeInstanceOf(MissingPathError);
  });
});

describe('scanTree', () => {
  it('finds keys, counts skips and never reports generated files', async () => {
    const result = await scanTree({ root, workers: 0 });
    expect(result.findings.map((f) => `${f.file}:${f.line}:${f.detectorId}`)).toEqual([
      'dir with space/ünï.md:1:lmif-live-key',
      'fixtures/sample.env:1:undefined',
      'fixtures/sample.env:1:lmif-test-key',
      'latin1.ts:2:lmif-live-key',
      'nul.ts:1:lmif-live-key',
      'src/a.ts:1:lmif-live-key',
    ]);
    expect(result.stats.skipped).toMatchObject({ binary: 1, generated: 1 });
  });

  it('gives identical findings in worker threads (built package)', async () => {
    const built = (await import('../dist/index.js')) as typeof import('../src/index.js');
    const inline = await built.scanTree({ root, workers: 0 });
    const threaded = await built.scanTree({ root, workers: 2 });
    expect(threaded.findings).toEqual(inline.findings);
    expect(threaded.stats.skipped).toEqual(inline.stats.skipped);
  });
});

describe('loadConfig', () => {
  it('uses defaults, JSON, JS and package.json#keyward', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-config-'));
    try {
      expect((await loadConfig(dir)).file).toBeUndefined();
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', keyward: { failOn: 'high' } }));
      expect((await loadConfig(dir)).config.failOn).toBe('high');
      writeFileSync(path.join(dir, 'keyward.config.mjs'), 'export default { failOn: "medium" };');
      expect((await loadConfig(dir)).config.failOn).toBe('medium');
      writeFileSync(path.join(dir, 'keyward.config.json'), '{ "ignore": ["dist/**"] }');
      expect((await loadConfig(dir)).config.ignore).toEqual(['dist/**']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['keyward.config.json', '{ "ignore": [', /keyward.config.json: is not valid JSON/],
    ['keyward.config.json', '{ "ignroe": [] }', /keyward.config.json: "ignroe" is not a known option/],
    ['keyward.config.mjs', 'throw new Error("boom");', /keyward.config.mjs: threw while loading: boom/],
    ['keyward.config.mjs', 'export default { failOn: 3 };', /keyward.config.mjs: "failOn" must be one of/],
  ])('reports a broken %s with file and key', async (name, content, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-config-'));
    try {
      writeFileSync(path.join(dir, name), content);
      const error = await loadConfig(dir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('committed-env-file', () => {
  it('reports tracked and unignored env files, not ignored ones or placeholder-only examples', async () => {
    const { committedEnvFiles } = await import('../src/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-envfiles-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      writeFileSync(path.join(dir, '.gitignore'), '.env.local\n');
      writeFileSync(path.join(dir, '.env'), 'PORT=3000\n');
      writeFileSync(path.join(dir, '.env.local'), 'A=1\n');
      writeFileSync(path.join(dir, '.env.production'), 'A=1\n');
      writeFileSync(path.join(dir, '.env.example'), 'LMIF_API_KEY=lmif_live_xxx\n');
      execFileSync('git', ['add', '.env', '.gitignore', '.env.example'], { cwd: dir });
      const findings = committedEnvFiles(dir);
      expect(findings.map((f) => [f.file, f.severity, f.ruleId])).toEqual([
        ['.env', 'high', 'committed-env-file'],
        ['.env.production', 'medium', 'committed-env-file'],
      ]);
      expect(findings[0]!.message).toContain('git rm --cached .env');
      expect(findings[1]!.message).toContain('not covered by .gitignore');
      const outside = mkdtempSync(path.join(tmpdir(), 'keyward-nogit-'));
      writeFileSync(path.join(outside, '.env'), 'A=1\n');
      expect(committedEnvFiles(outside)).toEqual([]);
      rmSync(outside, { recursive: true, force: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('worker count', () => {
  it('caps --workers at the core count and the file count', async () => {
    const { chooseWorkers } = await import('../src/scan-tree.js');
    const { availableParallelism } = await import('node:os');
    expect(chooseWorkers(1000, 100_000)).toBe(availableParallelism());
    expect(chooseWorkers(1, 100_000)).toBe(1);
    expect(chooseWorkers(0, 100_000)).toBe(0);
    expect(chooseWorkers(8, 1)).toBe(1);
  });

  it('starts workers by itself only for a tree of many megabytes, one fewer than the cores', async () => {
    const { chooseWorkers, estimateBytes } = await import('../src/scan-tree.js');
    const { availableParallelism } = await import('node:os');
    expect(chooseWorkers('auto', 100_000, 10 * 1024 * 1024)).toBe(0);
    expect(chooseWorkers('auto', 100_000, undefined)).toBe(0);
    expect(chooseWorkers('auto', 100, 10 * 1024 ** 3)).toBeLessThanOrEqual(availableParallelism() - 1);
    // the estimate: the sampled files' sizes, files over the limit and generated files counting as nothing
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-sizes-'));
    try {
      const names = Array.from({ length: 200 }, (_, i) => `f${String(i).padStart(3, '0')}.txt`);
      for (const name of names) writeFileSync(path.join(dir, name), 'x'.repeat(1000));
      writeFileSync(path.join(dir, 'app.js.map'), 'x'.repeat(1000));
      expect(estimateBytes(dir, names, 5000)).toBe(200_000);
      expect(estimateBytes(dir, names, 999)).toBe(0);
      expect(estimateBytes(dir, ['app.js.map'], 5000)).toBe(0);
      expect(estimateBytes(dir, [], 5000)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

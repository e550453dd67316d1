import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanFile, fileScanContext, emptyStats, scanTree, readText } from '../src/index.js';
import { DEFAULT_CONFIG } from '@keyward/core';
import { generator } from '../../core/test/helpers/random.js';

const g = generator(606);
let root: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'keyward-faults-'));
  outside = mkdtempSync(path.join(tmpdir(), 'keyward-outside-'));
  writeFileSync(path.join(outside, 'secret.env'), `LMIF_API_KEY=lmif_live_${g.chars(32)}\n`);
  writeFileSync(path.join(root, 'ok.ts'), `export const k = "lmif_live_${g.chars(32)}";\n`);
  symlinkSync(path.join(outside, 'secret.env'), path.join(root, 'outside-link.env'));
  symlinkSync(outside, path.join(root, 'outside-dir'));
  symlinkSync('loop-b', path.join(root, 'loop-a'));
  symlinkSync('loop-a', path.join(root, 'loop-b'));
  mkdirSync(path.join(root, 'sub'));
  symlinkSync('..', path.join(root, 'sub', 'up'));
  execFileSync('mkfifo', [path.join(root, 'pipe')]);
  writeFileSync(path.join(root, 'locked.ts'), `export const k = "lmif_live_${g.chars(32)}";\n`);
  chmodSync(path.join(root, 'locked.ts'), 0o000);
});
afterAll(() => {
  chmodSync(path.join(root, 'locked.ts'), 0o644);
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('filesystem faults give counted notes, never a crash', () => {
  it('does not follow symlinks (loops, links out of the root) and skips FIFOs without blocking', async () => {
    const result = await scanTree({ root, workers: 0 });
    const files = result.findings.map((f) => f.file);
    expect(files).toContain('ok.ts');
    expect(files.some((file) => file.startsWith('outside'))).toBe(false);
    expect(result.stats.skipped.symlink).toBe(5);
    expect(result.stats.skipped['not-a-file']).toBe(1);
    expect(result.stats.notes.some((note) => note.includes('loop-a'))).toBe(true);
  });

  it('counts an unreadable file (permission denied, or deleted during the scan) as unreadable', () => {
    const stats = emptyStats();
    const context = fileScanContext(DEFAULT_CONFIG, false);
    expect(scanFile(path.join(root, 'deleted-meanwhile.ts'), 'deleted-meanwhile.ts', context, stats)).toEqual([]);
    expect(stats.skipped.unreadable).toBe(1);
    expect(stats.notes[0]).toContain('ENOENT');
    // root reads through permissions; other users get EACCES, counted the same way
    const locked = readText(path.join(root, 'locked.ts'), 1000);
    if (process.getuid?.() !== 0) expect(locked).toMatchObject({ skip: 'unreadable', detail: 'EACCES' });
    else expect('text' in locked).toBe(true);
  });

  it('reads device files and FIFOs named explicitly as not-a-file, without reading them', () => {
    expect(readText('/dev/zero', 1000)).toEqual({ skip: 'not-a-file' });
    expect(readText('/dev/null', 1000)).toEqual({ skip: 'not-a-file' });
    expect(readText(path.join(root, 'pipe'), 1000)).toEqual({ skip: 'not-a-file' });
  });
});

// Minutes of disk work that timed out under load twice: part of `npm run fuzz` (KEYWARD_FUZZ_RUNS set), not `npm test`.
describe.runIf(process.env['KEYWARD_FUZZ_RUNS'] !== undefined)('a 100,000-file tree', () => {
  it('scans with bounded memory and one open file at a time', async () => {
    const big = mkdtempSync(path.join(tmpdir(), 'keyward-100k-'));
    try {
      for (let d = 0; d < 100; d++) {
        const dir = path.join(big, `d${d}`);
        mkdirSync(dir);
        for (let f = 0; f < 1000; f++)
          writeFileSync(
            path.join(dir, `f${f}.ts`),
            f === 500 && d === 50 ? `k = "lmif_live_${g.chars(32)}"\n` : `export const v${f} = ${f};\n`,
          );
      }
      const openFiles = () => readdirSync('/proc/self/fd').length;
      const fdsBefore = openFiles();
      const before = process.memoryUsage().heapUsed;
      let peakFds = 0;
      const result = await scanTree({
        root: big,
        workers: 0,
        semantic: false,
        onProgress: () => (peakFds = Math.max(peakFds, openFiles())),
      });
      const grown = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
      expect(peakFds - fdsBefore).toBeLessThanOrEqual(2);
      expect(openFiles()).toBe(fdsBefore);
      expect(result.stats.filesScanned).toBe(100_000);
      expect(result.findings.map((f) => f.file)).toEqual(['d50/f500.ts']);
      expect(grown).toBeLessThan(300);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('random bytes and files deleted mid-scan', () => {
  it('decode never throws on random bytes, and decoded text scans cleanly', async () => {
    const fc = (await import('fast-check')).default;
    const { decode } = await import('../src/index.js');
    const { scanText } = await import('@keyward/core');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const read = decode(Buffer.from(bytes));
        if ('text' in read) expect(() => scanText(read.text, { path: 'random.bin' })).not.toThrow();
        else expect(read.skip).toBe('binary');
      }),
      { numRuns: Number(process.env['KEYWARD_FUZZ_RUNS'] ?? 300) },
    );
  });

  it('counts a file deleted between discovery and reading as unreadable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-vanish-'));
    try {
      for (const name of ['a.ts', 'b.ts', 'c.ts'])
        writeFileSync(path.join(dir, name), `export const ${name[0]} = 1;\n`);
      let deleted = false;
      const result = await scanTree({
        root: dir,
        workers: 0,
        onProgress: () => {
          if (!deleted) rmSync(path.join(dir, 'c.ts'));
          deleted = true;
        },
      });
      expect(result.stats.filesScanned).toBe(2);
      expect(result.stats.skipped.unreadable).toBe(1);
      expect(result.stats.notes.join('\n')).toMatch(/c\.ts: skipped \(unreadable: ENOENT\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

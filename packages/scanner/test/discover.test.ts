import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { generator } from '../../core/test/helpers/random.js';

// every path the scanner's fs calls touch, to show what a scan reads
const touched: string[] = [];
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const spy =
    <F extends (...args: never[]) => unknown>(fn: F) =>
    (...args: Parameters<F>) => {
      if (typeof args[0] === 'string') touched.push(args[0]);
      return fn(...args);
    };
  return {
    ...real,
    readFileSync: spy(real.readFileSync),
    readdirSync: spy(real.readdirSync),
    openSync: spy(real.openSync),
    statSync: spy(real.statSync),
    existsSync: spy(real.existsSync),
  };
});

const { discover, scanTree } = await import('../src/index.js');
const { mayBeInRepository } = await import('../src/ignore-oracle.js');

const g = generator(7);
let base: string;
const write = (relative: string, content: string) => {
  const file = path.join(base, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};
const key = () => `lmif_live_${g.chars(32)}`;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'keyward-discover-'));
  // a crowded working directory: many unrelated folders with .gitignore files
  for (let i = 0; i < 60; i++) {
    write(`crowd/p${i}/.gitignore`, 'x\n');
    write(`crowd/p${i}/a/.gitignore`, 'y\n');
    write(`crowd/p${i}/a/f.txt`, 'hello\n');
  }
  write('small/a.ts', `export const k = "${key()}";\n`);
  // a repository with an ignored build folder and ignored .env files
  write('repo/.gitignore', 'dist/\n.env*.local\n*.log\n');
  write('repo/src/app.ts', 'export const ok = process.env.LMIF_API_KEY;\n');
  write('repo/dist/assets/index.js', `var k="${key()}";\n`);
  write('repo/dist/assets/more.js', `var j="${key()}";\n`);
  write('repo/debug.log', `${key()}\n`);
  write(
    'repo/.env.local',
    `LMIF_API_KEY=${key()}\nNEXT_PUBLIC_LMIF_SECRET_KEY=${key()}\nVITE_PUBLIC_URL=https://example.com\n`,
  );
  execFileSync('git', ['init', '-q'], { cwd: path.join(base, 'repo') });
  // outside any repository: .gitignore files at two depths, the deeper one re-including a name
  write('loose/.gitignore', '*.log\nbuild/\n');
  write('loose/sub/.gitignore', '!keep.log\nprivate/\n');
  for (const file of ['a.log', 'b.ts', 'build/out.js', 'sub/keep.log', 'sub/x.log', 'sub/private/p.ts'])
    write(`loose/${file}`, 'x\n');
  for (const file of ['sub/deeper/keep.log', 'sub/deeper/y.log', 'sub/deeper/z.ts']) write(`loose/${file}`, 'x\n');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('ignore rules come from the scanned tree, never the working directory', () => {
  it('reads nothing of a crowded working directory when a folder elsewhere is scanned', async () => {
    touched.length = 0;
    const crowd = path.join(base, 'crowd');
    const found = await discover({ root: crowd, paths: [path.join(base, 'small')] });
    expect(found.files).toEqual(['../small/a.ts']);
    // the spy sees the scan's reads (so an empty list below means something)
    expect(touched.some((file) => file.includes(`${path.sep}small`))).toBe(true);
    const inCrowd = touched.filter((file) => path.resolve(crowd, file).startsWith(`${crowd}${path.sep}`));
    expect(inCrowd).toEqual([]);
  });

  it('the same for a full scan (semantic pass included)', async () => {
    touched.length = 0;
    const crowd = path.join(base, 'crowd');
    const result = await scanTree({ root: crowd, paths: [path.join(base, 'small')] });
    expect(result.findings.map((finding) => finding.ruleId)).toContain('no-hardcoded-key');
    expect(touched.filter((file) => path.resolve(crowd, file).startsWith(`${crowd}${path.sep}`))).toEqual([]);
  });
});

describe('outside a repository', () => {
  it('applies each .gitignore below its folder, the deeper one winning', async () => {
    const found = await discover({ root: path.join(base, 'loose') });
    expect(found.files).toEqual([
      '.gitignore',
      'b.ts',
      'sub/.gitignore',
      'sub/deeper/keep.log',
      'sub/deeper/z.ts',
      'sub/keep.log',
    ]);
  });

  it('spawns no git where no folder up to the root holds a .git, and still asks git inside one', () => {
    const outside = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: path.join(base, 'loose') }).status !== 0;
    expect(mayBeInRepository(path.join(base, 'loose/sub'))).toBe(!outside);
    expect(mayBeInRepository(path.join(base, 'repo/src'))).toBe(true);
  });

  it('names files relative to the root when the scanned folder holds the root (`scan ..`)', async () => {
    const found = await discover({ root: path.join(base, 'loose/sub'), paths: ['..'] });
    expect(found.files).toEqual([
      '../.gitignore',
      '../b.ts',
      '.gitignore',
      'deeper/keep.log',
      'deeper/z.ts',
      'keep.log',
    ]);
  });
});

describe('named paths', () => {
  it('a git-ignored folder named on the command line is scanned, and counted', async () => {
    const repo = path.join(base, 'repo');
    const whole = await discover({ root: repo });
    expect(whole.files).toEqual(['.gitignore', 'src/app.ts']);
    expect(whole.namedIgnored).toBe(0);
    const named = await discover({ root: repo, paths: ['dist'] });
    expect(named.files).toEqual(['dist/assets/index.js', 'dist/assets/more.js']);
    expect(named.namedIgnored).toBe(2);
    const file = await discover({ root: repo, paths: ['debug.log', 'src'] });
    expect(file.files).toEqual(['debug.log', 'src/app.ts']);
    expect(file.namedIgnored).toBe(1);
    const result = await scanTree({ root: repo, paths: ['dist'], semantic: false });
    expect(result.findings.filter((finding) => finding.ruleId === 'no-hardcoded-key')).toHaveLength(2);
    expect(result.stats.namedIgnored).toBe(2);
  });

  it('git-ignored .env files are checked for public-prefixed secrets only', async () => {
    const repo = path.join(base, 'repo');
    expect((await discover({ root: repo })).ignoredEnvFiles).toEqual(['.env.local']);
    const result = await scanTree({ root: repo, semantic: false });
    const inEnv = result.findings.filter((finding) => finding.file === '.env.local');
    expect(inEnv.map((finding) => [finding.ruleId, finding.line])).toEqual([['no-public-env-secret', 2]]);
    expect(result.stats.ignoredEnvChecked).toBe(1);
    // without ignore rules the file is scanned as any other
    const all = await scanTree({ root: repo, semantic: false, useIgnoreFiles: false });
    expect(all.findings.filter((finding) => finding.file === '.env.local').length).toBeGreaterThan(1);
  });
});

describe("Keyward's own reports", () => {
  it('are not scanned for the catalog and redacted keys they quote, nor are the files a run writes or reads', async () => {
    const dir = path.join(base, 'reports');
    const redacted = `lmif_live_${g.chars(4)}…`;
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: { name: 'keyward', rules: [{ id: 'generic-secret', help: { text: 'API_SECRET=<value>' } }] },
          },
          results: [{ message: { text: `found ${redacted}` } }],
        },
      ],
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'keyward.sarif'), JSON.stringify(sarif, null, 2));
    writeFileSync(
      path.join(dir, 'out.json'),
      JSON.stringify({ tool: { name: 'keyward', version: '0' }, findings: [{ redacted }] }, null, 2),
    );
    writeFileSync(
      path.join(dir, 'keyward-baseline.json'),
      JSON.stringify(
        { version: 1, tool: 'keyward 0', findings: [{ fingerprint: g.chars(64, '0123456789abcdef') }] },
        null,
        2,
      ),
    );
    writeFileSync(path.join(dir, 'written.txt'), `${key()}\n`);
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ tool: { name: 'other' }, k: key() }));
    const result = await scanTree({ root: dir, exclude: ['written.txt'], semantic: false });
    expect(result.findings.map((finding) => finding.file)).toEqual(['other.json']);
    expect(result.stats.skipped['own-report']).toBe(4);
  });

  it("still report a provider key in full: a report's head does not hide it", async () => {
    const dir = path.join(base, 'forged-report');
    mkdirSync(dir, { recursive: true });
    const forged = { tool: { name: 'keyward', version: '0' }, findings: [], stash: key() };
    writeFileSync(path.join(dir, 'keyward.json'), JSON.stringify(forged, null, 2));
    const result = await scanTree({ root: dir, semantic: false });
    expect(result.findings.map((finding) => [finding.file, finding.detectorId])).toEqual([
      ['keyward.json', 'lmif-live-key'],
    ]);
    expect(result.stats.skipped['own-report']).toBe(0);
  });
});

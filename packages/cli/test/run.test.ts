import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../src/run.js';
import { generator } from '../../core/test/helpers/random.js';

const g = generator(5);
const liveKey = `lmif_live_${g.chars(32)}`;
const testKey = `lmif_test_${g.chars(32)}`;
let root: string;
const context = () => ({ cwd: root });

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'keyward-cli-'));
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'src/client.ts'), `export const key = "${liveKey}";\n`);
  writeFileSync(path.join(root, '.env'), `LMIF_API_KEY=${testKey}\n`);
  writeFileSync(path.join(root, 'src/clean.ts'), 'export const key = process.env.LMIF_API_KEY;\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('keyward run()', () => {
  it('prints help and version', async () => {
    const help = await run(['--help'], context());
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('keyward scan');
    const version = await run(['--version'], context());
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with a one-line reason on usage errors', async () => {
    for (const argv of [
      ['frobnicate'],
      ['scan', '--format', 'xml'],
      ['scan', '--fail-on', 'urgent'],
      ['scan', '--bogus'],
      ['scan', 'no/such/path'],
    ]) {
      const result = await run(argv, context());
      expect(result.exitCode, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(/^keyward: /);
    }
  });

  it('exits 1 on findings, redacted, and 0 on a clean path', async () => {
    const dirty = await run(['scan', '--no-color'], context());
    expect(dirty.exitCode).toBe(1);
    expect(dirty.stdout).toContain('src/client.ts');
    expect(dirty.stdout).toContain('lmif_live_');
    expect(dirty.stdout).not.toContain(liveKey);
    expect(dirty.stdout).not.toContain(testKey);
    expect(dirty.stdout).toMatch(/2 findings \(1 high, 1 medium\) in 2 files/);
    expect(dirty.stdout).not.toContain('\x1b[');
    const clean = await run(['scan', 'src/clean.ts'], context());
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toContain('no findings');
  });

  it('honours --fail-on', async () => {
    expect((await run(['scan', '.env', '--fail-on', 'high'], context())).exitCode).toBe(0);
    expect((await run(['scan', '.env', '--fail-on', 'medium'], context())).exitCode).toBe(1);
  });

  it('shows secrets only with --show-secrets', async () => {
    const result = await run(['scan', '--show-secrets', '--format', 'json'], context());
    expect(result.stdout).toContain(liveKey);
  });

  it('colours text on a TTY unless NO_COLOR or --no-color', async () => {
    expect((await run(['scan'], { cwd: root, stdoutIsTTY: true })).stdout).toContain('\x1b[');
    expect((await run(['scan'], { cwd: root, stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      '\x1b[',
    );
    expect((await run(['scan', '--no-color'], { cwd: root, stdoutIsTTY: true })).stdout).not.toContain('\x1b[');
  });

  it('writes json to --output and keeps stdout empty', async () => {
    const out = path.join(root, 'report.json');
    const result = await run(['scan', 'src', '--format', 'json', '--output', out], context());
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'no-hardcoded-key',
      detectorId: 'lmif-live-key',
      file: 'src/client.ts',
      line: 1,
      column: 21,
    });
    expect(report.summary.filesScanned).toBe(2);
    rmSync(out);
  });

  it('records a baseline and then reports only new findings', async () => {
    const baselineFile = path.join(root, 'keyward-baseline.json');
    const made = await run(['baseline', '--output', baselineFile], context());
    expect(made.exitCode).toBe(0);
    const text = readFileSync(baselineFile, 'utf8');
    expect(text).not.toContain(liveKey);
    expect((await run(['scan', '--baseline', baselineFile], context())).exitCode).toBe(0);
    const newKey = `lmif_live_${g.chars(32)}`;
    writeFileSync(path.join(root, 'src/new.ts'), `export const k = "${newKey}";\n`);
    const after = await run(['scan', '--baseline', baselineFile, '--format', 'json'], context());
    expect(after.exitCode).toBe(1);
    expect(JSON.parse(after.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['src/new.ts']);
    expect(JSON.parse(after.stdout).summary.baselined).toBe(2);
    rmSync(path.join(root, 'src/new.ts'));
    rmSync(baselineFile);
  });

  it('reports a broken config or baseline as exit 2 naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keyward-cli-bad-'));
    try {
      writeFileSync(path.join(dir, 'keyward.config.json'), '{"failOn": "sometimes"}');
      const bad = await run(['scan', dir], { cwd: dir });
      expect(bad.exitCode).toBe(2);
      expect(bad.stderr).toMatch(/keyward.config.json: "failOn" must be one of/);
      writeFileSync(path.join(dir, 'keyward.config.json'), '{}');
      writeFileSync(path.join(dir, 'b.json'), 'not json');
      const badBaseline = await run(['scan', dir, '--baseline', path.join(dir, 'b.json')], { cwd: dir });
      expect(badBaseline.exitCode).toBe(2);
      expect(badBaseline.stderr).toMatch(/b.json: is not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

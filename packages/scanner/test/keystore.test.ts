import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG, type Finding, type KeywardConfig } from '@keyward/core';
import { scanHistory, scanInput, scanStaged, scanTree } from '../src/index.js';
import { pfxBytes, pngBytes } from '../../core/test/helpers/pfx.js';
import { generator } from '../../core/test/helpers/random.js';

// Committed PKCS#12 keystores are binary files the text scan skips; the binary check reports them from their
// bytes in `scan`, `staged` and `history` alike, and leaves every other binary file skipped.

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=dev@example.invalid', '-c', 'user.name=Dev', ...args], { cwd: root });
}

const g = generator(21);
const random = (length: number) => Buffer.from(Array.from({ length }, () => g.int(256)));

/** A repository with keystores and other binary files, everything staged. */
function repository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'keyward-keystore-'));
  roots.push(root);
  const files: Record<string, Buffer> = {
    'keys/service-account.p12': pfxBytes(),
    'keys/sha256.p12': pfxBytes({ hash: 'sha256', seed: 2 }),
    'certs/site.pfx': pfxBytes({ password: g.chars(14), seed: 3 }),
    'certs/no-mac.p12': pfxBytes({ noMac: true, seed: 5 }),
    'certs/huge-iterations.p12': pfxBytes({ iterations: 1, statedIterations: 0x7fffffff, seed: 6 }),
    'certs/truncated.p12': pfxBytes({ seed: 7 }).subarray(0, 900),
    'certs/corrupt.p12': Buffer.concat([pfxBytes({ seed: 8 }), Buffer.from([0])]),
    'assets/logo.png': pngBytes(),
    'assets/noise.bin': random(20_000),
    // larger than the 8 KB head the binary test reads first: the whole file is read because it may be a keystore
    'keys/large.p12': pfxBytes({ seed: 11, contentSize: 12_000 }),
    'vendor-keys/ignored.p12': pfxBytes({ seed: 10 }),
  };
  for (const [file, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), bytes);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  git(root, 'add', '-A');
  return root;
}

const config: KeywardConfig = { ...DEFAULT_CONFIG, ignore: ['vendor-keys/**'] };

const verdicts = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.detectorId} ${f.file}:${f.line}:${f.column} ${f.severity} ${f.fingerprint}`).sort();

const EXPECTED = [
  'gcp-service-account-p12 keys/large.p12',
  'gcp-service-account-p12 keys/service-account.p12',
  'gcp-service-account-p12 keys/sha256.p12',
  'pkcs12-keystore certs/huge-iterations.p12',
  'pkcs12-keystore certs/no-mac.p12',
  'pkcs12-keystore certs/site.pfx',
];

describe('committed PKCS#12 keystores', () => {
  it('are reported by scan, staged and history alike; other binary files stay skipped', async () => {
    const root = repository();
    const staged = await scanStaged({ root, config, semantic: false });
    git(root, 'commit', '-qm', 'keys', '--no-verify');
    const history = await scanHistory({ root, config, range: ['HEAD'] });
    const tree = await scanTree({ root, config, semantic: false });
    expect(tree.findings.map((f) => `${f.detectorId} ${f.file}`).sort()).toEqual(EXPECTED);
    expect(verdicts(staged.findings)).toEqual(verdicts(tree.findings));
    expect(verdicts(history.findings)).toEqual(verdicts(tree.findings));
    for (const result of [tree, staged]) expect(result.stats.skipped.binary).toBe(4);
    const google = tree.findings.find((f) => f.file === 'keys/service-account.p12')!;
    expect(google).toMatchObject({
      confidence: 'high',
      severity: 'high',
      redacted: 'Google Cloud service-account key (PKCS#12)',
      line: 1,
    });
    expect(google.message).toContain('Google Cloud service-account key');
    expect(tree.findings.find((f) => f.file === 'certs/site.pfx')?.confidence).toBe('medium');
    expect(history.findings.every((f) => f.commit !== undefined)).toBe(true);
  });

  it('honour disable, and read standard input as bytes', async () => {
    const root = repository();
    const disabled = await scanTree({
      root,
      config: { ...config, disable: ['gcp-service-account-p12'] },
      semantic: false,
    });
    expect(disabled.findings.map((f) => f.detectorId)).not.toContain('gcp-service-account-p12');
    expect(disabled.findings.map((f) => f.detectorId)).toContain('pkcs12-keystore');
    const input = await scanInput({ name: 'key.p12', data: pfxBytes(), root });
    expect(input.findings.map((f) => f.detectorId)).toEqual(['gcp-service-account-p12']);
    const png = await scanInput({ name: 'logo.png', data: pngBytes(), root });
    expect(png.findings).toEqual([]);
    expect(png.stats.skipped.binary).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/run.js';
import { buildSamples } from '../../core/test/helpers/samples.js';
import { scanText } from '@keyward/core';

// Plants a key of every detector, runs every output path, and checks that no planted secret appears in
// full anywhere unless --show-secrets was given.
const bin = fileURLToPath(new URL('../bin/keyward.js', import.meta.url));
let repo: string;
const secrets: string[] = [];

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'keyward-leaks-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'leak@example.invalid');
  git('config', 'user.name', 'Leak');
  const samples = buildSamples(99);
  let i = 0;
  for (const [id, entry] of Object.entries(samples)) {
    for (const positive of entry.positives) {
      const file = path.join(
        'planted',
        `${String(i++).padStart(3, '0')}-${id}${path.extname(positive.path ?? 'x.ts') || '.txt'}`,
      );
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), positive.text);
      for (const match of scanText(positive.text, { path: positive.path ?? 'x.ts' })) secrets.push(match.secret);
    }
  }
  git('add', '.');
  git('commit', '-qm', 'planted', '--no-verify');
  // stage one more file for the hook
  writeFileSync(path.join(repo, 'planted/staged.ts'), `export const k = "${secrets[0]}";\n`);
  git('add', '.');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function leaked(text: string): string[] {
  return [...new Set(secrets.filter((secret) => secret.length >= 8 && text.includes(secret)))];
}

describe('no planted secret leaks from the tool itself', () => {
  it('plants more than 100 distinct secrets across every detector', () => {
    expect(new Set(secrets).size).toBeGreaterThan(100);
  });

  it.each([['text'], ['json'], ['sarif']])('scan --format %s', async (format) => {
    const progress: string[] = [];
    const result = await run(['scan', '--format', format, '--no-color'], {
      cwd: repo,
      progress: (line) => progress.push(line),
    });
    expect(result.exitCode).toBe(1);
    expect(leaked(result.stdout + result.stderr + progress.join(''))).toEqual([]);
  });

  it('baseline file, staged hook output, history, and the real bin with a TTY-less stderr', async () => {
    const baseline = path.join(repo, '.git', 'keyward-baseline.json');
    await run(['baseline', '--output', baseline], { cwd: repo });
    const outputs = [
      readFileSync(baseline, 'utf8'),
      ...(
        await Promise.all([
          run(['staged', '--no-color'], { cwd: repo }),
          run(['history', '--all', '--format', 'sarif'], { cwd: repo }),
          run(['scan', '--baseline', baseline, '--format', 'json'], { cwd: repo }),
        ])
      ).flatMap((r) => [r.stdout, r.stderr]),
    ];
    const spawned = spawnSync(process.execPath, [bin, 'scan', '.', '--no-color'], { cwd: repo, encoding: 'utf8' });
    outputs.push(spawned.stdout, spawned.stderr);
    expect(leaked(outputs.join('\n'))).toEqual([]);
  });

  it('error messages and skip notes carry no file content', async () => {
    writeFileSync(path.join(repo, 'keyward.config.json'), `{ "allow": { "jwt": ["/${secrets[1]}(/"] } }`);
    const broken = await run(['scan'], { cwd: repo });
    rmSync(path.join(repo, 'keyward.config.json'));
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toContain('allow.jwt[0]');
    expect(leaked(broken.stderr)).toEqual([]);
    const big = path.join(repo, 'planted', 'huge.env');
    writeFileSync(big, `${'x'.repeat(200)}\nTOKEN=${secrets[2]}\n`);
    chmodSync(big, 0o644);
    const result = await run(['scan', 'planted', '--format', 'json', '--config', path.join(repo, 'small.json')], {
      cwd: repo,
    }).catch(() => undefined);
    expect(result?.exitCode).toBe(2);
    writeFileSync(path.join(repo, 'small.json'), '{ "maxFileSize": 100 }');
    const skipped = await run(['scan', 'planted/huge.env', '--format', 'json', '--config', 'small.json'], {
      cwd: repo,
    });
    expect(JSON.parse(skipped.stdout).summary.skipped['too-large']).toBe(1);
    expect(leaked(skipped.stdout + skipped.stderr)).toEqual([]);
  });

  it('shows secrets in full only with --show-secrets', async () => {
    const shown = await run(['scan', '--show-secrets', '--format', 'json'], { cwd: repo });
    expect(leaked(shown.stdout).length).toBeGreaterThan(new Set(secrets).size * 0.9);
    const text = await run(['scan', '--show-secrets', '--no-color'], { cwd: repo });
    expect(leaked(text.stdout).length).toBeGreaterThan(new Set(secrets).size * 0.9);
  });
});

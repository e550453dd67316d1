import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// A scan that does not fit in the heap ends with one error line and exit code 2, not V8's fatal-error dump:
// the semantic pass runs in a worker thread whose heap has a limit (built package: the worker is dist code).
const bin = fileURLToPath(new URL('../bin/keyward.js', import.meta.url));
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'keyward-oom-'));
  const body = Array.from(
    { length: 2000 },
    (_, i) => `export const token${i} = process.env.API_KEY_${i} + "x${i}";`,
  ).join('\n');
  for (let i = 0; i < 60; i++) writeFileSync(path.join(root, `f${i}.ts`), body);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('out of memory', () => {
  it('is a clear one-line error with exit code 2', { timeout: 120_000 }, () => {
    const result = spawnSync(process.execPath, ['--max-old-space-size=64', bin, 'scan', '.'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).not.toContain('FATAL ERROR');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^keyward: out of memory while [a-z ]+: .*--max-old-space-size=\d+\n$/);
    expect(result.status).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
});

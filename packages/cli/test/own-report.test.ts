import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/run.js';

// A report Keyward wrote quotes its catalog and the redacted keys it found: a later scan of the same tree must not
// report either, in any format the report was written in (issue #14 point 10).

const demo = fileURLToPath(new URL('../../../test-fixtures/demo', import.meta.url));
let tree: string;

beforeAll(() => {
  tree = mkdtempSync(path.join(tmpdir(), 'keyward-own-report-'));
  cpSync(demo, tree, { recursive: true });
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe('a scan of a tree holding its own reports', () => {
  it.each([['sarif'], ['json'], ['gitlab']])('finds nothing in the %s report', async (format) => {
    const report = path.join(tree, `keyward-report.${format === 'sarif' ? 'sarif' : 'json'}`);
    const first = await run(['scan', '.', '--no-semantic', '--format', format, '--output', report], { cwd: tree });
    expect(first.exitCode).toBe(1);
    const again = await run(['scan', '.', '--no-semantic', '--format', 'json'], { cwd: tree });
    const files = (JSON.parse(again.stdout).findings as { file: string }[]).map((finding) => finding.file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => file.startsWith('keyward-report'))).toEqual([]);
    rmSync(report);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from '../src/run.js';

const demo = fileURLToPath(new URL('../../../test-fixtures/demo', import.meta.url));
const expectedFile = `${demo}/expected.json`;

describe('test-fixtures/demo', () => {
  it('scans to exactly expected.json (refresh with UPDATE_EXPECTED=1)', async () => {
    const result = await run(['scan', demo, '--format', 'json'], { cwd: demo });
    expect(result.exitCode).toBe(1);
    const findings = JSON.parse(result.stdout).findings;
    if (process.env['UPDATE_EXPECTED']) writeFileSync(expectedFile, `${JSON.stringify(findings, null, 2)}\n`);
    expect(findings).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  it('reports none of the seed placeholders it contains', async () => {
    const findings = JSON.parse((await run(['scan', demo, '--format', 'json'], { cwd: demo })).stdout).findings;
    expect(findings.filter((f: { file: string }) => f.file === '.env.example' || f.file === 'README.md')).toEqual([]);
    expect(findings.filter((f: { file: string }) => f.file === 'docs/integrations.md')).toHaveLength(1);
  });
});

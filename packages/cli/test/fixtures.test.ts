import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/run.js';

// The fixture projects of the semantic scanner. Each scans to exactly its expected.json, and the markers in
// its files hold: a line commented `leak:` has a finding, a line commented `ok:` has none.

const fixtures = fileURLToPath(new URL('../../../test-fixtures/', import.meta.url));
const PROJECTS = ['next-app', 'vite-spa', 'node-service', 'monorepo'];
const MARKER = /(?:\/\/|#|\{\/\*)\s*(leak|ok):/;

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  message: string;
  trace?: { file: string; line: number; column: number; label: string }[];
}

async function scan(project: string): Promise<{ exitCode: number; findings: Finding[] }> {
  const root = path.join(fixtures, project);
  const result = await run(['scan', root, '--format', 'json'], { cwd: root });
  return { exitCode: result.exitCode, findings: JSON.parse(result.stdout).findings };
}

function markers(root: string): { file: string; line: number; kind: string }[] {
  const found: { file: string; line: number; kind: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name !== 'expected.json' && name !== 'README.md') {
        readFileSync(full, 'utf8')
          .split('\n')
          .forEach((text, i) => {
            const kind = MARKER.exec(text)?.[1];
            if (kind) found.push({ file: path.relative(root, full).split(path.sep).join('/'), line: i + 1, kind });
          });
      }
    }
  };
  walk(root);
  return found;
}

describe.each(PROJECTS)('test-fixtures/%s', (project) => {
  const root = path.join(fixtures, project);

  it('scans to exactly expected.json (refresh with UPDATE_EXPECTED=1)', async () => {
    const { exitCode, findings } = await scan(project);
    expect(exitCode).toBe(1);
    const expectedFile = path.join(root, 'expected.json');
    if (process.env['UPDATE_EXPECTED']) writeFileSync(expectedFile, `${JSON.stringify(findings, null, 2)}\n`);
    expect(findings).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  it('reports every line marked leak: and none marked ok:', async () => {
    const { findings } = await scan(project);
    const lines = new Set(findings.map((f) => `${f.file}:${f.line}`));
    const marked = markers(root);
    expect(marked.filter((m) => m.kind === 'leak').length).toBeGreaterThan(2);
    expect(marked.filter((m) => m.kind === 'ok').length).toBeGreaterThan(2);
    expect(
      marked.filter((m) => m.kind === 'leak' && !lines.has(`${m.file}:${m.line}`)).map((m) => `${m.file}:${m.line}`),
    ).toEqual([]);
    expect(
      marked.filter((m) => m.kind === 'ok' && lines.has(`${m.file}:${m.line}`)).map((m) => `${m.file}:${m.line}`),
    ).toEqual([]);
  });

  it('has a positive case for every rule of the scanner', async () => {
    const rules = new Set((await scan(project)).findings.map((f) => f.ruleId));
    expect([...rules].sort()).toEqual([
      'committed-env-file',
      'env-mismatch',
      'no-browser-sdk-secret',
      'no-client-side-key',
      'no-hardcoded-key',
      'no-logged-credential',
      'no-public-env-secret',
    ]);
  });

  it('never prints a fixture key in full', async () => {
    const root = path.join(fixtures, project);
    const result = await run(['scan', root], { cwd: root });
    expect(result.stdout).not.toMatch(/lmif_(?:live|test)_[A-Za-z0-9]{16}/);
  });
});

describe('the fixture projects together', () => {
  it('show cross-file paths and import chains in the text report', async () => {
    const root = path.join(fixtures, 'monorepo');
    const { stdout } = await run(['scan', root], { cwd: root });
    // the path is rendered from the trace, step by step, and never inlined into the message
    expect(stdout).toContain('apps/web/src/main.ts:1 imports packages/sdk/src/index.ts');
    expect(stdout).toContain('packages/sdk/src/index.ts:1 imports packages/sdk/src/client.ts');
    expect(stdout).toContain('apps/server/src/index.ts:8 passes it to debugLog(value)');
    const { findings } = await scan('monorepo');
    expect(findings.filter((f) => f.trace?.length && /→|\.ts:\d/.test(f.message))).toEqual([]);
  });

  it('--no-semantic leaves only the text scan', async () => {
    const root = path.join(fixtures, 'node-service');
    const findings: Finding[] = JSON.parse(
      (await run(['scan', root, '--format', 'json', '--no-semantic'], { cwd: root })).stdout,
    ).findings;
    expect(findings.filter((f) => f.ruleId === 'no-logged-credential' || f.ruleId === 'no-client-side-key')).toEqual(
      [],
    );
    expect(findings.some((f) => f.ruleId === 'env-mismatch')).toBe(true);
  });
});

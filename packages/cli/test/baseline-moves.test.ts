import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/run.js';

// Fingerprints name what a finding is (rule, secret or source, sink, file), never where it sits: a baseline
// taken before lines are inserted at the top of every file must still hide every finding after.

const fixtures = fileURLToPath(new URL('../../../test-fixtures/', import.meta.url));
const PROJECTS = ['next-app', 'vite-spa', 'node-service', 'monorepo'];
const INSERTED = 3;

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  fingerprint: string;
}

function files(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === '.git') return [];
    return statSync(full).isDirectory() ? files(full, root) : [path.relative(root, full)];
  });
}

/** Lines a file of this kind accepts at its top without changing what it means. */
function header(file: string): string {
  if (/\.(?:[cm]?[jt]sx?)$/.test(file)) return '// moved down\n'.repeat(INSERTED);
  if (/(?:^|\/)\.env/.test(file)) return '# moved down\n'.repeat(INSERTED);
  return '\n'.repeat(INSERTED);
}

async function scan(root: string, ...args: string[]): Promise<{ findings: Finding[]; baselined: number }> {
  const result = await run(['scan', '.', '--format', 'json', ...args], { cwd: root });
  expect(result.stderr).not.toMatch(/error/i);
  const report = JSON.parse(result.stdout);
  return { findings: report.findings, baselined: report.summary?.baselined ?? 0 };
}

describe.each(PROJECTS)('a baseline of test-fixtures/%s', (project) => {
  it('stays complete when lines are inserted at the top of every file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'keyward-moves-'));
    try {
      cpSync(path.join(fixtures, project), root, { recursive: true });
      rmSync(path.join(root, 'expected.json'));
      // tracked by git, as in a real project: committed-env-file findings are part of the baseline too
      for (const args of [
        ['init', '-q'],
        ['add', '-A'],
      ])
        spawnSync('git', args, { cwd: root });
      const before = await scan(root, '--no-baseline');
      expect(before.findings.length).toBeGreaterThan(5);
      expect((await run(['baseline', '.', '--quiet'], { cwd: root })).exitCode).toBe(0);

      for (const file of files(root).filter((name) => name !== 'keyward-baseline.json')) {
        const full = path.join(root, file);
        writeFileSync(full, header(file) + readFileSync(full, 'utf8'));
      }
      const moved = await scan(root, '--no-baseline');
      // the same findings, each on a line that moved: the test can fail
      expect(moved.findings.map((f) => `${f.ruleId} ${f.file} ${f.fingerprint}`).sort()).toEqual(
        before.findings.map((f) => `${f.ruleId} ${f.file} ${f.fingerprint}`).sort(),
      );
      const lines = (findings: Finding[]) => findings.map((f) => f.line).reduce((a, b) => a + b, 0);
      expect(lines(moved.findings)).toBeGreaterThan(lines(before.findings));

      const withBaseline = await scan(root, '--baseline', 'keyward-baseline.json');
      expect(withBaseline.findings).toEqual([]);
      expect(withBaseline.baselined).toBe(before.findings.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

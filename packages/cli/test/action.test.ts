import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator } from '../../core/test/helpers/random.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const script = path.join(repoRoot, 'scripts/action.mjs');
const g = generator(404);
let work: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: work, encoding: 'utf8' });

/** Runs the action body the way the composite step does, with GitHub's environment simulated. */
function action(inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const outputs = path.join(work, '..', `${path.basename(work)}-outputs.txt`);
  const summary = path.join(work, '..', `${path.basename(work)}-summary.md`);
  writeFileSync(outputs, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: path.dirname(work),
    ...extra,
  };
  for (const [name, value] of Object.entries(inputs)) env[`KEYWARD_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  const result = spawnSync(process.execPath, [script], { cwd: work, env, encoding: 'utf8' });
  const parsed = Object.fromEntries(
    readFileSync(outputs, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
  return { ...result, outputs: parsed as Record<string, string>, summary: readFileSync(summary, 'utf8') };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'keyward-action-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.invalid');
  git('config', 'user.name', 'CI');
  writeFileSync(path.join(work, 'old.ts'), `export const k = "lmif_live_${g.chars(32)}";\n`);
  writeFileSync(path.join(work, 'clean.ts'), 'export const k = process.env.LMIF_API_KEY;\n');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('branch', 'base');
  writeFileSync(path.join(work, 'new.ts'), `export const k = "lmif_test_${g.chars(32)}";\n`);
  git('add', '.');
  git('commit', '-qm', 'feature');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the GitHub Action body (scripts/action.mjs)', () => {
  it('scan mode: writes SARIF, annotates every finding, sets outputs and a job summary', () => {
    const result = action({ mode: 'scan', path: '.', 'fail-on': 'low' });
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ findings: '2', 'exit-code': '1' });
    const sarif = JSON.parse(readFileSync(result.outputs['sarif']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(2);
    expect(result.stdout).toMatch(
      /^::error file=old\.ts,line=1,col=19,.*title=keyward no-hardcoded-key\/lmif-live-key::LMIF production API key/m,
    );
    expect(result.stdout).toMatch(/^::warning file=new\.ts,line=1/m);
    expect(result.stdout).not.toMatch(/lmif_live_[A-Za-z0-9]{20}/);
    expect(result.summary).toContain('2 finding(s)');
  });

  it('fail-on high lets a medium finding through', () => {
    const result = action({ mode: 'diff', base: 'base', 'fail-on': 'high' });
    expect(result.outputs).toMatchObject({ findings: '1', 'exit-code': '0' });
  });

  it('diff mode on a pull request scans and annotates only changed files and lines', () => {
    const result = action({ mode: 'diff', base: 'base' }, { GITHUB_EVENT_NAME: 'pull_request' });
    expect(result.outputs).toMatchObject({ findings: '1', 'exit-code': '1' });
    expect(result.stdout).toContain('file=new.ts');
    expect(result.stdout).not.toContain('file=old.ts');
  });

  it('history mode reports the commit that added a key', () => {
    const result = action({ mode: 'history', format: 'json' });
    expect(result.outputs['findings']).toBe('2');
    const report = JSON.parse(readFileSync(result.outputs['sarif']!, 'utf8'));
    expect(report.findings.every((f: { commit?: string }) => /^[0-9a-f]{40}$/.test(f.commit ?? ''))).toBe(true);
  });

  it('reports a tool error as exit-code 2', () => {
    const result = action({ mode: 'scan', config: 'missing.json' });
    expect(result.outputs['exit-code']).toBe('2');
    expect(result.stderr).toContain('missing.json');
  });
});

describe('action.yml', () => {
  const yml = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
  const section = (name: string) => {
    const body = yml.split(`\n${name}:\n`)[1]?.split(/\n[a-z]/)[0] ?? '';
    return [...body.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!);
  };

  it('documents every input and output in docs/ci.md', () => {
    const docs = readFileSync(path.join(repoRoot, 'docs/ci.md'), 'utf8');
    expect(section('inputs')).toEqual([
      'path',
      'mode',
      'base',
      'fail-on',
      'config',
      'baseline',
      'format',
      'upload-sarif',
    ]);
    expect(section('outputs')).toEqual(['findings', 'sarif']);
    for (const name of [...section('inputs'), ...section('outputs')]) expect(docs, name).toContain(`\`${name}\``);
  });

  it("is used by this repository's own CI", () => {
    const ci = readFileSync(path.join(repoRoot, '.github/workflows/ci.yml'), 'utf8');
    expect(ci).toMatch(/uses: \.\/\n/);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, type Finding, type KeywardConfig } from '@keyward/core';
import { scanHistory, scanStaged, scanTree } from '../src/index.js';
import { generator } from '../../core/test/helpers/random.js';
import { pfxBytes, pngBytes } from '../../core/test/helpers/pfx.js';

// `scan`, `staged` and `history` run one per-file pipeline: the same file content gives the same findings
// (rule, detector, place, severity, fingerprint), whether it is read from the tree, the index or a commit.

const fixtures = fileURLToPath(new URL('../../../test-fixtures/', import.meta.url));
const PROJECTS = ['next-app', 'vite-spa', 'node-service', 'monorepo'];
const g = generator(18);
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=dev@example.invalid', '-c', 'user.name=Dev', ...args], { cwd: root });
}

function write(root: string, relative: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), content);
}

/** A fixture project plus files that exercise the per-file rules: ignores, generated, vendor, line ends. */
function project(name: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'keyward-pipeline-'));
  roots.push(root);
  cpSync(path.join(fixtures, name), root, { recursive: true });
  rmSync(path.join(root, 'expected.json'));
  const key = () => `lmif_live_${g.chars(32)}`;
  write(root, 'extra/crlf.ts', `// one\r\n// two\r\nexport const k = "${key()}";\r\n`);
  write(root, 'extra/ignored/skip.ts', `export const k = "${key()}";\n`);
  write(root, 'extra/app.js.map', `{"mappings":"AAAA","sourcesContent":["${key()}"]}`);
  write(root, 'extra/vendor/lib.js', `var a=1;${'var b="x";'.repeat(300)}var k="${key()}";\n`);
  write(root, 'extra/.env.example', 'LMIF_API_KEY=lmif_live_xxx\n');
  write(root, 'extra/.env.sample', `LMIF_API_KEY=${key()}\n`);
  // binary files: a keystore is judged from its bytes, a picture is skipped
  write(root, 'extra/keys/service.p12', pfxBytes({ seed: g.int(1000) }));
  write(root, 'extra/assets/logo.png', pngBytes());
  execFileSync('git', ['init', '-q'], { cwd: root });
  git(root, 'add', '-A');
  return root;
}

const config: KeywardConfig = { ...DEFAULT_CONFIG, ignore: ['extra/ignored/**'] };

/** What the three front ends must agree on; the message and trace say where the text came from. */
function identity(findings: readonly Finding[]): string[] {
  return findings
    .map((f) =>
      [f.ruleId, f.detectorId ?? '', f.file, f.line, f.column, f.endLine, f.endColumn, f.severity, f.fingerprint].join(
        ' ',
      ),
    )
    .sort();
}

describe.each(PROJECTS)('test-fixtures/%s read from the tree, the index and a commit', (name) => {
  it('gives the same per-file findings in scan, staged and history, and the same semantic ones in scan and staged', async () => {
    const root = project(name);
    const staged = await scanStaged({ root, config, semantic: false });
    const stagedSemantic = await scanStaged({ root, config });
    git(root, 'commit', '-qm', 'all', '--no-verify');
    const history = await scanHistory({ root, config, range: ['HEAD'] });
    const tree = await scanTree({ root, config, semantic: false });
    const treeSemantic = await scanTree({ root, config });

    expect(staged.findings.length).toBeGreaterThan(3);
    expect(identity(staged.findings)).toEqual(identity(tree.findings));
    expect(identity(history.findings)).toEqual(identity(tree.findings));
    expect(identity(stagedSemantic.findings)).toEqual(identity(treeSemantic.findings));
    // the staged texts kept for code frames: those of the text files with a finding, no others
    const withFindings = new Set(
      stagedSemantic.findings.filter((f) => f.file !== 'extra/keys/service.p12').map((f) => f.file),
    );
    expect(new Set(stagedSemantic.texts.keys())).toEqual(withFindings);
    expect(stagedSemantic.texts.get('extra/crlf.ts')).toBe(readFileSync(path.join(root, 'extra/crlf.ts'), 'utf8'));
    expect(
      treeSemantic.findings.some((f) => f.ruleId === 'no-logged-credential' || f.ruleId === 'no-client-side-key'),
    ).toBe(true);
    // the per-file rules, seen by all three
    for (const result of [staged, history, tree]) {
      const files = new Set(result.findings.map((f) => f.file));
      expect(files.has('extra/crlf.ts')).toBe(true);
      expect(files.has('extra/.env.sample')).toBe(true);
      expect(result.findings.find((f) => f.file === 'extra/keys/service.p12')?.detectorId).toBe(
        'gcp-service-account-p12',
      );
      for (const left of [
        'extra/assets/logo.png',
        'extra/ignored/skip.ts',
        'extra/app.js.map',
        'extra/vendor/lib.js',
        'extra/.env.example',
      ])
        expect(files.has(left)).toBe(false);
      expect(result.findings.find((f) => f.file === 'extra/crlf.ts')?.line).toBe(3);
    }
    expect(history.findings.every((f) => f.commit !== undefined)).toBe(true);
    // a later commit that edits a .env file below its top: the file is reported at its top, the key at git's line
    write(root, 'extra/.env.sample', `# sample\n# more\nLMIF_API_KEY=lmif_live_${g.chars(32)}\n`);
    git(root, 'commit', '-qam', 'edit', '--no-verify');
    const edit = await scanHistory({ root, config, range: ['HEAD~1..HEAD'] });
    expect(edit.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      'committed-env-file extra/.env.sample:1',
      'no-hardcoded-key extra/.env.sample:3',
    ]);
  });
});

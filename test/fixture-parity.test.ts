import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import keyward from 'eslint-plugin-keyward';
import { run } from '../packages/cli/src/run.js';
import { SHARED_RULES } from './helpers/parity.js';

// The same findings in the editor and in CI on whole projects, not only on the single-file parity corpus: for
// every fixture project, the real ESLint (recommended config, warnings counted) and `keyward scan` report the
// same rule, line, column and severity for every flow that stays inside one file. Flows across files (import
// chains, values passed between modules) need the module graph that only the scanner has.

const fixtures = fileURLToPath(new URL('../test-fixtures/', import.meta.url));
const PROJECTS = ['demo', 'next-app', 'vite-spa', 'node-service', 'monorepo', 'eslint-app'];
const CODE = /\.(?:[cm]?[jt]sx?)$/;

interface Row {
  readonly file: string;
  readonly rule: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
}

interface ScanFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly trace?: readonly { readonly file: string; readonly label: string }[];
}

const key = (row: Row) => `${row.file}:${row.line}:${row.column} ${row.rule} ${row.severity}`;

async function eslintRows(root: string): Promise<Row[]> {
  const config: Linter.Config[] = [
    { ignores: ['**/expected.json'] },
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
      languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    {
      files: ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    keyward.configs.recommended as Linter.Config,
  ];
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}']);
  return results.flatMap((result) =>
    result.messages.map((message) => {
      if (!message.ruleId) throw new Error(`${result.filePath}: ${message.message}`);
      return {
        file: path.relative(root, result.filePath).split(path.sep).join('/'),
        rule: message.ruleId.replace(/^keyward\//, ''),
        line: message.line,
        column: message.column,
        severity: message.messageId ?? '',
      };
    }),
  );
}

async function scanFindings(root: string): Promise<ScanFinding[]> {
  const result = await run(['scan', root, '--format', 'json', '--no-baseline'], { cwd: root });
  if (result.exitCode === 2) throw new Error(result.stderr);
  return JSON.parse(result.stdout).findings as ScanFinding[];
}

/** A flow that stays in one file: every step of its trace is there, and no label names another module. */
function inOneFile(finding: ScanFinding): boolean {
  return (finding.trace ?? []).every(
    (step) =>
      step.file === finding.file &&
      [...step.label.matchAll(/[\w@./-]+\.[cm]?[jt]sx?\b/g)].every((named) => named[0] === finding.file),
  );
}

describe.each(PROJECTS)('test-fixtures/%s in ESLint and keyward scan', (project) => {
  it('gives the same findings for every flow inside one file, and nothing the scan does not give', async () => {
    const root = path.join(fixtures, project);
    const [eslint, scan] = await Promise.all([eslintRows(root), scanFindings(root)]);
    const row = (f: ScanFinding): Row => ({
      file: f.file,
      rule: f.ruleId,
      line: f.line,
      column: f.column,
      severity: f.severity,
    });
    const shared = scan.filter((f) => CODE.test(f.file) && SHARED_RULES.includes(f.ruleId));
    const inFile = shared.filter(inOneFile).map(row).map(key);
    const editor = new Set(eslint.map(key));
    expect(inFile.length).toBeGreaterThan(0);
    // every in-file flow the scan reports, ESLint reports the same way
    expect(inFile.filter((finding) => !editor.has(finding))).toEqual([]);
    // and ESLint reports nothing CI would not (a cross-file finding ESLint also sees is fine: a Vite app's src/)
    const ci = new Set(shared.map(row).map(key));
    expect(eslint.map(key).filter((finding) => !ci.has(finding))).toEqual([]);
  });
});

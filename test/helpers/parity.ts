import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import keyward from 'eslint-plugin-keyward';
import { generator } from '../../packages/core/test/helpers/random.js';
import { run } from '../../packages/cli/src/run.js';

// Runs the parity corpus (test-fixtures/parity) through the real ESLint and through `keyward scan`, and reads
// each case's expected verdicts from its `// expect:` markers.

export const corpus = fileURLToPath(new URL('../../test-fixtures/parity/cases/', import.meta.url));

/** The rules both front ends run. */
export const SHARED_RULES = [
  'no-hardcoded-key',
  'no-client-side-key',
  'no-public-env-secret',
  'no-browser-sdk-secret',
  'no-logged-credential',
];

/** One reported (or expected) finding, as both front ends can state it. */
export interface Row {
  readonly file: string;
  readonly rule: string;
  readonly line: number;
  /** Undefined in expectations: the markers say where, the front ends must agree on the column. */
  readonly column?: number;
  readonly severity: string;
}

/** Fake keys for the corpus placeholders, generated from a fixed seed (never stored in the repository). */
function placeholders(): Record<string, string> {
  const g = generator(1818);
  const live = `lmif_live_${g.chars(32)}`;
  return {
    LMIF_LIVE: live,
    LMIF_LIVE_ALLOWED: `lmif_live_${g.chars(32)}`,
    LMIF_LIVE_HEAD: `lmif_live_${g.chars(6)}`,
    LMIF_LIVE_TAIL: g.chars(26),
    STRIPE_LIVE: `sk_live_${g.chars(24)}`,
    ACME_TOKEN: `acme_${g.chars(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
  };
}

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesUnder(root, full)
      : [path.relative(root, full).split(path.sep).join('/')];
  });
}

/** Copies the corpus to a new temporary directory with the placeholders filled in; returns its path. */
export function materialise(): string {
  const target = mkdtempSync(path.join(tmpdir(), 'keyward-parity-'));
  cpSync(corpus, target, { recursive: true });
  const keys = placeholders();
  for (const file of filesUnder(target)) {
    const full = path.join(target, file);
    const text = readFileSync(full, 'utf8');
    const filled = text.replace(/%([A-Z_]+)%/g, (whole, name: string) => keys[name] ?? whole);
    if (filled !== text) writeFileSync(full, filled);
  }
  return target;
}

/** The case files (code only), relative to the corpus root. */
export function caseFiles(root = corpus): string[] {
  return filesUnder(root)
    .filter((file) => /\.[cm]?[jt]sx?$/.test(file) && !file.startsWith('redact-helper'))
    .sort();
}

/** The verdicts the `// expect: rule severity, …` markers ask for. */
export function expectations(root = corpus): Row[] {
  return caseFiles(root).flatMap((file) =>
    readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .flatMap((text, index) => {
        const marker = /\/\/ expect: (.+)$/.exec(text);
        if (!marker) return [];
        return marker[1]!.split(',').map((entry) => {
          const [rule, severity] = entry.trim().split(/\s+/);
          return { file, rule: rule!, line: index + 1, severity: severity! };
        });
      }),
  );
}

/** The real ESLint (its Node API) with typescript-eslint's parser for TS and espree for plain JS. */
export async function eslintRows(root: string): Promise<Row[]> {
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
    keyward.configs.recommended as Linter.Config,
  ];
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(['.']);
  return results
    .flatMap((result) =>
      result.messages.map((message) => {
        if (!message.ruleId) throw new Error(`${result.filePath}: ${message.message}`);
        return {
          file: path.relative(root, result.filePath).split(path.sep).join('/'),
          rule: message.ruleId.replace(/^keyward\//, ''),
          line: message.line,
          column: message.column,
          severity: eslintSeverity(message),
        };
      }),
    )
    .filter((row) => SHARED_RULES.includes(row.rule))
    .sort(compareRows);
}

/** A report's Keyward severity is its messageId; any other messageId shows the ESLint level instead. */
function eslintSeverity(message: Linter.LintMessage): string {
  const id = message.messageId ?? '';
  return ['high', 'medium', 'low'].includes(id) ? id : `eslint-${message.severity === 2 ? 'error' : 'warn'}`;
}

/** `keyward scan` of the corpus, the shared rules only. */
export async function scanRows(root: string): Promise<Row[]> {
  const result = await run(['scan', root, '--format', 'json'], { cwd: root });
  if (result.exitCode === 2) throw new Error(result.stderr);
  const findings = JSON.parse(result.stdout).findings as {
    file: string;
    ruleId: string;
    line: number;
    column: number;
    severity: string;
  }[];
  return findings
    .map((f) => ({ file: f.file, rule: f.ruleId, line: f.line, column: f.column, severity: f.severity }))
    .filter((row) => SHARED_RULES.includes(row.rule))
    .sort(compareRows);
}

export function compareRows(a: Row, b: Row): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.severity.localeCompare(b.severity)
  );
}

export function rowKey(row: Row, withColumn = true): string {
  return `${row.file}:${row.line}${withColumn && row.column !== undefined ? `:${row.column}` : ''} ${row.rule} ${row.severity}`;
}

const SHORT: Record<string, string> = {
  'no-hardcoded-key': 'hardcoded',
  'no-client-side-key': 'client-side',
  'no-public-env-secret': 'public-env',
  'no-browser-sdk-secret': 'browser-sdk',
  'no-logged-credential': 'logged',
};

/** The verdict table, one row per case: what it expects, what each front end reported, and how they differ. */
export function verdictTable(expected: readonly Row[], eslint: readonly Row[], scan: readonly Row[]): string {
  const of = (rows: readonly Row[], file: string) => rows.filter((row) => row.file === file);
  const cell = (rows: readonly Row[]) =>
    rows
      .map((row) => `${SHORT[row.rule] ?? row.rule} ${row.line}${row.column ? `:${row.column}` : ''} ${row.severity}`)
      .join('; ') || '—';
  const keys = (rows: readonly Row[], parts: (row: Row) => string) => rows.map(parts).sort().join();
  const where = (row: Row) => `${row.rule} ${row.line}`;
  const lines = ['| case | expected | ESLint | scan | front ends differ in |', '|---|---|---|---|---|'];
  for (const file of caseFiles()) {
    const [want, left, right] = [of(expected, file), of(eslint, file), of(scan, file)];
    const mark = (rows: readonly Row[]) => (keys(rows, where) === keys(want, where) ? '✔' : '✖');
    const differ =
      keys(left, where) !== keys(right, where)
        ? '**verdict**'
        : keys(left, (row) => `${where(row)}:${row.column}`) !== keys(right, (row) => `${where(row)}:${row.column}`)
          ? 'column'
          : keys(left, rowKey) !== keys(right, rowKey)
            ? 'severity'
            : '—';
    lines.push(`| ${file} | ${cell(want)} | ${mark(left)} ${cell(left)} | ${mark(right)} ${cell(right)} | ${differ} |`);
  }
  const count = (rows: readonly Row[]) =>
    caseFiles().filter((file) => keys(of(rows, file), where) === keys(of(expected, file), where)).length;
  lines.push(
    '',
    `Right verdict (rule and line): ESLint ${count(eslint)} of ${caseFiles().length}, scan ${count(scan)} of ${caseFiles().length}.`,
  );
  return `${lines.join('\n')}\n`;
}

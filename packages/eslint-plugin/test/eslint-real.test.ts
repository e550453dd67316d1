import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hardcodedKeyFindings, scanText } from '@keyward/core';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const app = path.join(repo, 'test-fixtures/eslint-app');
const expected = JSON.parse(readFileSync(path.join(app, 'expected.json'), 'utf8')) as [
  string,
  string,
  number,
  number,
][];

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string }[];
}

function lint(bin: string, files: string[] = ['.']): EslintResult[] {
  const result = spawnSync(
    process.execPath,
    [path.join(repo, 'node_modules', bin, 'bin/eslint.js'), '--format', 'json', ...files],
    { cwd: app, encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as EslintResult[];
}

function rows(results: EslintResult[]): [string, string, number, number][] {
  return results
    .flatMap((file) =>
      file.messages.map(
        (m) =>
          [path.relative(app, file.filePath), m.ruleId ?? 'fatal', m.line, m.column] as [
            string,
            string,
            number,
            number,
          ],
      ),
    )
    .sort((a, b) => a[0].localeCompare(b[0]) || a[2] - b[2] || a[3] - b[3]);
}

describe('the real eslint binary on test-fixtures/eslint-app (built plugin, user-style eslint.config.js)', () => {
  it.each([
    ['eslint', 10],
    ['eslint-v9', 9],
  ])('%s (ESLint %i) reports exactly the expected rules, lines and columns', (bin, major) => {
    const version = spawnSync(process.execPath, [path.join(repo, 'node_modules', bin, 'bin/eslint.js'), '--version'], {
      encoding: 'utf8',
    }).stdout;
    expect(version).toMatch(new RegExp(`^v${major}\\.`));
    expect(rows(lint(bin))).toEqual(expected);
  });

  it('reports the same hardcoded keys as the core text scan (what `keyward scan` runs) for each file', () => {
    for (const result of lint('eslint')) {
      const text = readFileSync(result.filePath, 'utf8');
      const fromScan = hardcodedKeyFindings(text, scanText(text, { path: result.filePath }), { file: 'x' }).map((f) => [
        f.line,
        f.column,
      ]);
      const fromEslint = result.messages
        .filter((m) => m.ruleId === 'keyward/no-hardcoded-key')
        .map((m) => [m.line, m.column]);
      expect(fromEslint, result.filePath).toEqual(fromScan);
    }
  });
});

describe('module formats', () => {
  it('yields the plugin through both import and require', async () => {
    const imported = (await import('eslint-plugin-keyward')).default;
    const required = createRequire(import.meta.url)('eslint-plugin-keyward');
    expect(imported.meta.namespace).toBe('keyward');
    expect(required.meta.namespace).toBe('keyward');
    expect(Object.keys(required.rules)).toEqual(Object.keys(imported.rules));
    expect(required.configs.recommended.name).toBe('keyward/recommended');
  });
});

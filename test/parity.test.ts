import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import {
  caseFiles,
  compareRows,
  eslintRows,
  expectations,
  materialise,
  rowKey,
  scanRows,
  verdictTable,
  type Row,
} from './helpers/parity.js';

// The design's first invariant: the same input gives the same findings in the editor and in CI. The parity
// corpus (test-fixtures/parity) goes through the real ESLint with the recommended config and through
// `keyward scan`; both must report the same rule, line, column and severity, and each case's verdict.

let root: string;
let eslint: Row[];
let scan: Row[];
const expected = expectations();

beforeAll(async () => {
  root = materialise();
  [eslint, scan] = [await eslintRows(root), await scanRows(root)];
  if (process.env['PARITY_TABLE']) writeFileSync(process.env['PARITY_TABLE'], verdictTable(expected, eslint, scan));
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the parity corpus', () => {
  it('has at least 40 cases, positive and negative, with suppressions and config', () => {
    const files = caseFiles();
    expect(files.length).toBeGreaterThanOrEqual(40);
    const positive = new Set(expected.map((row) => row.file));
    expect(positive.size).toBeGreaterThan(20);
    expect(files.length - positive.size).toBeGreaterThan(15);
  });

  it('ESLint and keyward scan report the same rule, line, column and severity', () => {
    expect(eslint.map((row) => rowKey(row))).toEqual(scan.map((row) => rowKey(row)));
  });

  it.each([
    ['ESLint', () => eslint],
    ['keyward scan', () => scan],
  ])('%s reports exactly the expected verdict of every case', (_name, rows) => {
    const reported = rows()
      .map((row) => rowKey(row, false))
      .sort();
    const wanted = [...expected]
      .sort(compareRows)
      .map((row) => rowKey(row, false))
      .sort();
    expect(reported).toEqual(wanted);
  });
});

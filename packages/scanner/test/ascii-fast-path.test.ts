import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '@keyward/core';
import { readText } from '../src/index.js';
import { fileScanContext, isOwnReport, scanContent, scanFile } from '../src/scan-file.js';
import { emptyStats } from '../src/stats.js';
import { generator } from '../../core/test/helpers/random.js';

// An ASCII file is searched for keywords in its bytes, and one without any keyword is counted without ever
// becoming a string. Whatever the path, the result must be what scanning its decoded text gives.

const g = generator(23);
let dir: string;
const files: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'keyward-ascii-'));
  const minified = `var a=${'[1,2,3],'.repeat(400)}0;`;
  Object.assign(files, {
    'plain.js': 'export const answer = 42;\n',
    'keyword-no-key.js': 'const key = lookup(name);\nexport default key;\n',
    'with-key.ts': `export const k = "lmif_live_${g.chars(32)}";\n`,
    'utf8-with-key.ts': `// résumé\nexport const k = "lmif_live_${g.chars(32)}";\n`,
    'node_modules/pkg/quiet.js': minified,
    'node_modules/pkg/noisy.js': `${minified}var apiKey="${g.chars(40)}";`,
    'app/bundle.js': minified,
    'report.json': JSON.stringify({
      version: 1,
      tool: 'keyward 0',
      findings: [{ fingerprint: g.chars(64, 'abcdef0123456789') }],
    }),
    'config.json': JSON.stringify({ name: 'app', private: true }),
    '.env': `VITE_LMIF_SECRET_KEY=${g.chars(32)}\n`,
    'big.txt': `${'lorem ipsum dolor sit amet\n'.repeat(2000)}done\n`,
  });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the text scan of ASCII bytes', () => {
  it('gives every file the findings and counts its decoded text gives', () => {
    const context = fileScanContext(DEFAULT_CONFIG, false);
    for (const name of Object.keys(files)) {
      const fast = emptyStats();
      const found = scanFile(path.join(dir, name), name, context, fast);
      const slow = emptyStats();
      const read = readText(path.join(dir, name), DEFAULT_CONFIG.maxFileSize);
      if (!('text' in read)) throw new Error(`${name} did not read as text`);
      let expected = scanContent(read.text, read.bytes, name, context, slow);
      if (isOwnReport(name, read.text)) {
        expected = expected.filter(
          (finding) =>
            finding.ruleId === 'no-hardcoded-key' && finding.confidence !== undefined && finding.confidence !== 'low',
        );
        if (expected.length === 0) slow.skipped['own-report']++;
      }
      expect({ name, found, stats: fast.skipped }).toEqual({ name, found: expected, stats: slow.skipped });
      expect([name, fast.filesScanned, fast.bytesScanned]).toEqual([name, slow.filesScanned, slow.bytesScanned]);
    }
  });

  it('still reports keys, skips minified vendor code and counts own reports', () => {
    const context = fileScanContext(DEFAULT_CONFIG, false);
    const stats = emptyStats();
    const found = Object.keys(files).flatMap((name) => scanFile(path.join(dir, name), name, context, stats));
    expect(found.filter((finding) => finding.detectorId === 'lmif-live-key').map((finding) => finding.file)).toEqual([
      'with-key.ts',
      'utf8-with-key.ts',
    ]);
    expect(found.some((finding) => finding.ruleId === 'no-public-env-secret')).toBe(true);
    expect(stats.skipped['minified-vendor']).toBe(2);
    expect(stats.skipped['own-report']).toBe(1);
    // an own report is read (and counted) before its findings are dropped
    expect(stats.filesScanned).toBe(Object.keys(files).length - 2);
  });
});

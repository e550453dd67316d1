import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../src/run.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'keyward-hostile-'));
  writeFileSync(path.join(dir, 'a.ts'), 'export const a = 1;\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile config: one line naming file and key, exit 2, nothing scanned', () => {
  it.each([
    ['keyward.config.json', '{ "ignore": [', /^keyward: keyward\.config\.json: is not valid JSON/],
    ['keyward.config.json', '{ "colour": "red" }', /^keyward: keyward\.config\.json: "colour" is not a known option/],
    [
      'keyward.config.json',
      '{ "maxFileSize": "5MB" }',
      /^keyward: keyward\.config\.json: "maxFileSize" must be a positive integer/,
    ],
    [
      'keyward.config.json',
      '{ "detectors": [{ "id": "x", "regex": "[", "keywords": ["x"] }] }',
      /^keyward: keyward\.config\.json: "detectors\[0\]\.regex" does not compile/,
    ],
    [
      'keyward.config.json',
      '{ "detectors": [{ "id": "x", "regex": "(a)\\\\1", "keywords": ["a"] }] }',
      /^keyward: keyward\.config\.json: "detectors\[0\]\.regex" is rejected/,
    ],
    ['keyward.config.json', '\uFEFF[1, 2]', /^keyward: keyward\.config\.json: must be an object/],
    ['keyward.config.mjs', 'throw new Error("nope")', /^keyward: keyward\.config\.mjs: threw while loading: nope/],
    [
      'keyward.config.mjs',
      'export default { failOn: ["high"] }',
      /^keyward: keyward\.config\.mjs: "failOn" must be one of/,
    ],
    ['keyward.config.js', 'export default 42', /^keyward: keyward\.config\.js: must be an object/],
    [
      'package.json',
      '{ "keyward": { "ignore": 3 } }',
      /^keyward: package\.json#keyward: "ignore" must be an array of strings/,
    ],
    ['package.json', '{ "keyward": ', /^keyward: package\.json: is not valid JSON/],
  ])('%s: %s', async (file, content, message) => {
    writeFileSync(path.join(dir, file), content);
    const result = await run(['scan', '--format', 'json'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('rejects a missing --config file', async () => {
    const result = await run(['scan', '--config', 'nope.json'], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(/nope\.json: not found/);
  });
});

describe('faults are notes, not tool failures', () => {
  it('a tree with a symlink loop, a FIFO and a binary file exits 0 with counted skips', async () => {
    const { symlinkSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    symlinkSync('loop-b', path.join(dir, 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'loop-b'));
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    writeFileSync(path.join(dir, 'img.png'), Buffer.from([0x89, 0x50, 0, 0]));
    const result = await run(['scan', '--format', 'json'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).summary.skipped).toMatchObject({ symlink: 2, 'not-a-file': 1, binary: 1 });
  });
});

describe('the SARIF writer on arbitrary findings', () => {
  it('always writes valid SARIF 2.1.0, whatever file names and messages hold', async () => {
    const fc = (await import('fast-check')).default;
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { default: Ajv } = await import('ajv-draft-04');
    const { sarifReport } = await import('../src/reporters/sarif.js');
    const { emptyStats } = await import('@keyward/scanner');
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(
      readFileSync(
        path.join(
          path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
          'lib/schemas/sarif-2.1.0-rtm.5.json',
        ),
        'utf8',
      ),
    );
    const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    const finding = fc.record({
      ruleId: fc.constantFrom('no-hardcoded-key', 'no-logged-credential'),
      detectorId: fc.option(fc.constantFrom('lmif-live-key', 'jwt', 'acme-custom'), { nil: undefined }),
      category: fc.constant('hardcoded-key' as const),
      severity: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
      file: fc
        .array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 })
        .map((parts) => parts.join('/')),
      line: fc.integer({ min: 1, max: 1e6 }),
      column: fc.integer({ min: 1, max: 1e4 }),
      endLine: fc.integer({ min: 1, max: 1e6 }),
      endColumn: fc.integer({ min: 1, max: 1e4 }),
      message: fc.string({ unit: 'grapheme', maxLength: 200 }),
      fingerprint: fc.stringMatching(/^[0-9a-f]{64}$/),
      redacted: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 20 }), (findings) => {
        const log = JSON.parse(
          sarifReport({
            findings: findings.map((f) =>
              Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)),
            ) as never,
            stats: emptyStats(),
            root: '/tmp/x y',
            baselined: 0,
            color: false,
            quiet: false,
          }),
        );
        expect(validate(log)).toBe(true);
        expect(log.runs[0].results).toHaveLength(findings.length);
      }),
      // each log carries 100+ rule descriptors and a full schema validation: a tenth of the fuzz budget
      { numRuns: Math.ceil(Number(process.env['KEYWARD_FUZZ_RUNS'] ?? 1000) / 10) },
    );
  }, 600_000);
});

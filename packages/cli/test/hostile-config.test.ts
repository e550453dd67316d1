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
    ['keyward.config.json', '{ "maxFileSize": "5MB" }', /^keyward: keyward\.config\.json: "maxFileSize" must be a positive integer/],
    ['keyward.config.json', '{ "detectors": [{ "id": "x", "regex": "[", "keywords": ["x"] }] }', /^keyward: keyward\.config\.json: "detectors\[0\]\.regex" does not compile/],
    ['keyward.config.json', '{ "detectors": [{ "id": "x", "regex": "(a|a)*b", "keywords": ["a"] }] }', /^keyward: keyward\.config\.json: "detectors\[0\]\.regex" is rejected/],
    ['keyward.config.json', '\uFEFF[1, 2]', /^keyward: keyward\.config\.json: must be an object/],
    ['keyward.config.mjs', 'throw new Error("nope")', /^keyward: keyward\.config\.mjs: threw while loading: nope/],
    ['keyward.config.mjs', 'export default { failOn: ["high"] }', /^keyward: keyward\.config\.mjs: "failOn" must be one of/],
    ['keyward.config.js', 'export default 42', /^keyward: keyward\.config\.js: must be an object/],
    ['package.json', '{ "keyward": { "ignore": 3 } }', /^keyward: package\.json#keyward: "ignore" must be an array of strings/],
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

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../src/run.js';
import { generator } from '../../core/test/helpers/random.js';

// What any CI can use on a checkout it does not trust: JS configs never run (--no-js-config), no baseline is
// read unless named (--no-baseline), file names after `--` are data, explicit paths do not reach out of the
// root through symlinks, and terminal text shows control characters as escapes.
const g = generator(2026);
const key = () => `lmif_live_${g.chars(32)}`;
let dir: string;
let outside: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'keyward-untrusted-'));
  outside = mkdtempSync(path.join(tmpdir(), 'keyward-outside-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const json = async (...args: string[]) => {
  const result = await run(['scan', '--format', 'json', '--no-semantic', ...args], { cwd: dir });
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
};

describe('--no-js-config', () => {
  it('never runs a JS config from the checkout, names it, and falls back to the next config', async () => {
    const marker = path.join(outside, 'ran');
    write(
      'keyward.config.mjs',
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\nexport default { ignore: ['**'] };\n`,
    );
    write('package.json', JSON.stringify({ name: 'app', keyward: { failOn: 'high' } }));
    write('src/a.ts', `export const k = "${key()}";\n`);
    const result = await json('--no-js-config');
    expect(existsSync(marker)).toBe(false);
    expect(result.report.findings).toHaveLength(1);
    expect(result.stderr).toContain('keyward.config.mjs not loaded');
    // without the switch it runs, as documented for local use
    await json();
    expect(existsSync(marker)).toBe(true);
  });

  it('refuses an explicit JS config', async () => {
    write('ci.config.js', 'export default {};\n');
    const result = await json('--no-js-config', '--config', 'ci.config.js');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('ci.config.js: is JavaScript');
  });
});

describe('--no-baseline', () => {
  it('ignores a baseline named by the config', async () => {
    const secret = key();
    write('src/a.ts', `export const k = "${secret}";\n`);
    write('keyward.config.json', JSON.stringify({ baseline: 'bl.json' }));
    await run(['baseline', '--output', 'bl.json', '--no-semantic'], { cwd: dir });
    expect((await json()).report.findings).toHaveLength(0);
    expect((await json('--no-baseline')).report.findings).toHaveLength(1);
  });
});

describe('file names are data', () => {
  it.each([['--baseline=bl.json'], ['--show-secrets'], ['--'], ['--workers=99'], ['-q']])(
    'a file named %s after `--` is scanned as a file',
    async (name) => {
      const secret = key();
      write(name, `token: ${secret}\n`);
      write('bl.json', '{"version":1,"tool":"x","findings":[]}');
      const result = await json('--', name);
      expect(result.exitCode).toBe(1);
      expect(result.report.findings.map((f: { file: string }) => f.file)).toEqual([name]);
      expect(result.stdout).not.toContain(secret);
    },
  );
});

describe('no reads outside the root', () => {
  it('does not follow an explicit path that is a symlink out of the root, or runs through one', async () => {
    writeFileSync(path.join(outside, 'secret.ts'), `export const k = "${key()}";\n`);
    symlinkSync(path.join(outside, 'secret.ts'), path.join(dir, 'leak.ts'));
    symlinkSync(outside, path.join(dir, 'linked'));
    write('inside.ts', 'export const ok = 1;\n');
    symlinkSync(path.join(dir, 'inside.ts'), path.join(dir, 'alias.ts'));
    const result = await json('leak.ts', 'linked', 'linked/secret.ts', 'alias.ts');
    expect(result.report.findings).toEqual([]);
    expect(result.report.summary.skipped.symlink).toBe(3);
    expect(result.report.summary.filesScanned).toBe(1);
  });
});

describe('terminal text', () => {
  it('shows control and bidi characters in file names as escapes', async () => {
    const name = 'a\u001b[2J\u001b[1A\u202ez.ts';
    write(name, `export const k = "${key()}";\n`);
    const result = await run(['scan', '--no-semantic', '--no-color'], { cwd: dir });
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u202e');
    expect(result.stdout).toContain('a\\x1b[2J\\x1b[1A\\u202ez.ts');
  });
});

describe('unexpected errors', () => {
  it('redact any key a library quotes in its message', async () => {
    const { describeErrorSafely } = await import('../src/errors.js');
    const secret = key();
    const message = await describeErrorSafely(new SyntaxError(`Unexpected token in JSON at "${secret}"`));
    expect(message).toMatch(/^internal error: /);
    expect(message).not.toContain(secret.slice(10, 20));
  });
});

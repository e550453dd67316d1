import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/run.js';
import { generator } from '../../core/test/helpers/random.js';

// `keyward init` in temporary repositories: what it writes, what it keeps byte for byte, and how it fits a hook
// manager that is already there. The last test commits through a real husky 9 hook.

const g = generator(1105);
const key = () => `lmif_live_${g.chars(32)}`;
const monorepo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../bin/keyward.js', import.meta.url));
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}
function write(file: string, content: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), content);
}
const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');
const init = (...args: string[]) => run(['init', ...args], { cwd: repo });

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'keyward-init-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.invalid');
  git('config', 'user.name', 'Dev');
  git('config', 'commit.gpgsign', 'false');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('keyward init: the husky hook', () => {
  it('writes `keyward staged` (husky 9 puts node_modules/.bin on PATH), not `npx keyward staged`', async () => {
    write('package.json', '{ "name": "app" }\n');
    expect((await init()).exitCode).toBe(0);
    expect(read('.husky/pre-commit')).toBe('keyward staged\n');
    expect(statSync(path.join(repo, '.husky/pre-commit')).mode & 0o111).not.toBe(0);
  });

  it('adds its line before a trailing `exit`, and a second run has nothing to do', async () => {
    write('package.json', '{ "name": "app" }\n');
    write('.husky/pre-commit', 'npm test\n\nexit 0\n');
    await init();
    expect(read('.husky/pre-commit')).toBe('npm test\n\nkeyward staged\nexit 0\n');
    const second = await init();
    expect(second.stdout).toContain('nothing to do');
    expect(read('.husky/pre-commit')).toBe('npm test\n\nkeyward staged\nexit 0\n');
  });

  it('adds its line before a trailing `exec` (it replaces the shell), keeping CRLF line endings', async () => {
    write('package.json', '{ "name": "app" }\n');
    write('.husky/pre-commit', 'npm run typecheck\r\nexec npm test\r\n# the end\r\n');
    await init();
    expect(read('.husky/pre-commit')).toBe('npm run typecheck\r\nkeyward staged\r\nexec npm test\r\n# the end\r\n');
  });

  it('appends to a hook with no trailing exit, even without a final newline', async () => {
    write('package.json', '{ "name": "app" }\n');
    write('.husky/pre-commit', 'if [ -n "$CI" ]; then\n  exit 0\nfi\nnpm test');
    await init();
    expect(read('.husky/pre-commit')).toBe('if [ -n "$CI" ]; then\n  exit 0\nfi\nnpm test\nkeyward staged\n');
  });

  it('leaves a hook that already runs keyward staged (in any spelling) alone', async () => {
    write(
      'package.json',
      '{ "name": "app", "scripts": { "prepare": "husky" }, "devDependencies": { "husky": "^9", "keyward": "^0" } }',
    );
    write('.husky/pre-commit', 'npx keyward staged --fail-on high\n');
    write('.gitignore', '.env\n');
    write('keyward.config.json', '{}');
    expect((await init()).stdout).toContain('nothing to do');
    expect(read('.husky/pre-commit')).toBe('npx keyward staged --fail-on high\n');
  });

  it('--dry-run says what it would change and changes nothing', async () => {
    write('package.json', '{ "name": "app" }\n');
    const dry = await init('--dry-run');
    expect(dry.stdout).toContain('would update .husky/pre-commit');
    expect(existsSync(path.join(repo, '.husky'))).toBe(false);
    expect(read('package.json')).toBe('{ "name": "app" }\n');
  });
});

describe('keyward init: package.json is edited as text', () => {
  it('keeps everything else byte for byte: big integers, 1.50, CRLF, tabs, escapes, key order', async () => {
    const before = [
      '{',
      '\t"name": "app",',
      '\t"build": 12345678901234567890123,',
      '\t"ratio": 1.50,',
      '\t"label": "caf\\u00e9 \\/ ok",',
      '\t"scripts": {',
      '\t\t"test": "vitest",',
      '\t\t"lint": "eslint ."',
      '\t},',
      '\t"zeta": [1, 2.0, {"a": null}]',
      '}',
    ].join('\r\n');
    write('package.json', before);
    expect((await init()).exitCode).toBe(0);
    const after = [
      '{',
      '\t"name": "app",',
      '\t"build": 12345678901234567890123,',
      '\t"ratio": 1.50,',
      '\t"label": "caf\\u00e9 \\/ ok",',
      '\t"scripts": {',
      '\t\t"test": "vitest",',
      '\t\t"lint": "eslint .",',
      '\t\t"prepare": "husky"',
      '\t},',
      '\t"zeta": [1, 2.0, {"a": null}],',
      '\t"devDependencies": {',
      '\t\t"husky": "^9.1.7",',
      `\t\t"keyward": "^${JSON.parse(readFileSync(path.join(monorepo, 'packages/cli/package.json'), 'utf8')).version}"`,
      '\t}',
      '}',
    ].join('\r\n');
    expect(read('package.json')).toBe(after);
    expect((await init()).stdout).toContain('nothing to do');
  });

  it('adds to objects written on one line, or empty, and extends an existing prepare script', async () => {
    write(
      'package.json',
      '{\n    "name": "app",\n    "scripts": {"prepare":"tsc -b"},\n    "devDependencies": {}\n}\n',
    );
    await init();
    expect(read('package.json')).toBe(
      '{\n    "name": "app",\n    "scripts": {"prepare":"tsc -b && husky"},\n    "devDependencies": {\n' +
        `        "husky": "^9.1.7",\n        "keyward": "${JSON.parse(read('package.json')).devDependencies.keyward}"\n    }\n}\n`,
    );
  });

  it('keeps a byte-order mark and edits the rest', async () => {
    write('package.json', '\uFEFF{\n  "name": "app"\n}\n');
    expect((await init()).exitCode).toBe(0);
    const text = read('package.json');
    expect(text.startsWith('\uFEFF{\n  "name": "app",\n  "scripts": {\n    "prepare": "husky"\n  },')).toBe(true);
  });

  for (const [label, scripts] of [
    ['a string', '"npm test"'],
    ['an array', '["vitest"]'],
    ['null', 'null'],
  ] as const) {
    it(`refuses a \`scripts\` that is ${label}, says why, and changes nothing`, async () => {
      const text = `{ "name": "app", "scripts": ${scripts} }\n`;
      write('package.json', text);
      const result = await init();
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(`"scripts" is ${label}, not an object`);
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(read('package.json')).toBe(text);
      expect(existsSync(path.join(repo, '.husky'))).toBe(false);
      expect(existsSync(path.join(repo, 'keyward.config.json'))).toBe(false);
    });
  }

  it('never echoes the file in an error: a broken package.json holding a key', async () => {
    const secret = key();
    write('package.json', `{ "name": "app", "scripts": { "deploy": "TOKEN=${secret} deploy" }, }\n`);
    const result = await init();
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^keyward: package\.json is not valid JSON \(line 1, column \d+\)/);
    expect(result.stderr).not.toContain('lmif_live_');
    expect(result.stderr).not.toContain('deploy');
  });

  it('never echoes the file in an error: a byte-order mark before broken JSON', async () => {
    const secret = key();
    write('package.json', `\uFEFF{ "name": "app", "token": "${secret}"\n`);
    const result = await init();
    expect(result.exitCode).toBe(2);
    expect(result.stderr).not.toContain(secret.slice(10));
    expect(result.stderr).not.toContain('"name"');
  });
});

describe('keyward init next to other hook managers', () => {
  it('lint-staged already running keyward staged: no second hook line, and it says so', async () => {
    write('package.json', '{ "name": "app" }\n');
    write('.husky/pre-commit', 'npx lint-staged\n');
    write('lint-staged.config.js', 'export default { "*": () => "keyward staged" };\n');
    const result = await init();
    expect(read('.husky/pre-commit')).toBe('npx lint-staged\n');
    expect(result.stdout).toContain('lint-staged already runs keyward staged (lint-staged.config.js)');
  });

  it('lint-staged running keyward on file names: says it scans the work tree and how to fix it', async () => {
    write('package.json', '{ "name": "app", "lint-staged": { "*.ts": "keyward scan" } }\n');
    const result = await init();
    expect(result.stdout).toContain('lint-staged runs keyward on the file names');
    expect(result.stdout).toContain('() => "keyward staged"');
    expect(existsSync(path.join(repo, '.husky/pre-commit'))).toBe(false);
  });

  it('the pre-commit framework: husky is not set up (it would bypass that hook); prints the config entry', async () => {
    const pkg = '{ "name": "app" }\n';
    write('package.json', pkg);
    write('.pre-commit-config.yaml', 'repos: []\n');
    const result = await init();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('uses the pre-commit framework');
    expect(result.stdout).toMatch(/- repo: \S+\n {4}rev: v\d+\.\d+\.\d+\n {4}hooks:\n {6}- id: keyward/);
    expect(read('package.json')).toBe(pkg);
    expect(existsSync(path.join(repo, '.husky'))).toBe(false);
    expect(() => git('config', 'core.hooksPath')).toThrow();
    expect(read('.gitignore')).toContain('.env');
  });

  it('an installed pre-commit framework hook, without package.json: config and .gitignore only', async () => {
    const hook = path.join(repo, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\nexec true\n');
    chmodSync(hook, 0o755);
    const result = await init();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('its hook is installed');
    expect(existsSync(path.join(repo, 'package.json'))).toBe(false);
    expect(existsSync(path.join(repo, 'keyward.config.json'))).toBe(true);
  });

  it('the pre-commit framework already running keyward: says so', async () => {
    write('package.json', '{ "name": "app" }\n');
    write(
      '.pre-commit-config.yaml',
      'repos:\n  - repo: https://example.invalid/keyward\n    rev: v1\n    hooks:\n      - id: keyward\n',
    );
    expect((await init()).stdout).toContain('the pre-commit framework already runs keyward');
  });

  it('a custom core.hooksPath: left alone, with the line to add and how to switch to husky', async () => {
    write('package.json', '{ "name": "app" }\n');
    git('config', 'core.hooksPath', '.githooks');
    const result = await init();
    expect(result.stdout).toContain('core.hooksPath is set to .githooks (local git config)');
    expect(result.stdout).toContain('.githooks/pre-commit');
    expect(result.stdout).toContain('npx keyward staged');
    expect(git('config', 'core.hooksPath').trim()).toBe('.githooks');
    expect(read('package.json')).toBe('{ "name": "app" }\n');

    write('.githooks/pre-commit', 'npx keyward staged\n');
    expect((await init()).stdout).toContain('already runs keyward staged');
  });

  it("husky's own core.hooksPath is not custom", async () => {
    write('package.json', '{ "name": "app" }\n');
    git('config', 'core.hooksPath', '.husky/_');
    await init();
    expect(read('.husky/pre-commit')).toBe('keyward staged\n');
  });

  it('a hand-written .git/hooks/pre-commit: not switched off silently', async () => {
    write('package.json', '{ "name": "app" }\n');
    const hook = path.join(repo, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\nmake check\n');
    chmodSync(hook, 0o755);
    const result = await init();
    expect(result.stdout).toContain('.git/hooks/pre-commit is a hook husky would switch off');
    expect(existsSync(path.join(repo, '.husky'))).toBe(false);
  });
});

describe('keyward init, then a real commit through husky 9', () => {
  it('blocks a commit with a fake key and lets a clean one pass; the hook runs `keyward staged` from PATH', async () => {
    write('package.json', '{\n  "name": "app",\n  "private": true\n}\n');
    write('.husky/pre-commit', 'echo checked > .husky-ran\nexit 0\n');
    await init();
    // what `npm install` would set up: husky and keyward in node_modules (linked from this monorepo)
    mkdirSync(path.join(repo, 'node_modules/.bin'), { recursive: true });
    symlinkSync(path.join(monorepo, 'node_modules/husky'), path.join(repo, 'node_modules/husky'));
    symlinkSync(bin, path.join(repo, 'node_modules/.bin/keyward'));
    const prepare = spawnSync(process.execPath, [path.join(repo, 'node_modules/husky/bin.js')], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(prepare.status).toBe(0);
    expect(git('config', 'core.hooksPath').trim()).toBe('.husky/_');

    const secret = key();
    write('src/client.ts', `export const key = "${secret}";\n`);
    git('add', 'src', 'package.json', '.husky/pre-commit');
    const blocked = spawnSync('git', ['commit', '-m', 'add client'], { cwd: repo, encoding: 'utf8' });
    const output = blocked.stdout + blocked.stderr;
    expect(blocked.status).toBe(1);
    expect(output).toContain('Commit blocked');
    expect(output).toContain('src/client.ts');
    expect(output).not.toContain(secret);
    expect(output).not.toContain('command not found');
    expect(existsSync(path.join(repo, '.husky-ran'))).toBe(true);
    expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: repo }).status).not.toBe(0);

    write('src/client.ts', 'export const key = process.env.LMIF_API_KEY;\n');
    git('add', 'src');
    const passed = spawnSync('git', ['commit', '-qm', 'add client'], { cwd: repo, encoding: 'utf8' });
    expect(passed.status).toBe(0);
    expect(git('log', '--format=%s').trim()).toBe('add client');
  });
});

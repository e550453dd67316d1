import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../src/index.js';
import { fake } from './tester.js';

// The plugin reads the keyward.config.json the CLI reads, so a disabled detector, an allowed key, a custom
// detector, a sanitizer, a client entry or an ignored path means the same in the editor as in CI.

const live = fake.lmifLive();
const other = fake.lmifLive();
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'keyward-eslint-config-'));
  // the plugin looks at the config files at most once a second: each write below lets a second pass
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

function write(file: string, text: string, { wait = true } = {}): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
  if (wait) vi.setSystemTime(Date.now() + 1000);
}

function lint(code: string, file = 'src/app.ts', settings: Record<string, unknown> = {}): [string, number][] {
  const linter = new Linter({ configType: 'flat', cwd: dir });
  return linter
    .verify(
      code,
      [
        { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser }, settings },
        { ...plugin.configs.recommended, files: ['**/*.ts'] },
      ],
      path.join(dir, file),
    )
    .map((message) => {
      if (message.fatal) throw new Error(message.message);
      return [message.ruleId ?? 'fatal', message.line];
    });
}

describe('eslint-plugin-keyward reads keyward.config.json', () => {
  it('without a config, reports with the defaults', () => {
    expect(lint(`export const key = '${live}';`)).toEqual([['keyward/no-hardcoded-key', 1]]);
  });

  it('honours disable: a disabled detector reports in no rule', () => {
    write('keyward.config.json', JSON.stringify({ disable: ['lmif-live-key'] }));
    expect(lint(`'use client';\nexport const key = '${live}';\nconsole.log(key);`)).toEqual([]);
  });

  it('honours allow: the allowed key is silent, another key still reports', () => {
    write('keyward.config.json', JSON.stringify({ allow: { 'lmif-live-key': [live] } }));
    expect(lint(`export const a = '${live}';\nexport const b = '${other}';`)).toEqual([
      ['keyward/no-hardcoded-key', 2],
    ]);
  });

  it('runs custom detectors', () => {
    write(
      'keyward.config.json',
      JSON.stringify({ detectors: [{ id: 'acme-token', regex: 'acme_[a-z0-9]{24}', keywords: ['acme_'] }] }),
    );
    expect(lint(`export const t = 'acme_${fake.token(24).toLowerCase()}';`)).toEqual([['keyward/no-hardcoded-key', 1]]);
  });

  it('uses the config sanitizers', () => {
    const code =
      'const scrub = (value: unknown) => value;\nconst headers = { Authorization: `Bearer ${process.env.LMIF_API_KEY}` };\nconsole.log(scrub(headers));';
    expect(lint(code)).toEqual([['keyward/no-logged-credential', 3]]);
    write('keyward.config.json', JSON.stringify({ sanitizers: ['redact', 'scrub'] }));
    expect(lint(code)).toEqual([]);
  });

  it('treats clientEntries as client modules', () => {
    const code = 'export const key = process.env.LMIF_API_KEY;';
    expect(lint(code, 'widgets/embed.ts')).toEqual([]);
    write('keyward.config.json', JSON.stringify({ clientEntries: ['widgets/**'] }));
    expect(lint(code, 'widgets/embed.ts')).toEqual([['keyward/no-client-side-key', 1]]);
  });

  it('leaves files matched by ignore alone', () => {
    write('keyward.config.json', JSON.stringify({ ignore: ['generated/**'] }));
    expect(lint(`export const key = '${live}';`, 'generated/keys.ts')).toEqual([]);
    expect(lint(`export const key = '${live}';`, 'src/keys.ts')).toEqual([['keyward/no-hardcoded-key', 1]]);
  });

  it('reads a keyward key of package.json and a JS config', () => {
    write('package.json', JSON.stringify({ name: 'app', keyward: { disable: ['lmif-live-key'] } }));
    expect(lint(`export const key = '${live}';`)).toEqual([]);
    write('keyward.config.mjs', `export default { allow: { '*': ['${other}'] } };`);
    expect(lint(`export const a = '${live}';\nexport const b = '${other}';`)).toEqual([
      ['keyward/no-hardcoded-key', 1],
    ]);
  });

  it('reads the file settings.keyward.config names, with globs relative to it', () => {
    write('config/keyward.json', JSON.stringify({ clientEntries: ['widgets/**'], disable: ['lmif-live-key'] }));
    const settings = { keyward: { config: 'config/keyward.json' } };
    expect(lint(`export const key = '${live}';`, 'src/a.ts', settings)).toEqual([]);
    expect(lint('export const k = process.env.LMIF_API_KEY;', 'config/widgets/x.ts', settings)).toEqual([
      ['keyward/no-client-side-key', 1],
    ]);
  });

  it('reads the config again when it changes, looking at most once a second', () => {
    write('keyward.config.json', JSON.stringify({ disable: ['lmif-live-key'] }));
    expect(lint(`export const key = '${live}';`)).toEqual([]);
    write('keyward.config.json', JSON.stringify({ disable: [] }), { wait: false });
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(dir, 'keyward.config.json'), later, later);
    // within the second: the config as last read, no file looked at again
    vi.setSystemTime(Date.now() + 500);
    expect(lint(`export const key = '${live}';`)).toEqual([]);
    vi.setSystemTime(Date.now() + 600);
    expect(lint(`export const key = '${live}';`)).toEqual([['keyward/no-hardcoded-key', 1]]);
    // a config file removed, and one in package.json instead, are noticed the same way
    rmSync(path.join(dir, 'keyward.config.json'));
    write('package.json', JSON.stringify({ keyward: { disable: ['lmif-live-key'] } }));
    expect(lint(`export const key = '${live}';`)).toEqual([]);
  });

  it('stops with the same error as the CLI on an invalid config, without echoing its content', () => {
    write('keyward.config.json', JSON.stringify({ disable: ['no-such-detector'] }));
    expect(() => lint('export {};')).toThrow('keyward.config.json: "disable[0]" names no detector');
    write('keyward.config.json', `{ "allow": { "*": ["${live}"] }, }`);
    let message = '';
    try {
      lint('export {};');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/keyward\.config\.json: is not valid JSON/);
    expect(message).not.toContain(live.slice(0, 14));
    expect(() => lint('export {};', 'src/a.ts', { keyward: { config: 'missing.json' } })).toThrow(
      'missing.json: not found',
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFinding, envNameFor, helpFor, detectors, type Finding } from '@keyward/core';
import { run } from '../src/run.js';
import { codeFrame, codeFrames, splitLines } from '../src/reporters/code-frame.js';
import { generator } from '../../core/test/helpers/random.js';

// The text report as a person reads it, through the built bin in temporary repositories: a redacted code frame
// under each finding, one entry per span, advice that fits the place, colours as the environment asks.

const bin = fileURLToPath(new URL('../bin/keyward.js', import.meta.url));
const g = generator(4242);
const live = `lmif_live_${g.chars(32)}`;
const sandbox = `lmif_test_${g.chars(32)}`;
const password = `${g.chars(12)}9Q`;
let repo: string;

const keyward = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: repo, ...env },
  });

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'keyward-text-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.invalid');
  git('config', 'user.name', 'T');
  write('.env.production', `# production\nLMIF_API_KEY=${sandbox}\nDATABASE_URL=postgres://app:${password}@db/app\n`);
  write('src/client.ts', `import { make } from './make';\nexport const client = make('${live}', 'use client');\n`);
  write('src/far.ts', `${'\n'.repeat(12344)}${' '.repeat(1233)}export const k = '${live}';\n`);
  write('gone.ts', `export const old = '${live}';\n`);
  git('add', '.');
  git('commit', '-qm', 'keys', '--no-verify');
  git('rm', '-q', 'gone.ts');
  git('commit', '-qm', 'remove', '--no-verify');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('keyward scan, text', () => {
  it('one entry for one span several rules hit, with every rule named', () => {
    const out = keyward(['scan', '.env.production', '--no-semantic']).stdout;
    const entries = out.split('\n').filter((line) => /^ {2}2:14 /.test(line));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toContain('env-mismatch/lmif-test-key, no-hardcoded-key/lmif-test-key');
    // the summary still counts findings
    expect(out).toMatch(/✖ 4 findings/);
  });

  it('a code frame under each finding, the key redacted and marked, nothing secret on it', () => {
    const out = keyward(['scan', '.env.production', 'src/client.ts', '--no-semantic']).stdout;
    expect(out).toContain(`2 │ LMIF_API_KEY=${sandbox.slice(0, 14)}…`);
    expect(out).toMatch(/\n {8}│ {14}\^{15}\n/);
    expect(out).toContain(`2 │ export const client = make('${live.slice(0, 14)}…', 'use client');`);
    for (const secret of [live, sandbox, password]) {
      expect(out).not.toContain(secret);
      expect(out).not.toContain(secret.slice(-10));
    }
  });

  it('a space between column and severity at any width', () => {
    const out = keyward(['scan', 'src/far.ts', '--no-semantic']).stdout;
    expect(out).toMatch(/^ {2}12345:1252 high /m);
    // a frame of a line wider than the terminal shows a window around the key
    const frame = out.split('\n').find((line) => line.includes('12345 │'))!;
    expect(frame.length).toBeLessThan(140);
  });

  it('advice fits the place: no process.env in a .env file or for history', () => {
    const env = keyward(['scan', '.env.production', '--no-semantic']).stdout;
    expect(env).toContain('keep .env.production out of git');
    expect(env).not.toContain('process.env');
    const code = keyward(['scan', 'src/client.ts', '--no-semantic']).stdout;
    expect(code).toContain('process.env.LMIF_API_KEY');
    const history = keyward(['history', '--all']);
    expect(history.stdout).toContain('gone.ts');
    expect(history.stdout).not.toContain('process.env');
    // the frame of a file deleted at HEAD comes from the commit that added it
    expect(history.stdout).toContain(`1 │ export const old = '${live.slice(0, 14)}…';`);
    expect(history.stdout).not.toContain(live);
  });

  it('staged: the frame shows the staged text, not the working tree', () => {
    write('src/staged.ts', `export const staged = '${live}';\n`);
    execFileSync('git', ['add', 'src/staged.ts'], { cwd: repo });
    write('src/staged.ts', `// changed since\n\nexport const staged = process.env.KEY;\n`);
    const out = keyward(['staged', '--no-semantic']).stdout;
    expect(out).toContain(`1 │ export const staged = '${live.slice(0, 14)}…';`);
    execFileSync('git', ['reset', '-q', '--', 'src/staged.ts'], { cwd: repo });
  });

  it('FORCE_COLOR and NO_COLOR are honoured, the flags win', () => {
    const colour = (args: string[], env: Record<string, string>) =>
      keyward(['scan', 'src/client.ts', '--no-semantic', ...args], env).stdout.includes('\x1b[');
    expect(colour([], {})).toBe(false); // not a TTY
    expect(colour([], { FORCE_COLOR: '1' })).toBe(true);
    expect(colour([], { FORCE_COLOR: '' })).toBe(true);
    expect(colour([], { FORCE_COLOR: '0' })).toBe(false);
    expect(colour([], { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colour(['--no-color'], { FORCE_COLOR: '1' })).toBe(false);
    expect(colour(['--color'], { NO_COLOR: '1' })).toBe(true);
  });

  it('on a TTY, NO_COLOR turns colours off and FORCE_COLOR=0 too', async () => {
    const tty = async (env: Record<string, string>) =>
      (await run(['scan', 'src/client.ts', '--no-semantic'], { cwd: repo, stdoutIsTTY: true, env })).stdout.includes(
        '\x1b[',
      );
    expect(await tty({})).toBe(true);
    expect(await tty({ NO_COLOR: '1' })).toBe(false);
    expect(await tty({ FORCE_COLOR: '0' })).toBe(false);
  });
});

/** A finding on `line` at [column, endColumn) of a single line. */
function at(line: number, column: number, endColumn: number, detectorId?: string, redacted = '…'): Finding {
  return createFinding({
    ruleId: detectorId ? 'no-hardcoded-key' : 'no-logged-credential',
    ...(detectorId ? { detectorId } : {}),
    file: 'src/a.ts',
    line,
    column,
    endLine: line,
    endColumn,
    message: 'm',
    identity: 'x',
    redacted,
  });
}

describe('code frames mask what could be secret', () => {
  const frameOf = (source: string, finding: Finding, file = 'src/a.ts') => {
    const moved = { ...finding, file };
    return codeFrame(splitLines(source), moved, [moved]);
  };

  it('a key split across literals shows no more than four characters of each part', () => {
    const head = g.chars(12);
    const tail = g.chars(20);
    const frame = frameOf(`const key = '${head}' + '${tail}';`, at(1, 7, 10))!;
    expect(frame.line).toBe(`const key = '${head.slice(0, 3)}…' + '${tail.slice(0, 4)}…';`);
  });

  it('masks literals but keeps prose, names and module paths', () => {
    const head = g.chars(12);
    const tail = g.chars(20);
    const text = `import { x } from './lib/http';\nconsole.log('use client', 'Bearer ' + '${head}' + '${tail}', LMIF_API_KEY);\n`;
    const frame = frameOf(text, at(2, 1, 12))!;
    expect(frame.line).toContain("'use client'");
    expect(frame.line).toContain("'Bearer '");
    expect(frame.line).toContain('LMIF_API_KEY');
    expect(frame.line).not.toContain(head.slice(4));
    expect(frame.line).not.toContain(tail.slice(4, 12));
    expect(frame.caret).toBe('^'.repeat(11));
  });

  it('in config and .env values, and in template literals but not their ${} code', () => {
    const secret = g.chars(24);
    const env = frameOf(`SESSION_SECRET=${secret} # set by ops`, at(1, 1, 15), '.env')!;
    expect(env.line).toMatch(/^SESSION_SECRET=[^ ]{1,5}… # set by ops$/);
    const url = frameOf(`url: postgres://app:${secret}@db:5432/app`, at(1, 1, 4), 'config.yaml')!;
    expect(url.line).not.toContain(secret.slice(4, 12));
    const template = frameOf(`fetch(url, { headers: { x: \`Bearer \${process.env.API_TOKEN}\` } });`, at(1, 1, 6))!;
    expect(template.line).toContain('${process.env.API_TOKEN}');
  });

  it('a key the text scan found shows as its redacted form, with the caret under it', () => {
    const key = `lmif_live_${g.chars(32)}`;
    const line = `  const client = new Lmif({ apiKey: '${key}' });`;
    const column = line.indexOf(key) + 1;
    const finding = at(1, column, column + key.length, 'lmif-live-key', `${key.slice(0, 14)}…`);
    const frame = frameOf(line, finding)!;
    expect(frame.line).toBe(`  const client = new Lmif({ apiKey: '${key.slice(0, 14)}…' });`);
    expect(frame.caret).toBe(`${' '.repeat(column - 1)}${'^'.repeat(15)}`);
  });

  it('control characters are escaped, a minified line is a window around the finding', () => {
    const escaped = frameOf('const a = 1; // \u001b[2J', at(1, 7, 8))!;
    expect(escaped.line).toContain('\\x1b');
    const key = `lmif_live_${g.chars(32)}`;
    const minified = `${'a=1;'.repeat(5000)}var k="${key}";${'b=2;'.repeat(5000)}`;
    const column = minified.indexOf(key) + 1;
    const frame = frameOf(minified, at(1, column, column + key.length, 'lmif-live-key', `${key.slice(0, 14)}…`))!;
    expect(frame.line.length).toBeLessThanOrEqual(102);
    expect(frame.line).toContain(`var k="${key.slice(0, 14)}…"`);
    expect(frame.line.slice(frame.caret!.indexOf('^'), frame.caret!.length)).toBe(`${key.slice(0, 14)}…`);
  });
  it('many findings on one minified line: each frame shows its own key redacted and no other in full', () => {
    const keys = Array.from({ length: 300 }, () => `lmif_live_${g.chars(32)}`);
    const line = `var a=[${keys.map((key) => `"${key}"`).join(',')}];`;
    const findings = keys.map((key) => {
      const column = line.indexOf(key) + 1;
      return at(1, column, column + key.length, 'lmif-live-key', `${key.slice(0, 14)}…`);
    });
    const lines = splitLines(line);
    const frameOf = codeFrames(lines, findings);
    for (const [i, finding] of findings.entries()) {
      const frame = frameOf(finding)!;
      // masking the line once for all its findings shows what masking it for each one does
      expect(frame).toEqual(codeFrame(lines, finding, findings));
      expect(frame.line.slice(frame.caret!.indexOf('^'), frame.caret!.length)).toBe(`${keys[i]!.slice(0, 14)}…`);
      expect(keys.filter((key) => frame.line.includes(key.slice(14, 24)))).toEqual([]);
    }
  });
});

describe('advice by place', () => {
  const lmif = detectors.find((detector) => detector.id === 'lmif-live-key')!;

  it('says where the new key belongs for code, a .env file, history and a bundle', () => {
    expect(helpFor(lmif)).toContain('process.env.LMIF_API_KEY');
    for (const place of ['env-file', 'history', 'bundle'] as const)
      expect(helpFor(lmif, undefined, place)).not.toContain('process.env');
    expect(helpFor(lmif, undefined, 'history')).toContain('stays in the history');
  });

  it('never suggests a public-prefixed variable for a secret', () => {
    expect(envNameFor('VITE_STRIPE_SECRET_KEY')).toBe('STRIPE_SECRET_KEY');
    expect(envNameFor('NEXT_PUBLIC_apiToken')).toBe('API_TOKEN');
    expect(envNameFor('apiKey')).toBe('API_KEY');
    expect(envNameFor('VITE_')).toBe('VITE');
  });
});

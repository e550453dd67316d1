import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/run.js';
import { COMMANDS, OPTIONS, optionsOf } from '../src/option-table.js';
import { closest } from '../src/did-you-mean.js';
import { generator } from '../../core/test/helpers/random.js';

const bin = fileURLToPath(new URL('../bin/keyward.js', import.meta.url));
const key = `lmif_live_${generator(14).chars(32)}`;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'keyward-usage-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (stderr: string) => stderr.trim().split('\n');

describe('per-command help', () => {
  it.each(COMMANDS.map((command) => [command]))('keyward %s --help lists every option it takes', async (command) => {
    for (const argv of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
    ]) {
      const result = await run(argv, { cwd: dir });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(`Usage: keyward ${command}`);
      for (const option of optionsOf(command)) {
        expect(result.stdout).toContain(`--${option.name}`);
        if (option.short) expect(result.stdout).toContain(`-${option.short}, --${option.name}`);
      }
      // and none it does not take
      for (const option of OPTIONS.filter((entry) => !entry.commands.includes(command)))
        expect(result.stdout).not.toMatch(new RegExp(`--${option.name}\\b(?!-)`));
    }
  });

  it('keyward --help names each command and how to get its options', async () => {
    const result = await run(['--help'], { cwd: dir });
    for (const command of COMMANDS) expect(result.stdout).toContain(`keyward ${command}`);
    expect(result.stdout).toContain('keyward <command> --help');
  });

  it('a file named --help after -- is a file, not a request for help', async () => {
    const result = await run(['scan', '--no-semantic', '--', '--help'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--help');
    expect(result.stdout).toBe('');
  });
});

describe('unknown options', () => {
  it.each([
    [['scan', '--basline', 'b.json'], 'unknown option --basline for keyward scan (did you mean --baseline?)'],
    [['scan', '--show-secret'], 'did you mean --show-secrets?'],
    [['scan', '--no-colour'], 'did you mean --no-color?'],
    [['staged', '--verfiy'], 'did you mean --verify?'],
    [['scan', '-format', 'json'], 'unknown option -format for keyward scan (did you mean --format?)'],
    [['scan', '--format', 'jsn'], '(did you mean json?)'],
    [['scan', '--zzzzzz'], 'unknown option --zzzzzz for keyward scan (see keyward scan --help)'],
    [['scan', '-x'], 'unknown option -x for keyward scan'],
    [['scan', '--since', 'HEAD~1'], '--since belongs to keyward history, not keyward scan'],
    [['staged', '--no-ignore'], '--no-ignore belongs to keyward scan and baseline, not keyward staged'],
    [['baseline', '--verify'], '--verify belongs to keyward scan, staged, history and bundle, not keyward baseline'],
    [['scan', '--format'], '--format needs a value: --format FORMAT'],
    [['scan', '--quiet=yes'], '--quiet takes no value'],
    [['scna'], 'unknown command "scna" (did you mean keyward scan?)'],
    [['init', '--dryrun'], 'unknown option --dryrun for keyward init (did you mean --dry-run?)'],
    [['init', 'somewhere'], 'keyward init takes no arguments'],
  ])('%j: exit 2, one line in our words', async (argv, message) => {
    const result = await run(argv, { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(oneLine(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(message);
    // never Node's parser text
    expect(result.stderr).not.toContain('To specify a positional argument');
    expect(result.stderr).not.toContain("Unknown option '");
  });

  it('suggests only close names', () => {
    expect(closest('basline', ['baseline', 'format'])).toBe('baseline');
    expect(closest('base', ['baseline', 'format'])).toBe('baseline');
    expect(closest('qwerty', ['baseline', 'format'])).toBeUndefined();
    expect(closest('fo', ['format', 'output'])).toBeUndefined();
  });
});

describe('keyward scan - (stdin), through the built bin', () => {
  const scan = (args: string[], input: string) =>
    spawnSync(process.execPath, [bin, 'scan', ...args], { cwd: dir, input, encoding: 'utf8' });

  it('scans piped text under the --stdin-name it is given, as that kind of file', () => {
    const result = scan(['-', '--stdin-name', '.env.production', '--format', 'json'], `LMIF_API_KEY=${key}\n`);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).findings;
    expect(findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toContain('.env.production:1');
    expect(result.stdout).not.toContain(key);
  });

  it('--stdin defaults to <stdin>; a code name gets the semantic checks', () => {
    const code = `const apiKey = '${key}';\nconsole.log({ apiKey });\n`;
    const plain = scan(['--stdin', '--format', 'json'], code);
    expect(plain.status).toBe(1);
    expect(JSON.parse(plain.stdout).findings[0].file).toBe('<stdin>');
    const named = JSON.parse(scan(['--stdin', '--stdin-name', 'src/log.ts', '--format', 'json'], code).stdout);
    const rules = named.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).toContain('no-hardcoded-key');
    expect(rules).toContain('no-logged-credential');
  });

  it('exits 0 on clean input, and 2 on misuse', () => {
    expect(scan(['-'], 'const a = 1;\n').status).toBe(0);
    expect(scan(['-', 'src'], '').stderr).toContain('name no paths with it');
    expect(scan(['--stdin-name', 'a.ts'], '').stderr).toContain('--stdin-name needs --stdin');
    for (const bad of ['/etc/passwd', '../x.ts', 'a\u001b[2J.ts']) {
      const result = scan(['-', '--stdin-name', bad], '');
      expect(result.status).toBe(2);
      expect(oneLine(result.stderr)).toHaveLength(1);
    }
  });

  it('with nothing piped (a terminal), says so in one line', async () => {
    const result = await run(['scan', '-'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('keyward: --stdin (or -) reads piped input, and nothing is piped in\n');
  });

  it('input over maxFileSize is reported as skipped, not read whole', async () => {
    const result = await run(['scan', '-', '--format', 'json'], {
      cwd: dir,
      stdin: async (max) => Buffer.alloc(Math.min(max, 6 * 1024 * 1024), 'a'),
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).summary.skipped['too-large']).toBe(1);
  });
});

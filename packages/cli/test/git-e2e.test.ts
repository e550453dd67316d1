import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/run.js';
import { generator } from '../../core/test/helpers/random.js';

const bin = fileURLToPath(new URL('../bin/keyward.js', import.meta.url));
const g = generator(77);
const key = () => `lmif_live_${g.chars(32)}`;
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
  });
}
function write(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), content);
}
function installHook(): void {
  const hook = path.join(repo, '.git/hooks/pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${bin}" staged --no-color\n`);
  chmodSync(hook, 0o755);
}
/** A digest of the index and every work-tree file: the hook must leave both byte-identical. */
function snapshot(): string {
  const hash = createHash('sha256');
  const index = path.join(repo, '.git/index');
  hash.update(statSync(index, { throwIfNoEntry: false }) ? readFileSync(index) : Buffer.alloc(0));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === '.git') continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  walk(repo);
  return hash.digest('hex');
}
const staged = (...args: string[]) => run(['staged', '--no-color', ...args], { cwd: repo });

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'keyward-git-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.invalid');
  git('config', 'user.name', 'Dev');
  git('config', 'commit.gpgsign', 'false');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('keyward staged as a real pre-commit hook', () => {
  it('blocks a commit with a fake key (exit 1, redacted message, how to fix) and lets a clean one pass', () => {
    installHook();
    const secret = key();
    write('src/client.ts', `export const key = "${secret}";\n`);
    git('add', '.');
    const blocked = spawnSync('git', ['commit', '-m', 'add client'], { cwd: repo, encoding: 'utf8' });
    expect(blocked.status).toBe(1);
    const output = blocked.stdout + blocked.stderr;
    expect(output).toContain('src/client.ts');
    expect(output).toContain('lmif_live_');
    expect(output).not.toContain(secret);
    expect(output).toContain('Commit blocked');
    expect(output).toContain('keyward-ignore');
    expect(git('rev-list', '--all').trim()).toBe('');

    write('src/client.ts', 'export const key = process.env.LMIF_API_KEY;\n');
    git('add', '.');
    const passed = spawnSync('git', ['commit', '-qm', 'add client'], { cwd: repo, encoding: 'utf8' });
    expect(passed.status).toBe(0);
  });

  it('works in a repository with no commits yet and finds nothing when nothing is staged', async () => {
    expect((await staged()).exitCode).toBe(0);
    write('a.txt', 'hello\n');
    git('add', 'a.txt');
    const result = await staged();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('no findings');
  });

  it('judges a partially staged file by its staged content, with staged line numbers', async () => {
    write('config.ts', 'export const a = 1;\n');
    git('add', '.');
    git('commit', '-qm', 'init');
    // staged: a key on line 3; work tree: the key removed and lines shifted
    const secret = key();
    write('config.ts', `export const a = 1;\n\nexport const key = "${secret}";\n`);
    git('add', 'config.ts');
    write('config.ts', '// moved\n// more\nexport const a = 1;\nexport const key = process.env.LMIF_API_KEY;\n');
    const blocked = await staged('--format', 'json');
    expect(blocked.exitCode).toBe(1);
    expect(JSON.parse(blocked.stdout).findings.map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([
      ['config.ts', 3],
    ]);
    // the code frame shows the staged line, not the work tree's
    const frame = (await staged()).stdout;
    expect(frame).toMatch(/3 │ export const key = "/);
    expect(frame).not.toMatch(/│ \/\/ moved|│ export const key = process/);
    // the reverse: a key only in the work tree is not what gets committed
    git('add', 'config.ts');
    write('config.ts', `export const key = "${key()}";\n`);
    expect((await staged()).exitCode).toBe(0);
  });

  it('leaves the index and the work tree byte-identical', async () => {
    write('a.ts', 'export const a = 1;\n');
    git('add', '.');
    git('commit', '-qm', 'init');
    write('a.ts', `export const a = "${key()}";\n`);
    git('add', 'a.ts');
    write('a.ts', 'export const a = 2;\n');
    write('untracked.txt', `token: ${key()}\n`);
    const before = snapshot();
    expect((await staged()).exitCode).toBe(1);
    expect(snapshot()).toBe(before);
    expect(git('stash', 'list')).toBe('');
  });

  it('handles renames, binary files, submodules and names with spaces or non-ASCII characters', async () => {
    write('old name.ts', 'export const x = 1;\n');
    git('add', '.');
    git('commit', '-qm', 'init');
    git('mv', 'old name.ts', 'new näme.ts');
    write('new näme.ts', `export const x = "${key()}";\n`);
    write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    const sub = mkdtempSync(path.join(tmpdir(), 'keyward-sub-'));
    execFileSync('git', ['init', '-q', sub]);
    execFileSync('git', ['-c', 'user.email=a@b.c', '-c', 'user.name=a', 'commit', '-q', '--allow-empty', '-m', 'x'], {
      cwd: sub,
    });
    git('-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub, 'vendor/sub');
    git('add', '-A');
    const result = await staged('--format', 'json');
    rmSync(sub, { recursive: true, force: true });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['new näme.ts']);
    expect(report.summary.skipped.binary).toBe(1);
  });

  it('works during a merge', async () => {
    write('a.ts', 'export const a = 1;\n');
    git('add', '.');
    git('commit', '-qm', 'init');
    git('checkout', '-qb', 'feature');
    write('b.ts', `export const b = "${key()}";\n`);
    git('add', '.');
    git('commit', '-qm', 'feature', '--no-verify');
    git('checkout', '-q', 'main');
    write('c.ts', 'export const c = 3;\n');
    git('add', '.');
    git('commit', '-qm', 'main');
    spawnSync('git', ['merge', '--no-commit', '--no-ff', 'feature'], { cwd: repo });
    const result = await staged('--format', 'json');
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['b.ts']);
  });

  it('blocks committing a .env file, whatever it holds, but not a placeholder-only .env.example', async () => {
    write('.env.example', 'LMIF_API_KEY=lmif_live_xxx\n');
    git('add', '.env.example');
    expect((await staged()).exitCode).toBe(0);
    write('.env', 'PORT=3000\n');
    git('add', '-f', '.env');
    const result = await staged('--format', 'json');
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).findings).toMatchObject([
      { ruleId: 'committed-env-file', file: '.env', severity: 'high' },
    ]);
  });

  it('exits 2 outside a git repository', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'keyward-plain-'));
    const result = await run(['staged'], { cwd: plain });
    rmSync(plain, { recursive: true, force: true });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/not a git repository/);
  });
});

describe('bounded reads and odd bytes (staged, history)', () => {
  it('staged: reports a blob over maxFileSize from its size, never reading it, and scans the files beside it', async () => {
    write('keyward.config.json', '{ "maxFileSize": 1000 }');
    write('big.txt', `${'x'.repeat(5000)}\n${key()}\n`);
    const secret = key();
    write('small.ts', `export const k = "${secret}";\n`);
    git('add', '.');
    // a git on PATH that logs which blobs `cat-file --batch` is asked for
    const shim = mkdtempSync(path.join(tmpdir(), 'keyward-git-shim-'));
    const log = path.join(shim, 'batch.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(
      path.join(shim, 'git'),
      `#!/bin/sh\nif [ "$1 $2" = "cat-file --batch" ]; then tee -a "${log}" | exec "${realGit}" "$@"; fi\nexec "${realGit}" "$@"\n`,
    );
    chmodSync(path.join(shim, 'git'), 0o755);
    const savedPath = process.env['PATH'];
    process.env['PATH'] = `${shim}${path.delimiter}${savedPath ?? ''}`;
    try {
      const report = JSON.parse((await staged('--format', 'json')).stdout);
      expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['small.ts']);
      expect(report.summary.skipped['too-large']).toBe(1);
    } finally {
      process.env['PATH'] = savedPath;
    }
    const asked = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    const bigBlob = git('rev-parse', ':big.txt').trim();
    expect(asked).toContain(git('rev-parse', ':small.ts').trim());
    expect(asked).not.toContain(bigBlob);
    rmSync(shim, { recursive: true, force: true });
  });

  it('staged: a Latin-1 byte or a NUL in a source file does not hide its key, and lone-CR lines count', async () => {
    write(
      'latin1.ts',
      Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from(`\nexport const k = "${key()}";\n`)]),
    );
    write('nul.ts', `export const k = "${key()}"; // \0\n`);
    write('mac.ts', `// one\r// two\rexport const k = "${key()}";\r`);
    git('add', '.');
    const report = JSON.parse((await staged('--format', 'json')).stdout);
    expect(report.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([
      'latin1.ts:2',
      'mac.ts:3',
      'nul.ts:1',
    ]);
  });

  it('history: applies maxFileSize, reads past a lone CR, and a .gitattributes -diff does not hide a file', async () => {
    write('keyward.config.json', '{ "maxFileSize": 2000 }');
    write('big.txt', `${'x'.repeat(5000)}\n${key()}\n`);
    const afterCr = key();
    write('mac.txt', `first\rsecond\ntoken: ${afterCr}\n`);
    // lone-CR lines: a keyward-ignore on another of them must not cover the key
    write('mac.ts', `// keyward-ignore\rexport const k = "${key()}";\r\n// x\r\rexport const j = "${key()}";\r`);
    const hidden = key();
    write('.gitattributes', '*.ts -diff\n');
    write('hidden.ts', `export const k = "${hidden}";\n`);
    git('add', '.');
    git('commit', '-qm', 'odd files', '--no-verify');
    const report = JSON.parse((await run(['history', '--all', '--format', 'json'], { cwd: repo })).stdout);
    expect(report.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([
      'hidden.ts:1',
      'mac.ts:1',
      'mac.ts:2',
      'mac.txt:2',
    ]);
    expect(report.summary.skipped['too-large']).toBe(1);
  });
});

describe('keyward staged: per-file semantic checks on staged code', () => {
  it('blocks a logged credential and a secret in a client module, judged by the staged text', async () => {
    write('src/pay.ts', "export function pay() {\n  console.log('paying with', process.env.STRIPE_SECRET_KEY);\n}\n");
    write('app/widget.tsx', "'use client';\nexport const Widget = () => <p>{process.env.LMIF_API_KEY}</p>;\n");
    write('src/clean.ts', 'export const greet = (name: string) => `hello ${name}`;\n');
    git('add', '.');
    // the working tree drops the log after staging: the staged text is what gets committed, so it is judged
    write('src/pay.ts', 'export function pay() {}\n');
    const result = await staged('--format', 'json');
    expect(result.exitCode).toBe(1);
    const findings = JSON.parse(result.stdout).findings.map((f: { ruleId: string; file: string; line: number }) => [
      f.ruleId,
      f.file,
      f.line,
    ]);
    expect(findings).toEqual([
      ['no-client-side-key', 'app/widget.tsx', 2],
      ['no-logged-credential', 'src/pay.ts', 2],
    ]);
  });

  it('passes staged code whose working-tree copy logs a key, honours keyward-ignore, and --no-semantic skips the checks', async () => {
    write(
      'src/pay.ts',
      "export function pay() {\n  console.log('paying with', process.env.STRIPE_SECRET_KEY); // keyward-ignore: test double\n}\n",
    );
    git('add', '.');
    write('src/pay.ts', "export function pay() {\n  console.log('paying with', process.env.STRIPE_SECRET_KEY);\n}\n");
    expect((await staged()).exitCode).toBe(0);
    git('add', '.');
    expect((await staged()).exitCode).toBe(1);
    expect((await staged('--no-semantic')).exitCode).toBe(0);
  });
});

describe('the code cache of the semantic pass', () => {
  it('is written on the first run, used on the next, and changes no result', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'keyward-cache-'));
    try {
      write('src/pay.ts', 'console.log(process.env.STRIPE_SECRET_KEY);\n');
      const scan = () =>
        spawnSync(process.execPath, [bin, 'scan', '--format', 'json'], {
          cwd: repo,
          encoding: 'utf8',
          env: { ...process.env, KEYWARD_CACHE_DIR: cache },
        });
      // caches of other TypeScript or Node versions: the newest few stay, older ones go when a cache is written
      mkdirSync(path.join(cache, 'v8'), { recursive: true });
      for (let i = 0; i < 6; i++) writeFileSync(path.join(cache, 'v8', `old${i}.bin`), 'stale');
      const first = scan();
      const kept = readdirSync(path.join(cache, 'v8'));
      expect(kept).toHaveLength(4);
      expect(kept.filter((f) => !f.startsWith('old')).length).toBeGreaterThan(0);
      for (const old of readdirSync(path.join(cache, 'v8')).filter((f) => f.startsWith('old')))
        rmSync(path.join(cache, 'v8', old));
      const files = readdirSync(path.join(cache, 'v8'));
      expect(files.filter((f) => f.endsWith('.bin')).length).toBeGreaterThan(0);
      const second = scan();
      expect(readdirSync(path.join(cache, 'v8'))).toEqual(files);
      expect(first.status).toBe(1);
      expect(JSON.parse(second.stdout).findings).toEqual(JSON.parse(first.stdout).findings);
      // the cache holds compiled library code, never scanned text
      for (const file of files)
        expect(readFileSync(path.join(cache, 'v8', file)).includes('STRIPE_SECRET_KEY')).toBe(false);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('keyward history', () => {
  it('finds a key added in one commit and removed in a later one, with commit and line', async () => {
    const secret = key();
    write('app.ts', 'export const a = 1;\n');
    git('add', '.');
    git('commit', '-qm', 'one');
    write('app.ts', `export const a = 1;\nexport const key = "${secret}";\n`);
    git('add', '.');
    git('commit', '-qm', 'two');
    const added = git('rev-parse', 'HEAD').trim();
    write('app.ts', 'export const a = 1;\n');
    git('add', '.');
    git('commit', '-qm', 'three');
    expect((await run(['scan', '.'], { cwd: repo })).exitCode).toBe(0);
    const result = await run(['history', '--format', 'json'], { cwd: repo });
    expect(result.exitCode).toBe(1);
    const findings = JSON.parse(result.stdout).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'app.ts',
      line: 2,
      column: 21,
      commit: added,
      detectorId: 'lmif-live-key',
    });
    // the file no longer holds it: the advice is rotation, not moving it to process.env
    expect(findings[0].message).toContain(`was added in commit ${added.slice(0, 12)}`);
    expect(findings[0].message).toContain('it is in git history');
    expect(findings[0].message).not.toContain('process.env');
    expect(result.stdout).not.toContain(secret);
    // the next run scans only commits not yet scanned
    const again = await run(['history', '--format', 'json'], { cwd: repo });
    expect(again.exitCode).toBe(0);
    expect(JSON.parse(again.stdout).findings).toEqual([]);
    expect((await run(['history', '--all', '--format', 'json'], { cwd: repo })).exitCode).toBe(1);
    const sarif = JSON.parse((await run(['history', '--all', '--format', 'sarif'], { cwd: repo })).stdout);
    expect(sarif.runs[0].results[0].properties.commit).toBe(added);
  });

  it('streams multi-line keys and unusual file names', async () => {
    write(
      'keys/dëploy key.pem',
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${Array.from({ length: 5 }, () => g.chars(64)).join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`,
    );
    write('notes.md', '++ this line starts with two plus signs\n');
    git('add', '.');
    git('commit', '-qm', 'keys');
    const findings = JSON.parse((await run(['history', '--all', '--format', 'json'], { cwd: repo })).stdout).findings;
    expect(
      findings.map((f: { file: string; line: number; detectorId: string }) => [f.file, f.line, f.detectorId]),
    ).toEqual([['keys/dëploy key.pem', 1, 'openssh-private-key']]);
  });

  it('is clean on a repository with no commits', async () => {
    expect((await run(['history'], { cwd: repo })).exitCode).toBe(0);
  });

  it('after a first run says there are no new commits, on stdout, in every format, never a silent clean result', async () => {
    write('app.ts', 'export const a = 1;\n');
    git('add', '.');
    git('commit', '-qm', 'one');
    const head = git('rev-parse', 'HEAD').trim().slice(0, 12);
    expect((await run(['history'], { cwd: repo })).stdout).not.toContain('new commit');
    const notice = `0 new commits since ${head}; --all to rescan`;
    const text = await run(['history'], { cwd: repo });
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain(notice);
    const json = JSON.parse((await run(['history', '--format', 'json'], { cwd: repo })).stdout);
    expect(json.summary.notice).toBe(notice);
    const sarif = JSON.parse((await run(['history', '--format', 'sarif'], { cwd: repo })).stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe(notice);
    for (const format of ['gitlab', 'junit', 'github'])
      expect((await run(['history', '--format', format], { cwd: repo })).stdout, format).toContain(notice);
    write('app.ts', 'export const a = 2;\n');
    git('add', '.');
    git('commit', '-qm', 'two');
    expect((await run(['history'], { cwd: repo })).stdout).toContain(`1 new commit since ${head}`);
    // --all and --since say nothing of the last run
    expect((await run(['history', '--all'], { cwd: repo })).stdout).not.toContain('new commit');
  });
});

describe('keyward init', () => {
  it('sets up husky, the config and .gitignore, and changes nothing the second time', async () => {
    write('package.json', '{\n  "name": "app",\n  "scripts": { "test": "vitest" }\n}\n');
    write('.gitignore', 'node_modules\n');
    const dry = await run(['init', '--dry-run'], { cwd: repo });
    expect(dry.stdout).toContain('would update');
    expect(readFileSync(path.join(repo, '.gitignore'), 'utf8')).toBe('node_modules\n');
    const first = await run(['init'], { cwd: repo });
    expect(first.exitCode).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
    expect(pkg.scripts).toEqual({ test: 'vitest', prepare: 'husky' });
    expect(pkg.devDependencies.husky).toMatch(/^\^9/);
    expect(readFileSync(path.join(repo, '.husky/pre-commit'), 'utf8')).toBe('keyward staged\n');
    expect(readFileSync(path.join(repo, '.gitignore'), 'utf8')).toContain('\n.env\n');
    expect(JSON.parse(readFileSync(path.join(repo, 'keyward.config.json'), 'utf8')).failOn).toBe('low');
    const before = snapshot();
    const second = await run(['init'], { cwd: repo });
    expect(second.stdout).toContain('nothing to do');
    expect(snapshot()).toBe(before);
  });
});

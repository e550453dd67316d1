import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../src/run.js';
import { generator } from '../../core/test/helpers/random.js';
import { pullRequestEvent, pushEvent, removeActionCopy, Repo, runAction } from './helpers/action-harness.js';

// A baseline works without flags (issue #14 point 7): `keyward baseline` writes keyward-baseline.json, and
// `scan` and `staged` read it when present; a baseline of some paths merges into the file. On pull requests
// the Action reads it from the base revision only.

const g = generator(1407);
const key = () => `lmif_live_${g.chars(32)}`;
const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));
afterAll(removeActionCopy);

function repository(): Repo {
  const repo = new Repo('keyward-baseline-');
  repos.push(repo);
  return repo;
}
const json = (stdout: string) => JSON.parse(stdout) as { findings: { file: string }[]; summary: { baselined: number } };
const inRepo = (repo: Repo, ...argv: string[]) => run(argv, { cwd: repo.dir });

describe('the default baseline file', () => {
  it('scan reads keyward-baseline.json without --baseline; --no-baseline turns it off', async () => {
    const repo = repository();
    repo.write('src/old.ts', `export const k = "${key()}";\n`);
    const recorded = await inRepo(repo, 'baseline');
    expect(recorded.stdout).toContain('baseline of 1 finding(s) written to keyward-baseline.json');
    const scan = await inRepo(repo, 'scan', '--format', 'json');
    expect(scan.exitCode).toBe(0);
    expect(json(scan.stdout).summary.baselined).toBe(1);

    repo.write('src/new.ts', `export const k = "${key()}";\n`);
    const after = await inRepo(repo, 'scan', '--format', 'json');
    expect(after.exitCode).toBe(1);
    expect(json(after.stdout).findings.map((f) => f.file)).toEqual(['src/new.ts']);
    const off = await inRepo(repo, 'scan', '--format', 'json', '--no-baseline');
    expect(json(off.stdout).findings.map((f) => f.file)).toEqual(['src/new.ts', 'src/old.ts']);
  });

  it('staged reads it too: a commit of a recorded finding passes, a new key is blocked', async () => {
    const repo = repository();
    repo.write('src/old.ts', `export const k = "${key()}";\n`);
    await inRepo(repo, 'baseline');
    repo.git('add', '-A');
    expect((await inRepo(repo, 'staged', '--no-color')).exitCode).toBe(0);
    expect((await inRepo(repo, 'staged', '--no-color', '--no-baseline')).exitCode).toBe(1);
    repo.write('src/new.ts', `export const k = "${key()}";\n`);
    repo.git('add', '-A');
    const blocked = await inRepo(repo, 'staged', '--no-color', '--format', 'json');
    expect(blocked.exitCode).toBe(1);
    expect(json(blocked.stdout).findings.map((f) => f.file)).toEqual(['src/new.ts']);
  });

  it('a missing default file is no error; a missing file the config names still is', async () => {
    const repo = repository();
    repo.write('a.ts', 'export const port = 3000;\n');
    expect((await inRepo(repo, 'scan')).exitCode).toBe(0);
    repo.write('keyward.config.json', '{ "baseline": "missing-baseline.json" }');
    const named = await inRepo(repo, 'scan');
    expect(named.exitCode).toBe(2);
    expect(named.stderr).toContain('missing-baseline.json: cannot be read');
  });

  it('a broken default file is an error naming it, never quoting it', async () => {
    const repo = repository();
    const secret = key();
    repo.write('keyward-baseline.json', `{"version": 1, "findings": [${secret}]}`);
    const result = await inRepo(repo, 'scan');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('keyward-baseline.json: is not valid JSON');
    expect(result.stderr).not.toContain(secret.slice(10, 20));
  });
});

describe('keyward baseline <paths> merges into the existing file', () => {
  it('replaces the entries of the paths scanned and keeps every other one', async () => {
    const repo = repository();
    repo.write('a/one.ts', `export const k = "${key()}";\n`);
    repo.write('b/two.ts', `export const k = "${key()}";\n`);
    await inRepo(repo, 'baseline');
    const file = path.join(repo.dir, 'keyward-baseline.json');
    const before = JSON.parse(readFileSync(file, 'utf8')).findings;
    expect(before.map((e: { file: string }) => e.file)).toEqual(['a/one.ts', 'b/two.ts']);

    repo.write('a/one.ts', 'export const k = process.env.K;\n');
    repo.write('a/three.ts', `export const k = "${key()}";\n`);
    const partial = await inRepo(repo, 'baseline', 'a');
    expect(partial.stdout).toContain('1 from the paths scanned, 1 kept from elsewhere');
    const after = JSON.parse(readFileSync(file, 'utf8')).findings;
    expect(after.map((e: { file: string }) => e.file)).toEqual(['a/three.ts', 'b/two.ts']);
    expect(after[1]).toEqual(before[1]);
    expect((await inRepo(repo, 'scan')).exitCode).toBe(0);

    // the whole tree records everything again
    repo.write('b/two.ts', 'export const k = process.env.K;\n');
    await inRepo(repo, 'baseline', '.');
    const whole = JSON.parse(readFileSync(file, 'utf8')).findings;
    expect(whole.map((e: { file: string }) => e.file)).toEqual(['a/three.ts']);
  });

  it('a path with no findings drops its old entries; a broken existing file is not overwritten', async () => {
    const repo = repository();
    repo.write('a/one.ts', `export const k = "${key()}";\n`);
    repo.write('b/two.ts', `export const k = "${key()}";\n`);
    await inRepo(repo, 'baseline');
    repo.write('a/one.ts', 'export const k = process.env.K;\n');
    await inRepo(repo, 'baseline', 'a/one.ts');
    const file = path.join(repo.dir, 'keyward-baseline.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).findings.map((e: { file: string }) => e.file)).toEqual(['b/two.ts']);
    repo.write('keyward-baseline.json', '{"version": 1,');
    const broken = await inRepo(repo, 'baseline', 'a');
    expect(broken.exitCode).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1,');
  });
});

describe('the Action and the default baseline', () => {
  it('on a pull request, a keyward-baseline.json the PR adds does not hide its own key', async () => {
    const repo = repository();
    repo.write('app.ts', 'export const port = 3000;\n');
    const base = repo.commit('base');
    repo.git('update-ref', 'refs/remotes/origin/main', base);
    repo.write('leak.ts', `export const k = "${key()}";\n`);
    await inRepo(repo, 'baseline');
    const head = repo.commit('pull request records its own key');
    const result = await runAction(repo, {
      eventName: 'pull_request',
      event: pullRequestEvent(base, head, true),
      inputs: { mode: 'diff', format: 'json' },
    });
    expect(result.outputs['findings']).toBe('1');
    expect(result.status).toBe(1);
  });

  it("on a pull request, the base revision's keyward-baseline.json applies", async () => {
    const repo = repository();
    repo.write('old.ts', `export const k = "${key()}";\n`);
    await inRepo(repo, 'baseline');
    const base = repo.commit('base with a baseline');
    repo.git('update-ref', 'refs/remotes/origin/main', base);
    repo.write(
      'old.ts',
      `export const k = "${readFileSync(path.join(repo.dir, 'old.ts'), 'utf8').split('"')[1]}";\n// edited\n`,
    );
    const head = repo.commit('pull request edits the file');
    const result = await runAction(repo, {
      eventName: 'pull_request',
      event: pullRequestEvent(base, head),
      inputs: { mode: 'scan', format: 'json' },
    });
    expect(result.outputs['findings']).toBe('0');
    expect(result.summary).toContain('baseline read from the base revision');
  });

  it("on a push, the checkout's keyward-baseline.json applies, as it does locally", async () => {
    const repo = repository();
    repo.write('old.ts', `export const k = "${key()}";\n`);
    await inRepo(repo, 'baseline');
    const before = repo.commit('recorded');
    repo.write('README.md', 'docs\n');
    const after = repo.commit('docs');
    const result = await runAction(repo, {
      eventName: 'push',
      event: pushEvent(before, after),
      inputs: { format: 'json' },
    });
    expect(result.outputs['findings']).toBe('0');
    expect(result.status).toBe(0);
  });
});

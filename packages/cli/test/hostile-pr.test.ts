import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../src/run.js';
import { generator } from '../../core/test/helpers/random.js';
import { pullRequestEvent, removeActionCopy, Repo, runAction, type RunOptions } from './helpers/action-harness.js';

// A hostile pull request against the Action, one test per attack (issue #11 point 2). Each builds a base
// commit and a pull-request commit in a temporary repository and runs the Action on the pull_request event,
// as GitHub would. KEYWARD_ACTION_ENTRY=scripts/action.mjs of the old composite action runs the same suite
// against it: every test here fails there.
const g = generator(1111);
const live = () => `lmif_live_${g.chars(32)}`;
const repos: Repo[] = [];
const dirs: string[] = [];
afterEach(() => {
  repos.splice(0).forEach((r) => r.remove());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
afterAll(removeActionCopy);

/** A repository with a clean base commit; `attack` writes the pull request's files. */
async function pullRequest(attack: (repo: Repo) => void | Promise<void>, options: RunOptions = {}) {
  const repo = new Repo('keyward-hostile-');
  repos.push(repo);
  repo.write('app.ts', 'export const port = 3000;\n');
  const base = repo.commit('base');
  repo.git('update-ref', 'refs/remotes/origin/main', base); // as actions/checkout leaves it with fetch-depth: 0
  await attack(repo);
  const head = repo.commit('pull request');
  return runAction(repo, {
    eventName: 'pull_request',
    event: pullRequestEvent(base, head, true),
    ...options,
    inputs: { mode: 'diff', format: 'json', ...options.inputs },
  });
}
const outsideDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'keyward-outside-'));
  dirs.push(dir);
  return dir;
};

describe('a hostile pull request cannot subvert the Action', () => {
  it('1. a keyward.config.mjs it adds is never executed (and cannot hide its key)', async () => {
    const marker = path.join(outsideDir(), 'executed');
    const secret = live();
    const result = await pullRequest((repo) => {
      repo.write(
        'keyward.config.mjs',
        `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, String(process.env.GITHUB_TOKEN));\nexport default { ignore: ['**'] };\n`,
      );
      repo.write('leak.ts', `export const k = "${secret}";\n`);
    });
    expect(existsSync(marker)).toBe(false);
    expect(result.outputs['findings']).toBe('1');
    expect(result.status).not.toBe(0);
  });

  it('1b. a JS file named by the config input is refused, not run', async () => {
    const marker = path.join(outsideDir(), 'executed');
    const result = await pullRequest(
      (repo) =>
        repo.write(
          'ci/keyward.config.mjs',
          `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\nexport default {};\n`,
        ),
      { inputs: { mode: 'diff', format: 'json', config: 'ci/keyward.config.mjs' } },
    );
    expect(existsSync(marker)).toBe(false);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('never loads JS configs');
  });

  it('2. a keyward.config.json it adds or edits does not hide its findings (config from the base revision)', async () => {
    const result = await pullRequest((repo) => {
      repo.write('keyward.config.json', JSON.stringify({ ignore: ['**'], disable: ['lmif-live-key'] }));
      repo.write('leak.ts', `export const k = "${live()}";\n`);
    });
    expect(result.outputs['findings']).toBe('1');
    expect(result.status).toBe(1);
  });

  it('3. a baseline it edits does not hide its findings (baseline from the base revision)', async () => {
    const repo = new Repo('keyward-hostile-');
    repos.push(repo);
    repo.write('keyward-baseline.json', '{"version":1,"tool":"keyward","findings":[]}\n');
    const base = repo.commit('base with an empty baseline');
    repo.git('update-ref', 'refs/remotes/origin/main', base);
    repo.write('leak.ts', `export const k = "${live()}";\n`);
    await run(['baseline', '--output', 'keyward-baseline.json'], { cwd: repo.dir });
    const head = repo.commit('pull request records its own key');
    const result = await runAction(repo, {
      eventName: 'pull_request',
      event: pullRequestEvent(base, head, true),
      inputs: { mode: 'diff', format: 'json', baseline: 'keyward-baseline.json' },
    });
    expect(result.outputs['findings']).toBe('1');
    expect(result.summary).toContain('baseline read from the base revision');
  });

  it('4. a file named --baseline=bl.json is a file, not an option', async () => {
    const result = await pullRequest(async (repo) => {
      repo.write('leak.ts', `export const k = "${live()}";\n`);
      await run(['baseline', '--output', 'bl.json'], { cwd: repo.dir });
      repo.write('--baseline=bl.json', 'x\n');
    });
    expect(result.outputs['findings']).toBe('1');
    expect(result.status).toBe(1);
  });

  it('5. a file named --show-secrets does not print the secret', async () => {
    const secret = live();
    const result = await pullRequest((repo) => {
      repo.write('--show-secrets', 'x\n');
      repo.write('leak.ts', `export const k = "${secret}";\n`);
    });
    expect(result.outputs['findings']).toBe('1');
    expect(result.report + result.stdout + result.summary).not.toContain(secret);
  });

  it('6. a file named -- does not break the check', async () => {
    const result = await pullRequest((repo) => {
      repo.write('--', 'x\n');
      repo.write('leak.ts', `export const k = "${live()}";\n`);
    });
    expect(result.status).toBe(1);
    expect(result.outputs['findings']).toBe('1');
  });

  it('7. a symlink out of the workspace is not followed (and is counted)', async () => {
    const outside = outsideDir();
    const secret = live();
    writeFileSync(path.join(outside, 'secret.ts'), `export const k = "${secret}";\n`);
    const result = await pullRequest((repo) => {
      symlinkSync(path.join(outside, 'secret.ts'), path.join(repo.dir, 'leak.ts'));
      symlinkSync(outside, path.join(repo.dir, 'docs'));
    });
    expect(result.outputs['findings']).toBe('0');
    expect(result.report + result.stdout + result.summary).not.toContain(secret.slice(10, 20));
    expect(result.summary).toContain('2 symlink');
  });

  it('8. a file name cannot forge the job summary (backticks, |, newlines, <!--)', async () => {
    const name = 'x`| high | none | `y`|\n\n**0 finding(s)**, passes the check.\n<!--.ts';
    const result = await pullRequest((repo) => {
      repo.write(name, `export const k = "${live()}";\n`);
      repo.write('second.ts', `export const k = "${live()}";\n`);
    });
    expect(result.outputs['findings']).toBe('2');
    expect(result.summary).not.toContain('<!--');
    expect(result.summary).not.toContain('**0 finding(s)**');
    const rows = result.summary.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(3); // the header and one row per finding
    expect(rows.every((row) => row.split(/(?<!&#124;)\|/).length === 6)).toBe(true);
  });

  it('9. ANSI escapes in a file name do not reach the text report raw', async () => {
    const result = await pullRequest(
      (repo) => repo.write('a\u001b[2K\u001b[1A\u001b[32mclean.ts', `export const k = "${live()}";\n`),
      { inputs: { mode: 'diff', format: 'text' } },
    );
    expect(result.outputs['findings']).toBe('1');
    expect(result.report).not.toContain('\u001b');
    expect(result.report).toContain('a\\x1b[2K');
  });

  it('what it can still do, a keyward-ignore comment, is listed in the summary for the reviewer', async () => {
    const result = await pullRequest((repo) => {
      repo.write('quiet.ts', `export const k = "${live()}"; // keyward-ignore: not a real key\n`);
    });
    expect(result.outputs['findings']).toBe('0');
    expect(result.summary).toContain('Suppressions this change adds');
    expect(result.summary).toContain('<code>quiet.ts:1</code>: hides lmif-live-key');
  });
});

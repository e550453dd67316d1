import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { enclosingWorkTree, repositoryRoot } from '../src/git.js';

// repositoryRoot finds the work tree by looking for `.git` itself (no git child on a hook's start); wherever it
// answers, the answer must be git's own, and where it cannot be sure it must leave the question to git.

const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'keyward-root-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const gitsAnswer = (cwd: string) => git(cwd, 'rev-parse', '--show-toplevel');

function repository(name: string): string {
  const dir = path.join(base, name);
  mkdirSync(path.join(dir, 'src/deep'), { recursive: true });
  git(dir, 'init', '-q');
  return dir;
}

describe('repositoryRoot', () => {
  it("agrees with git's top level from the root, a subdirectory and a symlinked path", () => {
    const repo = repository('plain');
    const link = path.join(base, 'link-to-plain');
    symlinkSync(repo, link);
    for (const cwd of [repo, path.join(repo, 'src/deep'), path.join(link, 'src')]) {
      expect(enclosingWorkTree(cwd)).toBe(gitsAnswer(cwd));
      expect(repositoryRoot(cwd)).toBe(gitsAnswer(cwd));
    }
  });

  it('finds a linked worktree (a `gitdir:` file) and a nested repository, not the one around it', () => {
    const repo = repository('outer');
    writeFileSync(path.join(repo, 'a.txt'), 'a\n');
    git(repo, 'add', '.');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'a');
    const worktree = path.join(base, 'outer-worktree');
    git(repo, 'worktree', 'add', '-q', worktree);
    const nested = path.join(repo, 'src/deep');
    git(nested, 'init', '-q');
    for (const cwd of [worktree, nested]) expect(enclosingWorkTree(cwd)).toBe(gitsAnswer(cwd));
  });

  it('leaves a bogus `.git`, a git directory and a git environment to git', () => {
    const plain = path.join(base, 'not-a-repo');
    mkdirSync(path.join(plain, '.git'), { recursive: true });
    expect(enclosingWorkTree(plain)).toBeUndefined();
    expect(() => repositoryRoot(plain)).toThrow(/not a git repository/);
    const repo = repository('with-hooks');
    expect(enclosingWorkTree(path.join(repo, '.git'))).toBeUndefined();
    expect(enclosingWorkTree(path.join(repo, '.git/hooks'))).toBeUndefined();
    const saved = process.env['GIT_DIR'];
    process.env['GIT_DIR'] = path.join(repo, '.git');
    try {
      expect(enclosingWorkTree(repo)).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env['GIT_DIR'];
      else process.env['GIT_DIR'] = saved;
    }
  });

  it('says a missing directory is not a repository', () => {
    expect(enclosingWorkTree(path.join(base, 'missing'))).toBeUndefined();
    expect(() => repositoryRoot(path.join(base, 'missing'))).toThrow();
  });
});

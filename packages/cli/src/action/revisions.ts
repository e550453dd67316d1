import { spawnSync } from 'node:child_process';
import { GitError, unquoteGitPath } from '@keyward/scanner';

// The git facts the Action needs: whether a revision is in the checkout (fetching it once if not), a file's
// content at a revision, the files and lines a change adds. Every call passes arguments as an array; revisions
// come from the event payload or the workflow, never from file names.

function git(root: string, args: readonly string[]): { ok: boolean; stdout: Buffer } {
  const result = spawnSync('git', args, { cwd: root, maxBuffer: 1 << 30 });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  return { ok: result.status === 0, stdout: result.stdout };
}

const SHA = /^[0-9a-f]{7,64}$/i;

export function hasCommit(root: string, rev: string): boolean {
  return git(root, ['cat-file', '-e', `${rev}^{commit}`]).ok;
}

/** The revision is in the checkout, after one shallow fetch from origin if it was not (a depth-1 checkout). */
export function ensureCommit(root: string, rev: string): boolean {
  if (hasCommit(root, rev)) return true;
  if (!SHA.test(rev)) return false;
  git(root, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', rev]);
  return hasCommit(root, rev);
}

export function commitId(root: string, rev: string): string | undefined {
  const result = git(root, ['rev-parse', '--verify', '-q', `${rev}^{commit}`]);
  return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}

export function mergeBase(root: string, a: string, b: string): string | undefined {
  const result = git(root, ['merge-base', a, b]);
  return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}

/** A file's bytes at a revision, or undefined when it is not there. */
export function fileAt(root: string, rev: string, file: string): Buffer | undefined {
  const result = git(root, ['cat-file', 'blob', `${rev}:${file}`]);
  return result.ok ? result.stdout : undefined;
}

export interface ChangedFiles {
  /** Regular files added, copied, modified or renamed. */
  readonly files: string[];
  /** Symlinks (mode 120000) in the change: never followed, counted. */
  readonly symlinks: string[];
  /** Submodules (gitlinks): nothing to scan. */
  readonly submodules: string[];
}

/** The files a change from `base` to `head` adds or modifies, with their modes (`git diff --raw -z`). */
export function changedFiles(root: string, base: string, head: string): ChangedFiles {
  const result = git(root, [
    'diff',
    '--raw',
    '-z',
    '--no-renames',
    '--no-ext-diff',
    '--diff-filter=ACMR',
    base,
    head,
    '--',
  ]);
  if (!result.ok) throw new GitError(`git diff ${base} ${head} failed`);
  const fields = result.stdout.toString('utf8').split('\0');
  const out: ChangedFiles = { files: [], symlinks: [], submodules: [] };
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const mode = /^:\d{6} (\d{6}) /.exec(fields[i]!)?.[1];
    const file = fields[i + 1]!;
    if (mode === '120000') out.symlinks.push(file);
    else if (mode === '160000') out.submodules.push(file);
    else if (mode) out.files.push(file);
  }
  return out;
}

/** The line numbers (in `head`) each file's change adds, from `git diff -U0`, split on LF only. */
export function addedLines(root: string, base: string, head: string): Map<string, Set<number>> {
  const result = git(root, [
    'diff',
    '-U0',
    '--text',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-renames',
    base,
    head,
    '--',
  ]);
  if (!result.ok) throw new GitError(`git diff ${base} ${head} failed`);
  const lines = new Map<string, Set<number>>();
  let file: string | undefined;
  let adding = 0;
  let removing = 0;
  let next = 0;
  for (const raw of result.stdout.toString('utf8').split('\n')) {
    if (adding > 0 || removing > 0) {
      if (raw.startsWith('+') && adding > 0) {
        adding--;
        if (file !== undefined) lines.get(file)!.add(next);
        next++;
        continue;
      }
      if (raw.startsWith('-') && removing > 0) {
        removing--;
        continue;
      }
      if (raw.startsWith('\\')) continue;
      adding = removing = 0;
    }
    if (raw.startsWith('diff --git')) file = undefined;
    else if (raw.startsWith('+++ ')) {
      file = raw === '+++ /dev/null' ? undefined : unquoteGitPath(raw.slice(4).replace(/\t$/, '')).replace(/^b\//, '');
      if (file !== undefined && !lines.has(file)) lines.set(file, new Set());
    } else if (raw.startsWith('@@')) {
      const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(raw);
      if (hunk) {
        removing = hunk[1] === undefined ? 1 : Number(hunk[1]);
        next = Number(hunk[2]);
        adding = hunk[3] === undefined ? 1 : Number(hunk[3]);
      }
    }
  }
  return lines;
}

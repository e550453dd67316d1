import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Not a git repository, or git is missing: exit code 2 with this message. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

function git(cwd: string, args: readonly string[], input?: string | Buffer): Buffer {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0)
    throw new GitError(`git ${args[0]} failed: ${result.stderr.toString().trim().split('\n')[0] ?? ''}`);
  return result.stdout;
}

/** The top-level directory of the repository containing `cwd`. */
export function repositoryRoot(cwd: string): string {
  return enclosingWorkTree(cwd) ?? askGitForRoot(cwd);
}

/** Variables by which git's environment chooses or bounds the repository: with any of them, git decides. */
const GIT_LOCATION_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM'];

/**
 * The nearest directory at or above `cwd` (symlinks resolved, as git does) whose `.git` git would take for a
 * repository: a directory with a HEAD file, or a `gitdir:` file (a worktree, a submodule). A few stats instead
 * of a `git rev-parse` child, which cost a pre-commit hook ~6 ms. undefined, and git is asked, when git's
 * environment names or bounds the repository, when the walk passes through a git directory (a hook of a bare
 * repository runs inside one), or when nothing is found.
 */
export function enclosingWorkTree(cwd: string): string | undefined {
  if (GIT_LOCATION_ENV.some((name) => process.env[name] !== undefined)) return undefined;
  let dir: string;
  try {
    dir = realpathSync(cwd);
  } catch {
    return undefined;
  }
  for (;;) {
    if (path.basename(dir) === '.git' || isGitDirectory(dir)) return undefined;
    const dotGit = path.join(dir, '.git');
    const kind = statSync(dotGit, { throwIfNoEntry: false });
    if (kind?.isDirectory() && isGitDirectory(dotGit)) return dir;
    if (kind?.isFile() && isGitdirFile(dotGit)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** What git itself checks: a HEAD file, an objects and a refs directory. */
function isGitDirectory(dir: string): boolean {
  const is = (name: string, directory: boolean) => {
    const entry = statSync(path.join(dir, name), { throwIfNoEntry: false });
    return entry !== undefined && entry.isDirectory() === directory;
  };
  return is('HEAD', false) && is('objects', true) && is('refs', true);
}

function isGitdirFile(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').startsWith('gitdir:');
  } catch {
    return false;
  }
}

function askGitForRoot(cwd: string): string {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`not a git repository: ${cwd}`);
  return result.stdout.trim();
}

/** A staged file: its path in the index and the blob that will be committed. */
export interface StagedEntry {
  readonly path: string;
  readonly blob: string;
  readonly mode: string;
}

/**
 * Files added, copied, modified or renamed in the index, with their staged blob ids, from one `git diff --cached
 * --raw` (its right-hand side is the index). Deleted files, submodules (gitlinks), symlinks and unmerged entries
 * are left out: none of them commits new text.
 */
export function stagedEntries(root: string): StagedEntry[] {
  return parseStagedEntries(git(root, STAGED_DIFF));
}

const STAGED_DIFF = ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=ACMR'];

/**
 * `stagedEntries` without blocking: git runs while the caller compiles its detectors (the hook's start-up
 * is otherwise git, then the catalog, then git again, one after the other on a machine with cores to spare).
 */
export async function stagedEntriesAsync(root: string): Promise<StagedEntry[]> {
  const child = spawn('git', STAGED_DIFF, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) => reject(new GitError(`git could not be run: ${error.message}`)));
    child.on('close', resolve);
  });
  if (code !== 0) throw new GitError(`git diff failed: ${Buffer.concat(err).toString().trim().split('\n')[0] ?? ''}`);
  return parseStagedEntries(Buffer.concat(out));
}

function parseStagedEntries(output: Buffer): StagedEntry[] {
  const fields = output.toString('utf8').split('\0');
  const entries: StagedEntry[] = [];
  // -z records: ":<old mode> <new mode> <old id> <new id> <status>" NUL "<path>" NUL
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const match = /^:\d{6} (\d{6}) [0-9a-f]{40,64} ([0-9a-f]{40,64}) [ACMR]\d*$/.exec(fields[i]!);
    const path = fields[i + 1]!;
    if (!match) continue;
    const [, mode, blob] = match as unknown as [string, string, string];
    if (mode === '160000' || mode === '120000') continue;
    entries.push({ path, blob, mode });
  }
  return entries;
}

/** Blob sizes by id, from `git cat-file --batch-check` (no content is read); missing blobs are left out. */
export async function blobSizes(root: string, blobs: readonly string[]): Promise<Map<string, number>> {
  if (blobs.length === 0) return new Map();
  return startBlobSizes(root)(blobs);
}

/**
 * Starts `git cat-file --batch-check` now and returns what asks it later: the hook starts it before it knows
 * which blobs are staged, so git's start-up overlaps the catalog's. The returned function must be called once
 * (with no blobs, it only lets the child exit).
 */
export function startBlobSizes(root: string): (blobs: readonly string[]) => Promise<Map<string, number>> {
  const child = spawn('git', ['cat-file', '--batch-check'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  const done = exited(child, 'git cat-file --batch-check');
  child.stdin.on('error', () => undefined);
  return async (blobs) => {
    const sizes = new Map<string, number>();
    if (blobs.length === 0) {
      child.stdin.end();
      child.stdout.resume();
      await done.catch(() => undefined);
      return sizes;
    }
    child.stdin.end(blobs.join('\n') + '\n');
    const out: Buffer[] = [];
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) out.push(chunk);
    await done;
    for (const line of Buffer.concat(out).toString('utf8').split('\n')) {
      const [id, type, size] = line.split(' ');
      if (id && type === 'blob' && size !== undefined) sizes.set(id, Number(size));
    }
    return sizes;
  };
}

/**
 * Hands each blob's content to `onBlob` as `git cat-file --batch` streams it, one blob in memory at a time.
 * Callers ask for sizes first (`blobSizes`) and pass only blobs they mean to read, so a 1 GB blob over the
 * size limit is never read at all.
 */
export async function streamBlobs(
  root: string,
  blobs: readonly string[],
  onBlob: (id: string, data: Buffer) => void,
): Promise<void> {
  if (blobs.length === 0) return;
  await startBlobStream(root)(blobs, onBlob);
}

/**
 * Starts `git cat-file --batch` now and returns what feeds it later: the hook starts it beside `--batch-check`,
 * so git's own start-up (a few ms) is not paid once after the other. The returned function must be called once
 * (with no blobs, it only lets the child exit).
 */
export function startBlobStream(
  root: string,
): (blobs: readonly string[], onBlob: (id: string, data: Buffer) => void) => Promise<void> {
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  const done = exited(child, 'git cat-file --batch');
  // a child that could not start (git missing) errors its stdin too: the exit promise reports it
  child.stdin.on('error', () => undefined);
  return (blobs, onBlob) => readBlobs(child, done, blobs, onBlob);
}

async function readBlobs(
  child: ReturnType<typeof spawn>,
  done: Promise<void>,
  blobs: readonly string[],
  onBlob: (id: string, data: Buffer) => void,
): Promise<void> {
  if (blobs.length === 0) {
    child.stdin!.end();
    child.stdout!.resume();
    await done.catch(() => undefined);
    return;
  }
  child.stdin!.end(blobs.join('\n') + '\n');
  let header: Buffer[] = [];
  let body: Buffer | undefined;
  let id = '';
  let filled = 0;
  let skipNewline = false;
  for await (const chunk of child.stdout! as AsyncIterable<Buffer>) {
    let at = 0;
    while (at < chunk.length) {
      if (skipNewline) {
        skipNewline = false;
        at++; // the LF after each blob's content
      } else if (body) {
        const take = Math.min(body.length - filled, chunk.length - at);
        chunk.copy(body, filled, at, at + take);
        filled += take;
        at += take;
        if (filled === body.length) {
          onBlob(id, body);
          body = undefined;
          skipNewline = true;
        }
      } else {
        const lineEnd = chunk.indexOf(0x0a, at);
        header.push(chunk.subarray(at, lineEnd === -1 ? chunk.length : lineEnd));
        if (lineEnd === -1) break;
        at = lineEnd + 1;
        const [name = '', type, size] = Buffer.concat(header).toString('utf8').split(' ');
        header = [];
        if (type === undefined || size === undefined) continue; // "<id> missing"
        id = name;
        body = Buffer.allocUnsafe(Number(size));
        filled = 0;
        if (body.length === 0) {
          onBlob(id, body);
          body = undefined;
          skipNewline = true;
        }
      }
    }
  }
  await done;
}

/** The child's exit as a promise; awaited after its output is read, so an early failure is not unhandled. */
function exited(child: ReturnType<typeof spawn>, what: string): Promise<void> {
  const exit = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new GitError(`git could not be run: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new GitError(`${what} failed with exit code ${code}`)),
    );
  });
  exit.catch(() => undefined);
  return exit;
}

/** One added line of a commit, from `git log -p`. */
export interface AddedLine {
  readonly commit: string;
  readonly date: string;
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** What `streamAddedLines` could not scan: a file over the size limit, or one git still calls binary. */
export interface HistorySkip {
  readonly commit: string;
  readonly file: string;
  readonly reason: 'too-large' | 'binary';
  readonly detail?: string;
}

export interface AddedLinesOptions {
  /** A file's added lines in one commit above this many bytes are skipped as too large (config maxFileSize). */
  readonly maxBytes?: number;
  readonly onSkip?: (skip: HistorySkip) => void;
}

/**
 * Streams the lines each commit added (`git log -p -U0`, never buffered whole), grouped per commit and
 * file, to `onFile`. `range` is a revision range such as `abc123..HEAD`, or `--all`. Lines are split on LF
 * only (a lone CR is content, not a line end, as in git's own hunk counts); `--text` and `--no-textconv` keep a
 * PR's `.gitattributes` (`*.ts -diff`) or a big-file threshold from turning a file into "Binary files differ";
 * added text over `maxBytes` per file is dropped as it streams and reported through `onSkip`.
 */
export async function streamAddedLines(
  root: string,
  range: readonly string[],
  onFile: (commit: string, date: string, file: string, lines: { line: number; text: string }[]) => void,
  options: AddedLinesOptions = {},
): Promise<number> {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const child = spawn(
    'git',
    [
      'log',
      '-p',
      '-U0',
      '--text',
      '--no-textconv',
      '--no-color',
      '--no-ext-diff',
      '--no-renames',
      '--diff-filter=AM',
      '--format=commit %H %cI',
      ...range,
      '--',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let commit = '';
  let date = '';
  let file: string | undefined;
  let next = 0;
  let buffer: { line: number; text: string }[] = [];
  let bufferBytes = 0;
  let tooLarge = false;
  let commits = 0;
  const flush = () => {
    if (file !== undefined && buffer.length && !tooLarge) onFile(commit, date, file, buffer);
    if (file !== undefined && tooLarge)
      options.onSkip?.({ commit, file, reason: 'too-large', detail: `over ${maxBytes} bytes added` });
    buffer = [];
    bufferBytes = 0;
    tooLarge = false;
  };
  // Hunk line counts tell content from headers: an added line reading "++ x" shows as "+++ x".
  let removing = 0;
  let adding = 0;
  // a line longer than the limit is cut there: it makes its file too large either way, and memory stays bounded
  for await (const raw of splitLines(child.stdout, Math.min(maxBytes, 1 << 30) + 2)) {
    if (adding > 0 || removing > 0) {
      if (raw.startsWith('+') && adding > 0) {
        adding--;
        if (file !== undefined && !tooLarge) {
          bufferBytes += raw.length;
          if (bufferBytes > maxBytes) {
            tooLarge = true;
            buffer = [];
          } else buffer.push({ line: next, text: raw.slice(1) });
        }
        next++;
        continue;
      }
      if (raw.startsWith('-') && removing > 0) {
        removing--;
        continue;
      }
      if (raw.startsWith('\\')) continue; // "\ No newline at end of file"
      adding = removing = 0;
    }
    if (raw.startsWith('commit ')) {
      flush();
      file = undefined;
      [, commit = '', date = ''] = raw.split(' ');
      commits++;
    } else if (raw.startsWith('diff --git')) {
      flush();
      file = undefined;
    } else if (raw.startsWith('+++ ')) {
      flush();
      // git ends a name holding a space with a tab, to keep it apart from what follows
      file = raw === '+++ /dev/null' ? undefined : unquote(raw.slice(4).replace(/\t$/, '')).replace(/^b\//, '');
    } else if (raw.startsWith('Binary files ')) {
      // not expected with --text; counted rather than lost if git still says it
      const name = /^Binary files .* and (?:b\/)?(.*) differ$/.exec(raw)?.[1];
      if (name && name !== '/dev/null') options.onSkip?.({ commit, file: unquote(name), reason: 'binary' });
    } else if (raw.startsWith('@@')) {
      const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(raw);
      if (hunk) {
        removing = hunk[1] === undefined ? 1 : Number(hunk[1]);
        next = Number(hunk[2]);
        adding = hunk[3] === undefined ? 1 : Number(hunk[3]);
      }
    }
  }
  flush();
  const code = await new Promise<number>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('close', (exit) => resolve(exit ?? 1));
  });
  if (code !== 0) throw new GitError(`git log failed: ${stderr.trim().split('\n')[0] ?? ''}`);
  return commits;
}

/**
 * Lines of a byte stream split on LF only, decoded as UTF-8 (invalid bytes become U+FFFD), with the CR of a
 * CRLF ending dropped and any other CR kept. A line is cut after `maxLine` bytes, so one huge line cannot
 * fill memory.
 */
async function* splitLines(input: AsyncIterable<Buffer>, maxLine: number): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  let length = 0;
  const take = (): string => {
    let line = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    parts = [];
    length = 0;
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    return line.toString('utf8');
  };
  for await (const chunk of input) {
    let at = 0;
    while (at < chunk.length) {
      const end = chunk.indexOf(0x0a, at);
      const stop = end === -1 ? chunk.length : end;
      const room = maxLine - length;
      if (room > 0) {
        const piece = chunk.subarray(at, Math.min(stop, at + room));
        parts.push(piece);
        length += piece.length;
      }
      if (end === -1) break;
      at = end + 1;
      yield take();
    }
  }
  if (length > 0 || parts.length > 0) yield take();
}

/** git quotes unusual paths as C strings: "b/dir with \"quote\"/\303\274.txt". */
export function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  for (let i = 1; i < path.length - 1; i++) {
    const c = path[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = path[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(path.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(
        ({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[next] ??
          next.charCodeAt(0),
      );
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** HEAD's commit id, or undefined in a repository with no commits yet. */
export function headCommit(root: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The repository's git directory (for keyward's own state, never the work tree). */
export function gitDir(root: string): string {
  return git(root, ['rev-parse', '--absolute-git-dir']).toString('utf8').trim();
}

/**
 * The bytes of `file` as `commit` has it, or undefined (missing, or over `maxBytes`). `history` reads diff text,
 * which cannot carry a binary file's bytes; a keystore is judged from its blob.
 */
export function blobAt(root: string, commit: string, file: string, maxBytes: number): Buffer | undefined {
  // `<commit>:<path>` names the blob; the argument starts with the commit's hex, so no path becomes an option
  const result = spawnSync('git', ['cat-file', 'blob', `${commit}:${file}`], { cwd: root, maxBuffer: maxBytes + 1 });
  return result.status === 0 && !result.error && result.stdout.length <= maxBytes ? result.stdout : undefined;
}

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IgnoreRules } from './ignore-rules.js';

// Which paths git ignores, asked of the repository that encloses the scan target, never of the working
// directory: a scan of one small folder run from a crowded directory must not read that directory's
// `.gitignore` files. Inside a repository git answers once for the whole tree (`--directory` collapses an
// ignored folder to one line, so node_modules costs one entry); outside one, the `.gitignore` files of the
// walked folders are compiled as the walk reaches them.

/** Options that keep git from running anything a checkout could configure, and from taking locks. */
const GIT_SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false'];

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', [...GIT_SAFE, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  return result.status === 0 ? result.stdout : undefined;
}

/** The top of the git work tree holding `directory`, or undefined outside one (or without git). */
export function gitTopLevel(directory: string): string | undefined {
  if (!mayBeInRepository(directory)) return undefined;
  const top = git(directory, ['rev-parse', '--show-toplevel'])?.trim();
  return top ? path.resolve(top) : undefined;
}

/**
 * False when git cannot see a work tree around `directory`: no folder from it up to the file-system root holds a
 * `.git` (a folder, or the file of a worktree or submodule), and no `GIT_DIR` names one. git finds a repository
 * no other way, so the check spares spawning git (a few ms each) for a scan outside any repository.
 */
export function mayBeInRepository(directory: string): boolean {
  if (process.env['GIT_DIR'] !== undefined || process.env['GIT_WORK_TREE'] !== undefined) return true;
  for (let at = path.resolve(directory); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return true;
    if (at === path.dirname(at)) return false;
  }
}

export interface IgnoreOracle {
  /** Whether the entry at `absolute` is ignored; directories are asked before their contents. */
  ignored(absolute: string, isDirectory: boolean): boolean;
  /** Called as the walk enters a directory (with whether it holds a `.gitignore`), so its rules apply below it. */
  enter(absolute: string, hasIgnoreFile: boolean): void;
}

/** Git's answer for one repository: the untracked paths its ignore rules cover (tracked files never are). */
export function gitOracle(top: string): IgnoreOracle | undefined {
  const listed = git(top, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory']);
  if (listed === undefined) return undefined;
  const files = new Set<string>();
  const directories = new Set<string>();
  for (const entry of listed.split('\0')) {
    if (entry === '') continue;
    if (entry.endsWith('/')) directories.add(entry.slice(0, -1));
    else files.add(entry);
  }
  return {
    ignored(absolute, isDirectory) {
      const relative = toPosix(path.relative(top, absolute));
      return isDirectory ? directories.has(relative) : files.has(relative) || directories.has(relative);
    },
    enter() {},
  };
}

/**
 * Outside a repository: the `.gitignore` files of `base` and of each folder the walk enters below it, each
 * compiled once. A deeper file's rules win over a shallower one's, as in git.
 */
export function fileOracle(base: string): IgnoreOracle {
  const rules = new Map<string, IgnoreRules | undefined>();
  const load = (directory: string, hasIgnoreFile = true) => {
    if (rules.has(directory)) return;
    // the walk has listed the folder: most have no .gitignore, and a failed open costs an exception
    if (!hasIgnoreFile) {
      rules.set(directory, undefined);
      return;
    }
    let text: string | undefined;
    try {
      text = readFileSync(path.join(directory, '.gitignore'), 'utf8');
    } catch {
      text = undefined;
    }
    const compiled = text === undefined ? undefined : new IgnoreRules(text);
    rules.set(directory, compiled?.size ? compiled : undefined);
  };
  load(base);
  // Per folder the walk entered from the base: the folders from the base down to it that hold rules, deepest
  // last. Most trees have few `.gitignore` files (npm packs none), so most entries are decided without a lookup.
  const chains = new Map<string, readonly { directory: string; rules: IgnoreRules }[]>();
  const decide = (directory: string, set: IgnoreRules | undefined, absolute: string, isDirectory: boolean) =>
    set?.decide(toPosix(path.relative(directory, absolute)), isDirectory);
  return {
    ignored(absolute, isDirectory) {
      const chain = chains.get(path.dirname(absolute));
      if (chain) {
        for (let k = chain.length - 1; k >= 0; k--) {
          const decided = decide(chain[k]!.directory, chain[k]!.rules, absolute, isDirectory);
          if (decided !== undefined) return decided;
        }
        return false;
      }
      for (let directory = path.dirname(absolute); ; directory = path.dirname(directory)) {
        const inside = path.relative(base, directory);
        if (inside.startsWith('..') || path.isAbsolute(inside)) return false;
        const decided = decide(directory, rules.get(directory), absolute, isDirectory);
        if (decided !== undefined) return decided;
        if (directory === base) return false;
      }
    },
    enter(directory, hasIgnoreFile) {
      load(directory, hasIgnoreFile);
      if (chains.has(directory)) return;
      const above = directory === base ? [] : chains.get(path.dirname(directory));
      if (above === undefined) return; // not reached from the base: the walk up answers for it
      const own = rules.get(directory);
      chains.set(directory, own ? [...above, { directory, rules: own }] : above);
    },
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

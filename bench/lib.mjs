// Shared helpers for the benchmark scripts: timing with GNU time, tree sizes, tool installs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Runs a command and returns wall seconds and peak RSS in MB (GNU time), plus the exit status. */
export function measure(command, args, options = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M %U %S', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options,
  });
  const line = result.stderr.split('\n').find((l) => l.startsWith('__TIME__'));
  if (!line) throw new Error(`could not time ${command}: ${result.stderr.slice(-500)}`);
  const [, seconds, kb, user, system] = line.split(' ');
  return {
    seconds: Number(seconds),
    cpu: Number(user) + Number(system),
    rssMb: Number(kb) / 1024,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Median of `runs` timed runs after one warm-up run (warm page cache). */
export function medianOf(runs, fn) {
  fn();
  const samples = Array.from({ length: runs }, fn).sort((a, b) => a.seconds - b.seconds);
  return samples[Math.floor(samples.length / 2)];
}

export function treeSize(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        bytes += statSync(full).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files, mb: bytes / 1024 / 1024 };
}

/** Installs ripgrep from Debian's packages when it is missing. */
export function ensureRipgrep() {
  if (spawnSync('rg', ['--version']).status === 0) return;
  console.log('installing ripgrep from Debian packages…');
  spawnSync('apt-get', ['update'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', 'ripgrep'], { stdio: 'inherit' });
}

/** Installs a pinned npm tool set into a private prefix under bench/.work. */
export function ensureNpmTools(prefix, packages) {
  if (existsSync(path.join(prefix, 'node_modules', '.package-lock.json'))) return;
  console.log(`installing ${packages.join(' ')} into ${prefix}…`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', prefix, ...packages], { stdio: 'inherit' });
}

/**
 * A built copy of this repository at `rev` in `dir` (for before/after figures in one run): `git archive` of the
 * revision, a node_modules of links to this checkout's dependencies (workspace links re-pointed at the copy's
 * own packages), then the project's build. Reused when `dir` already holds a build.
 */
export function buildRevision(repoRoot, rev, dir) {
  if (existsSync(path.join(dir, 'packages/cli/dist/run.js'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${repoRoot}" archive "${rev}" | tar -x -C "${dir}"`]);
  const linkAll = (from, to) => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isSymbolicLink())
        symlinkSync(readlinkSync(source), target); // workspace link: same relative target
      else if (entry.name.startsWith('@') && entry.isDirectory()) linkAll(source, target);
      else symlinkSync(source, target);
    }
  };
  linkAll(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

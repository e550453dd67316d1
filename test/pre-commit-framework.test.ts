import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator } from '../packages/core/test/helpers/random.js';

// The pre-commit framework recipe, end to end: `pre-commit try-repo` on this repository (what a `repo:` +
// `rev:` entry does: clone, `npm install`, `npm pack`, `npm install -g` the tarball, run the entry), then a real
// `git commit` through `pre-commit install` with `rev:` set to this repository's HEAD. Needs the `pre-commit`
// command (Debian: `apt-get install pre-commit`; .ci/run installs it where apt-get is available).

const root = fileURLToPath(new URL('../', import.meta.url));
const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = version.status === 0;
const g = generator(1405);
const key = () => `lmif_live_${g.chars(32)}`;
// HEAD, not the work tree: try-repo would otherwise commit uncommitted changes to a shadow repository, and the
// `rev:` test would install a second environment (commit first to test a change)
const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
let work: string;
let repo: string;
const env = () => ({ ...process.env, PRE_COMMIT_HOME: path.join(work, 'cache'), PRE_COMMIT_COLOR: 'never' });

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}
function write(file: string, content: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), content);
}
function newRepo(name: string): void {
  repo = path.join(work, name);
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.invalid');
  git('config', 'user.name', 'Dev');
  git('config', 'commit.gpgsign', 'false');
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'keyward-pre-commit-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!available)(
  `the pre-commit framework recipe (${available ? version.stdout.trim() : 'skipped: the pre-commit command is not installed'})`,
  () => {
    it('the manifest uses no stage name that pre-commit 3.0 or a current release rejects or deprecates', () => {
      const manifest = readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8');
      expect(manifest).not.toMatch(/^\s*stages:/m);
      expect(manifest).not.toMatch(/additional_dependencies/);
      const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
      expect(pkg).toMatchObject({ name: expect.any(String), version: expect.any(String) });
      expect(pkg.bin.keyward).toBe('packages/cli/bin/keyward.js');
    });

    // each try-repo installs into a store of its own (~20 s idle, minutes under load): one run here; the `rev:`
    // test's environment serves both of its commits
    it('try-repo installs the hook from this repository, and it blocks a staged fake key', () => {
      newRepo('try');
      const secret = key();
      write('src/client.ts', `export const key = "${secret}";\n`);
      git('add', '-A');
      const blocked = spawnSync('pre-commit', ['try-repo', root, 'keyward', '--ref', head, '--verbose'], {
        cwd: repo,
        encoding: 'utf8',
        env: env(),
      });
      const output = blocked.stdout + blocked.stderr;
      expect(output).not.toContain('An unexpected error has occurred');
      expect(output).toMatch(/keyward \(API keys in staged changes\)\.+Failed/);
      expect(blocked.status).toBe(1);
      expect(output).toContain('Commit blocked');
      expect(output).toContain('src/client.ts');
      expect(output).not.toContain(secret);
    }, 600_000);

    it('a repo: + rev: entry and `pre-commit install`: a commit with a fake key is blocked, a clean one passes', () => {
      newRepo('installed');
      write(
        '.pre-commit-config.yaml',
        `repos:\n  - repo: ${root}\n    rev: ${head}\n    hooks:\n      - id: keyward\n`,
      );
      const install = spawnSync('pre-commit', ['install', '--install-hooks'], {
        cwd: repo,
        encoding: 'utf8',
        env: env(),
      });
      expect(install.stdout + install.stderr).toContain('pre-commit installed');
      expect(install.status).toBe(0);
      const secret = key();
      write('config.ts', `export const key = "${secret}";\n`);
      git('add', '-A');
      const commit = () =>
        spawnSync('git', ['commit', '-m', 'add config'], { cwd: repo, encoding: 'utf8', env: env() });
      const blocked = commit();
      expect(blocked.status).toBe(1);
      expect(blocked.stdout + blocked.stderr).toContain('config.ts');
      expect(blocked.stdout + blocked.stderr).not.toContain(secret);
      expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: repo }).status).not.toBe(0);

      write('config.ts', 'export const key = process.env.LMIF_API_KEY;\n');
      git('add', '-A');
      const passed = commit();
      expect(passed.stdout + passed.stderr).toMatch(/keyward \(API keys in staged changes\)\.+Passed/);
      expect(passed.status).toBe(0);
    }, 600_000);
  },
);

describe('the root package the pre-commit framework installs', () => {
  it("declares the CLI bundle's runtime dependencies, as the CLI package does", () => {
    const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const cli = JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8'));
    const external = Object.fromEntries(
      Object.entries(cli.dependencies as Record<string, string>).filter(([name]) => !name.startsWith('@keyward/')),
    );
    expect(rootPkg.dependencies).toEqual(external);
    expect(rootPkg.version).toBe(cli.version);
    expect(rootPkg.files).toEqual(['packages/cli/bin', 'packages/cli/bundle', 'packages/cli/package.json']);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runsKeywardStaged } from './hook-file.js';

// husky 9 installs itself by setting `core.hooksPath` to `.husky/_`. That switches off whatever ran before:
// the pre-commit framework's hook and any hand-written hook in `.git/hooks`, and a `core.hooksPath` the user set
// (often globally, for hooks shared across repositories). `init` looks for each before choosing husky.

/** What already runs (or would stop running) at commit time in a repository. */
export interface HookSituation {
  /** The pre-commit framework: its config file, and whether its hook is installed. */
  readonly framework?: { readonly config: boolean; readonly installed: boolean; readonly runsKeyward: boolean };
  /** `core.hooksPath` when set to something other than husky's, and where it was set. */
  readonly hooksPath?: { readonly value: string; readonly scope: 'local' | 'global' | 'system' | 'other' };
  /** A hand-written `pre-commit` in the hooks directory, relative to the root (husky would bypass it). */
  readonly gitHook?: string;
  /** Where a lint-staged configuration runs keyward, and whether it runs `keyward staged` (not a file-list scan). */
  readonly lintStaged?: { readonly file: string; readonly staged: boolean };
}

const HUSKY_PATHS = new Set(['.husky', '.husky/_']);
const LINT_STAGED_FILES = /^(?:\.lintstagedrc(?:\.(?:json|ya?ml|[cm]?js|ts))?|lint-staged\.config\.(?:[cm]?js|ts))$/;
/** The first lines of the hook `pre-commit install` writes. */
const FRAMEWORK_HOOK = /pre-commit\.com|INSTALL_PYTHON|pre_commit/;

export function hookSituation(root: string, packageData: Record<string, unknown> | undefined): HookSituation {
  const situation: {
    -readonly [K in keyof HookSituation]: HookSituation[K];
  } = {};
  const hooksPath = git(root, 'config', '--show-scope', '--get', 'core.hooksPath');
  const [scope = '', ...rest] = hooksPath?.split('\t') ?? [];
  const value = rest.join('\t');
  if (hooksPath && !HUSKY_PATHS.has(value.replace(/\/+$/, '')))
    situation.hooksPath = {
      value,
      scope: scope === 'local' || scope === 'global' || scope === 'system' ? scope : 'other',
    };
  // with core.hooksPath set, git runs nothing from .git/hooks: a hook there is already off
  const installed = hooksPath ? undefined : read(path.join(gitPath(root, 'hooks'), 'pre-commit'));
  const configText = read(path.join(root, '.pre-commit-config.yaml'));
  const frameworkHook = installed !== undefined && FRAMEWORK_HOOK.test(installed);
  if (configText !== undefined || frameworkHook)
    situation.framework = {
      config: configText !== undefined,
      installed: frameworkHook,
      runsKeyward: configText !== undefined && /\bid:\s*["']?keyward\b/.test(configText),
    };
  else if (installed !== undefined && !/husky/.test(installed))
    situation.gitHook = path.relative(root, path.join(gitPath(root, 'hooks'), 'pre-commit'));

  const lintStaged = lintStagedConfig(root, packageData);
  if (lintStaged && /\bkeyward\b/.test(lintStaged.text))
    situation.lintStaged = { file: lintStaged.file, staged: runsKeywardStaged(lintStaged.text) };
  return situation;
}

/** lint-staged's configuration: a config file at the root, else package.json's `lint-staged`. */
function lintStagedConfig(
  root: string,
  packageData: Record<string, unknown> | undefined,
): { file: string; text: string } | undefined {
  const file = readdirSync(root).find((name) => LINT_STAGED_FILES.test(name));
  if (file) return { file, text: read(path.join(root, file)) ?? '' };
  const inPackage = packageData?.['lint-staged'];
  if (inPackage !== undefined) return { file: 'package.json ("lint-staged")', text: JSON.stringify(inPackage) };
  return undefined;
}

/** A path inside the git directory (`hooks` is per repository, shared by its worktrees), absolute. */
function gitPath(root: string, name: string): string {
  const found = git(root, 'rev-parse', '--git-common-dir');
  return path.resolve(root, found ?? '.git', name);
}

function git(cwd: string, ...args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function read(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

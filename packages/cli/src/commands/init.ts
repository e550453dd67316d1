import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILES, repositoryRoot } from '@keyward/scanner';
import type { RunContext, RunResult } from '../io.js';
import { UsageError } from '../errors.js';
import { parseCommandArgs } from '../options.js';
import { pkg } from '../version.js';
import { runsKeywardStaged, withCommand } from '../init/hook-file.js';
import { hookSituation, type HookSituation } from '../init/hook-managers.js';
import { addHusky, readPackageJson, type PackageJson } from '../init/package-json.js';

// husky 9 puts node_modules/.bin on PATH for its hooks: `npx` would only add ~1 s to every commit
const HOOK_COMMAND = 'keyward staged';
const ENV_IGNORE = ['.env', '.env.*', '!.env.example', '!.env.sample'];

interface Change {
  readonly file: string;
  readonly what: string;
  readonly apply: () => Promise<void>;
}

/**
 * `keyward init [--dry-run]`: husky 9 (`"prepare": "husky"`, `.husky/pre-commit` running `keyward staged`),
 * a `keyward.config.json` when none exists, and `.env` in `.gitignore`. Where another hook manager is in place
 * (the pre-commit framework, a custom `core.hooksPath`, a hand-written git hook, lint-staged running keyward)
 * it leaves the hook alone and says what to do. Idempotent: a second run changes nothing.
 */
export default async function init(args: string[], context: RunContext): Promise<RunResult> {
  // the options of option-table.ts: an unknown one is one line with a guess, as for every command
  const { values, positionals } = parseCommandArgs('init', args);
  if (positionals.length) throw new UsageError('keyward init takes no arguments: it sets up the repository it runs in');
  const root = repositoryRoot(context.cwd);
  const packageFile = path.join(root, 'package.json');
  const packageJson = existsSync(packageFile) ? readPackageJson(readFileSync(packageFile, 'utf8')) : undefined;
  const situation = hookSituation(root, packageJson?.data);
  const notes = hookNotes(root, situation);
  const changes = [
    // husky would switch off the framework's hook, a custom hooksPath or a hand-written hook: leave those alone
    ...(situation.framework || situation.hooksPath || situation.gitHook
      ? []
      : huskyChanges(root, packageJson, situation)),
    ...configChanges(root, packageJson),
    ...gitignoreChanges(root),
  ];
  const dryRun = Boolean(values['dry-run']);
  if (!dryRun) for (const change of changes) await change.apply();
  const verb = dryRun ? 'would update' : 'updated';
  const lines = changes.map((change) => `  ${verb} ${change.file}: ${change.what}`);
  const installNext = !dryRun && changes.some((change) => change.file === 'package.json');
  let stdout =
    changes.length === 0 && notes.length === 0
      ? 'keyward init: nothing to do; the hook, config and .gitignore are set up.\n'
      : `keyward init${dryRun ? ' (dry run)' : ''}:${lines.length ? `\n${lines.join('\n')}` : ' nothing changed'}\n`;
  if (notes.length) stdout += `\n${notes.join('\n\n')}\n`;
  if (installNext) stdout += '\nNext: run `npm install` so husky installs the hook (the prepare script).\n';
  return { exitCode: 0, stdout, stderr: '' };
}

/** What another hook manager means for the hook, and what to do; empty when husky can be set up as usual. */
function hookNotes(root: string, situation: HookSituation): string[] {
  if (situation.framework) {
    const where = [
      situation.framework.config && '.pre-commit-config.yaml',
      situation.framework.installed && 'its hook is installed',
    ].filter(Boolean);
    if (situation.framework.runsKeyward)
      return [`Hook: the pre-commit framework already runs keyward (.pre-commit-config.yaml); husky was not set up.`];
    return [
      `Hook not set up: this repository uses the pre-commit framework (${where.join(', ')}), and husky would switch ` +
        `its hook off (husky sets core.hooksPath). Add keyward to .pre-commit-config.yaml instead:\n` +
        `  - repo: ${repositoryUrl()}\n    rev: v${pkg.version}\n    hooks:\n      - id: keyward\n` +
        `then run \`pre-commit install\` if its hook is not installed yet.`,
    ];
  }
  if (situation.hooksPath) {
    const { value, scope } = situation.hooksPath;
    const hook = path.join(path.resolve(root, value.replace(/^~(?=\/)/, process.env['HOME'] ?? '~')), 'pre-commit');
    const current = existsSync(hook) ? readFileSync(hook, 'utf8') : undefined;
    if (current !== undefined && runsKeywardStaged(current))
      return [`Hook: ${path.join(value, 'pre-commit')} (core.hooksPath) already runs keyward staged.`];
    return [
      `Hook not set up: core.hooksPath is set to ${value} (${scope} git config), and husky would replace it` +
        `${scope === 'local' ? '' : ' for this repository'}. Add this line to ${path.join(value, 'pre-commit')}:\n` +
        `  npx keyward staged\n` +
        `(outside husky node_modules/.bin is not on PATH: npx, or ./node_modules/.bin/keyward). Or, to use husky, ` +
        `run \`git config ${scope === 'local' ? '' : `--${scope} `}--unset core.hooksPath\` and keyward init again.`,
    ];
  }
  if (situation.gitHook)
    return [
      `Hook not set up: ${situation.gitHook} is a hook husky would switch off (husky sets core.hooksPath). ` +
        `Add \`npx keyward staged\` to it, or move its commands to .husky/pre-commit, remove it and run keyward init again.`,
    ];
  if (situation.lintStaged)
    return [
      situation.lintStaged.staged
        ? `Hook: lint-staged already runs keyward staged (${situation.lintStaged.file}); the hook line was not added.`
        : `Hook: lint-staged runs keyward on the file names it passes (${situation.lintStaged.file}), which scans the ` +
          `work tree, not what is staged. Make it \`"*": () => "keyward staged"\` in a lint-staged.config.js ` +
          `(a function runs once, without file names); the hook line was not added.`,
    ];
  return [];
}

function huskyChanges(root: string, packageJson: PackageJson | undefined, situation: HookSituation): Change[] {
  if (!packageJson)
    throw new UsageError(
      'no package.json in the repository root: husky runs from the npm prepare script (create one with `npm init -y`)',
    );
  const changes: Change[] = [];
  const edit = addHusky(packageJson, pkg.version);
  if (edit.what.length) {
    const file = path.join(root, 'package.json');
    changes.push({ file: 'package.json', what: edit.what.join(', '), apply: () => writeFile(file, edit.text) });
  }
  if (situation.lintStaged) return changes;
  const file = path.join(root, '.husky', 'pre-commit');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current !== undefined && runsKeywardStaged(current)) return changes;
  const content = withCommand(current, HOOK_COMMAND);
  changes.push({
    file: '.husky/pre-commit',
    what: current === undefined ? `create with \`${HOOK_COMMAND}\`` : `add \`${HOOK_COMMAND}\``,
    apply: async () => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
      await chmod(file, 0o755);
    },
  });
  return changes;
}

function configChanges(root: string, packageJson: PackageJson | undefined): Change[] {
  if (CONFIG_FILES.some((name) => existsSync(path.join(root, name)))) return [];
  if (packageJson && 'keyward' in packageJson.data) return [];
  const file = path.join(root, 'keyward.config.json');
  const config = { ignore: [], disable: [], allow: {}, failOn: 'low' };
  return [
    {
      file: 'keyward.config.json',
      what: 'create with defaults',
      apply: () => writeFile(file, `${JSON.stringify(config, null, 2)}\n`),
    },
  ];
}

function gitignoreChanges(root: string): Change[] {
  const file = path.join(root, '.gitignore');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const lines = current.split(/\r?\n/).map((line) => line.trim());
  if (lines.some((line) => /^\/?\.env(?:\*|\.\*)?$/.test(line))) return [];
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  const block = ['# secrets (added by keyward init)', ...ENV_IGNORE, ''].join(eol);
  const prefix = `${current && !current.endsWith('\n') ? eol : ''}${current ? eol : ''}`;
  return [{ file: '.gitignore', what: 'ignore .env files', apply: () => writeFile(file, current + prefix + block) }];
}

/** This repository's address, for the pre-commit framework's `repo:` (from the CLI's package.json). */
function repositoryUrl(): string {
  const repository = (pkg as { repository?: { url?: string } }).repository?.url;
  const url = repository?.replace(/^git\+/, '').replace(/\.git$/, '');
  return url ?? pkg.homepage ?? 'https://github.com/keyward-dev/keyward';
}

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { jsonSyntaxError } from '@keyward/core';
import { CONFIG_FILES, repositoryRoot } from '@keyward/scanner';
import type { RunContext, RunResult } from '../io.js';
import { UsageError } from '../errors.js';
import { pkg } from '../version.js';

const HOOK_COMMAND = 'npx keyward staged';
const ENV_IGNORE = ['.env', '.env.*', '!.env.example', '!.env.sample'];

interface Change {
  readonly file: string;
  readonly what: string;
  readonly apply: () => Promise<void>;
}

/**
 * `keyward init [--dry-run]`: husky 9 (`"prepare": "husky"`, `.husky/pre-commit` running `npx keyward staged`),
 * a `keyward.config.json` when none exists, and `.env` in `.gitignore`. Idempotent: a second run changes nothing.
 */
export default async function init(args: string[], context: RunContext): Promise<RunResult> {
  let values;
  try {
    values = parseArgs({ args, strict: true, options: { 'dry-run': { type: 'boolean' } } }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const root = repositoryRoot(context.cwd);
  const changes = [
    ...packageJsonChanges(root),
    ...hookChanges(root),
    ...configChanges(root),
    ...gitignoreChanges(root),
  ];
  if (changes.length === 0)
    return { exitCode: 0, stdout: 'keyward: nothing to do; the hook, config and .gitignore are set up.\n', stderr: '' };
  const verb = values['dry-run'] ? 'would update' : 'updated';
  if (!values['dry-run']) for (const change of changes) await change.apply();
  const lines = changes.map((change) => `  ${verb} ${change.file}: ${change.what}`);
  const next = values['dry-run'] ? '' : '\nNext: run `npm install` so husky installs the hook (the prepare script).\n';
  return {
    exitCode: 0,
    stdout: `keyward init${values['dry-run'] ? ' (dry run)' : ''}:\n${lines.join('\n')}\n${next}`,
    stderr: '',
  };
}

function readJson(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    // never the parser's message: it quotes the file (all of it, for a byte-order mark)
    const where = text.startsWith('\uFEFF') ? 'it starts with a byte-order mark' : jsonSyntaxError(text);
    throw new UsageError(`${path.basename(file)} is not valid JSON (${where ?? 'syntax error'})`);
  }
}

function packageJsonChanges(root: string): Change[] {
  const file = path.join(root, 'package.json');
  if (!existsSync(file))
    throw new UsageError(
      'no package.json in the repository root: husky runs from the npm prepare script (create one with `npm init -y`)',
    );
  const text = readFileSync(file, 'utf8');
  const data = readJson(file);
  const scripts = { ...((data['scripts'] as Record<string, string> | undefined) ?? {}) };
  const dev = { ...((data['devDependencies'] as Record<string, string> | undefined) ?? {}) };
  const deps = (data['dependencies'] as Record<string, string> | undefined) ?? {};
  const what: string[] = [];
  if (!scripts['prepare']) {
    scripts['prepare'] = 'husky';
    what.push('scripts.prepare = "husky"');
  } else if (!/\bhusky\b/.test(scripts['prepare'])) {
    scripts['prepare'] = `${scripts['prepare']} && husky`;
    what.push('scripts.prepare += "husky"');
  }
  if (!dev['husky'] && !deps['husky']) {
    dev['husky'] = '^9.1.7';
    what.push('devDependencies.husky');
  }
  if (!dev['keyward'] && !deps['keyward'] && data['name'] !== 'keyward') {
    dev['keyward'] = `^${pkg.version}`;
    what.push('devDependencies.keyward');
  }
  if (what.length === 0) return [];
  const indent = /^\{\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return [
    {
      file: 'package.json',
      what: what.join(', '),
      apply: () => writeFile(file, `${JSON.stringify({ ...data, scripts, devDependencies: dev }, null, indent)}\n`),
    },
  ];
}

function hookChanges(root: string): Change[] {
  const file = path.join(root, '.husky', 'pre-commit');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current?.includes('keyward staged')) return [];
  const content = current === undefined ? `${HOOK_COMMAND}\n` : `${current.replace(/\n?$/, '\n')}${HOOK_COMMAND}\n`;
  return [
    {
      file: '.husky/pre-commit',
      what: current === undefined ? `create with \`${HOOK_COMMAND}\`` : `append \`${HOOK_COMMAND}\``,
      apply: async () => {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
        await chmod(file, 0o755);
      },
    },
  ];
}

function configChanges(root: string): Change[] {
  if (CONFIG_FILES.some((name) => existsSync(path.join(root, name)))) return [];
  const packageJson = path.join(root, 'package.json');
  if (existsSync(packageJson) && 'keyward' in readJson(packageJson)) return [];
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
  const block = `${current && !current.endsWith('\n') ? '\n' : ''}${current ? '\n' : ''}# secrets (added by keyward init)\n${ENV_IGNORE.join('\n')}\n`;
  return [{ file: '.gitignore', what: 'ignore .env files', apply: () => writeFile(file, current + block) }];
}

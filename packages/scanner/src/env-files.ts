import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFinding, isEnvExample, isEnvFile, scanText, type Finding } from '@keyward/core';

/**
 * `committed-env-file`: `.env*` files that git tracks, or that sit untracked without a `.gitignore` rule
 * covering them. Example files (`.env.example`, `.env.sample`…) may be committed while they hold only
 * placeholders; a real key in one is reported by `no-hardcoded-key`. Outside a git repository: none.
 */
export function committedEnvFiles(root: string, scope: (file: string) => boolean = () => true): Finding[] {
  const listed = (args: string[]) => {
    const result = spawnSync('git', ['ls-files', '-z', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    return result.status === 0 ? result.stdout.split('\0').filter(Boolean) : undefined;
  };
  const tracked = listed([]);
  if (tracked === undefined) return [];
  const untracked = listed(['--others', '--exclude-standard']) ?? [];
  const findings: Finding[] = [];
  for (const [files, state] of [
    [tracked, 'tracked'],
    [untracked, 'untracked'],
  ] as const) {
    for (const file of files) {
      if (!isEnvFile(file) || !scope(file)) continue;
      if (isEnvExample(file) && onlyPlaceholders(path.join(root, file), file)) continue;
      findings.push(envFileFinding(file, state === 'tracked' ? 'tracked' : 'not-ignored'));
    }
  }
  return findings;
}

/** The finding for one env file: tracked by git, not ignored, being committed right now (staged), or in a commit. */
export function envFileFinding(
  file: string,
  state: 'tracked' | 'not-ignored' | 'staged' | 'history',
  commit?: { readonly commit: string; readonly date: string },
): Finding {
  const base = path.posix.basename(file);
  const message =
    state === 'not-ignored'
      ? `${file} is not covered by .gitignore; add \`${base}\` (or \`.env*\` with \`!.env.example\`) to .gitignore before it is committed.`
      : state === 'history'
        ? `${file} was committed in commit ${commit?.commit.slice(0, 12) ?? '?'} (${commit?.date.slice(0, 10) ?? '?'}): what it held is in git history even where the file is gone, so rotate the keys it held.`
        : `${file} is ${state === 'staged' ? 'staged for commit' : 'tracked by git'}; unstage it with \`git rm --cached ${file}\`, add it to .gitignore, and rotate the keys it held.`;
  return createFinding({
    ruleId: 'committed-env-file',
    severity: state === 'not-ignored' ? 'medium' : 'high',
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message,
    identity: file,
    redacted: base,
    ...(commit ? { commit: commit.commit } : {}),
  });
}

function onlyPlaceholders(absolute: string, file: string): boolean {
  try {
    return scanText(readFileSync(absolute, 'utf8'), { path: file }).length === 0;
  } catch {
    return true;
  }
}

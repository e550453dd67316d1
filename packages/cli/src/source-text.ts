import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '@keyward/core';

/** Where the text a finding was found in is read back from, for the code frame under it. */
export type SourceOrigin =
  | { readonly from: 'worktree' }
  | { readonly from: 'index'; readonly texts?: ReadonlyMap<string, string> }
  | { readonly from: 'text'; readonly name: string; readonly text: string };

/** The text of a finding's file as it was scanned, or undefined when it cannot be read back (then: no frame). */
export type SourceOf = (finding: Finding) => string | undefined;

/** Files larger than this get no frame (a frame is a courtesy; reading a huge file again is not). */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads back what a scan read: the working tree under `root` (never through a symlink, never outside it), the
 * staged blob from the index, the blob of the commit that added a history finding, or the piped text.
 */
export function sourceReader(root: string, origin: SourceOrigin): SourceOf {
  const cache = new Map<string, string | undefined>();
  return (finding) => {
    const key = `${finding.commit ?? ''}\0${finding.file}`;
    if (!cache.has(key)) cache.set(key, read(root, origin, finding));
    return cache.get(key);
  };
}

function read(root: string, origin: SourceOrigin, finding: Finding): string | undefined {
  try {
    if (finding.commit) return gitBlob(root, `${finding.commit}:${finding.file}`);
    if (origin.from === 'text') return finding.file === origin.name ? origin.text : undefined;
    if (origin.from === 'index') return origin.texts?.get(finding.file) ?? gitBlob(root, `:${finding.file}`);
    const base = realpathSync(root);
    const file = path.resolve(base, finding.file);
    // the file the scan read, not one a symlink (of the file or a folder on the way) points at
    if (!file.startsWith(base + path.sep) || realpathSync(file) !== file) return undefined;
    const stat = lstatSync(file);
    if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function gitBlob(root: string, spec: string): string {
  return execFileSync('git', ['cat-file', 'blob', spec], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: MAX_BYTES,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

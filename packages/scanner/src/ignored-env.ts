import path from 'node:path';
import { publicEnvFindings, type Finding } from '@keyward/core';
import { readText } from './read-text.js';

/**
 * `no-public-env-secret` in git-ignored `.env*` files (`.env.local`, `.env.production.local`): the keys they
 * hold belong there and are not reported, but a secret under a public prefix (`NEXT_PUBLIC_`, `VITE_`…) is
 * copied into the browser bundle at build time wherever the file sits.
 */
export function ignoredEnvFindings(root: string, files: readonly string[], maxBytes: number): Finding[] {
  return files.flatMap((file) => {
    const read = readText(path.join(root, file), maxBytes);
    return 'text' in read ? publicEnvFindings(read.text, file) : [];
  });
}

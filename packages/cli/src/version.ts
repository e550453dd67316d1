import { readFileSync } from 'node:fs';

/** This package's name and version, read from its package.json (never hard-coded). */
export const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  homepage?: string;
};

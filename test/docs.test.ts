import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain ESM script without types
import { generatedDocs } from '../scripts/gen-docs.mjs';
import { rules } from '@keyward/core';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));

describe('documentation', () => {
  it('generated docs (detector catalog, rules tables) are current (run `npm run docs`)', () => {
    for (const [file, fresh] of generatedDocs() as [string, string][])
      expect(readFileSync(file, 'utf8'), file).toBe(fresh);
  });

  it('has the pages the CLI and SARIF link to', () => {
    for (const page of ['cli.md', 'configuration.md', 'detectors.md', 'eslint.md', 'rules/no-hardcoded-key.md']) {
      expect(existsSync(`${docs}${page}`), page).toBe(true);
    }
  });

  it('describes every rule id in DESIGN order in the rules index', () => {
    const index = readFileSync(`${docs}rules/README.md`, 'utf8');
    for (const rule of rules) expect(index).toContain(`\`${rule.id}\``);
  });
});

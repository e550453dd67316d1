import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain ESM script without types
import { DETECTORS_DOC, renderDetectorsDoc } from '../scripts/gen-docs.mjs';
import { rules } from '@keyward/core';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));

describe('documentation', () => {
  it('docs/detectors.md is generated from the current catalog (run `npm run docs`)', () => {
    expect(readFileSync(DETECTORS_DOC, 'utf8')).toBe(renderDetectorsDoc());
  });

  it('has the pages the CLI and SARIF link to', () => {
    for (const page of ['cli.md', 'configuration.md', 'detectors.md', 'rules/no-hardcoded-key.md']) {
      expect(existsSync(`${docs}${page}`), page).toBe(true);
    }
  });

  it('describes every rule id in DESIGN order in the rules index', () => {
    const index = readFileSync(`${docs}rules/README.md`, 'utf8');
    for (const rule of rules) expect(index).toContain(`\`${rule.id}\``);
  });
});

import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { scanTree } from '../src/index.js';

// The semantic pass keeps a bounded set of syntax trees, parsing a module again when the analysis comes back to it
// after its tree was dropped (flow's module-store.ts). Findings must not depend on that: with a budget of zero,
// every tree but the seeded ones is dropped after each step of the walk, and each project scans as with the default.

const fixtures = fileURLToPath(new URL('../../../test-fixtures/', import.meta.url));
const PROJECTS = ['next-app', 'vite-spa', 'node-service', 'monorepo', 'demo', 'eslint-app', 'parity'];

describe('the semantic pass with trees dropped and parsed again', () => {
  it.each(PROJECTS)('test-fixtures/%s: the same findings with a tree budget of 0', async (project) => {
    const root = `${fixtures}${project}`;
    const kept = await scanTree({ root, workers: 0 });
    const dropped = await scanTree({ root, workers: 0, treeBudget: 0 });
    expect(kept.findings.length).toBeGreaterThan(0);
    expect(dropped.findings).toEqual(kept.findings);
  });
});

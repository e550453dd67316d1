import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests run against the sources; the bin test runs the built package.
    alias: {
      '@keyward/core': src('core'),
      '@keyward/scanner': src('scanner'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['packages/eslint-plugin/test/setup.ts'],
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { fileURLToPath } from 'node:url';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// The files that take minutes (every detector times adversarial input, generates 10^4 keys each, or runs the CLI
// over a planted tree) start first, so the workers finish together instead of one running them at the end.
const SLOW = [
  'packages/core/test/linear-time.test.ts',
  'packages/core/test/no-drop.test.ts',
  'packages/cli/test/leaks.test.ts',
  'test/pre-commit-framework.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = SLOW.findIndex((slow) => file.moduleId.endsWith(slow));
      return at === -1 ? SLOW.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    // one worker per core: the suite is CPU-bound (vitest's default leaves a core idle)
    maxWorkers: '100%',
    sequence: { sequencer: SlowFirst },
  },
});

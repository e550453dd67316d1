// The repository lints itself: typescript-eslint for all code, eslint-plugin-eslint-plugin for the rule
// files, and Keyward's own plugin (from its build) so the project eats its own cooking.
import tseslint from 'typescript-eslint';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import keyward from './packages/eslint-plugin/dist/index.js';

export default tseslint.config(
  {
    name: 'keyward/ignores',
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/cli/bundle/**',
      'packages/eslint-plugin/bundle/**',
      'action/**',
      'test-fixtures/**',
      'bench/.work/**',
      'coverage/**',
    ],
  },
  ...tseslint.configs.recommended,
  keyward.configs.recommended,
  {
    name: 'keyward/rule-files',
    files: ['packages/eslint-plugin/src/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
  },
  {
    name: 'keyward/repository',
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    name: 'keyward/tests',
    files: ['**/test/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);

import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from './rules/index.js';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type RuleName = keyof typeof rules;
type Severity = 'error' | 'warn';

interface KeywardPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: { recommended: TSESLint.FlatConfig.Config; strict: TSESLint.FlatConfig.Config };
}

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'keyward' },
  rules,
  configs: {},
} as KeywardPlugin;

function config(name: string, levels: Record<RuleName, Severity>): TSESLint.FlatConfig.Config {
  return {
    name: `keyward/${name}`,
    plugins: { keyward: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: Object.fromEntries(Object.entries(levels).map(([rule, level]) => [`keyward/${rule}`, level])),
  };
}

// recommended: every rule, no type information needed; the flow-based rule warns. strict: all errors.
plugin.configs.recommended = config('recommended', {
  'no-hardcoded-key': 'error',
  'no-client-side-key': 'error',
  'no-public-env-secret': 'error',
  'no-browser-sdk-secret': 'error',
  'no-logged-credential': 'warn',
});
plugin.configs.strict = config('strict', {
  'no-hardcoded-key': 'error',
  'no-client-side-key': 'error',
  'no-public-env-secret': 'error',
  'no-browser-sdk-secret': 'error',
  'no-logged-credential': 'error',
});

// Named exports too, so `require('eslint-plugin-keyward')` (require of ESM, Node >= 20.19) is the plugin itself.
export const { meta, configs } = plugin;
export { rules };
export default plugin;

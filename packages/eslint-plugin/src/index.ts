import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules as coreRules } from '@keyward/core';
import { rules } from './rules/index.js';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type Level = 'error' | 'warn';

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

/** A flat config of the plugin's rules, each at the level `levelOf` gives it (from core's rule list). */
function config(name: string, levelOf: (level: Level) => Level): TSESLint.FlatConfig.Config {
  const levels = coreRules.flatMap((rule) =>
    rule.eslint && rule.id in rules ? [[`keyward/${rule.id}`, levelOf(rule.eslint)] as const] : [],
  );
  return {
    name: `keyward/${name}`,
    plugins: { keyward: plugin as unknown as TSESLint.FlatConfig.Plugin },
    rules: Object.fromEntries(levels),
  };
}

// recommended: every rule at the level core's rule list gives it (the flow-based rule warns); strict: all errors.
plugin.configs.recommended = config('recommended', (level) => level);
plugin.configs.strict = config('strict', () => 'error');

// Named exports too, so `require('eslint-plugin-keyward')` (require of ESM, Node >= 20.19) is the plugin itself.
export const { meta, configs } = plugin;
export { rules };
export default plugin;

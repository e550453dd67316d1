import { createRequire } from 'node:module';
import type { ESLint, Linter, Rule } from 'eslint';
import type { defineConfig } from 'eslint/config';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules as coreRules } from '@keyward/core';
import { rules as ruleModules } from './rules/index.js';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type Level = 'error' | 'warn';
/**
 * Spelled out rather than `keyof typeof ruleModules`, so the published index.d.ts imports nothing but ESLint's
 * types: a user's eslint.config.ts then type-checks without loading the rules' and core's declarations (core's
 * need @types/node). `_Fits` below checks that the names are exactly the rules'.
 */
export type RuleName =
  'no-hardcoded-key' | 'no-client-side-key' | 'no-public-env-secret' | 'no-browser-sdk-secret' | 'no-logged-credential';

/**
 * One of the plugin's flat configs. Typed by its own shape rather than as typescript-eslint's
 * `FlatConfig.Config`: that type's `languageOptions` has no index signature, so it is not assignable to
 * ESLint's `Linter.Config`, and `defineConfig([keyward.configs.recommended])` from `eslint/config` failed to
 * type-check (TS2322). This shape is assignable to both, so `defineConfig` and `tseslint.config` take it.
 */
export interface KeywardConfig {
  name: `keyward/${string}`;
  plugins: { keyward: KeywardPlugin };
  rules: { [rule: `keyward/${string}`]: Level };
}

export interface KeywardPlugin {
  meta: { name: string; version: string; namespace: string };
  /**
   * ESLint's rule type: the rules are written with typescript-eslint's `RuleCreator`, whose `create(context)`
   * asks for more of the context than ESLint's types promise, so as written they are not an `ESLint.Plugin`'s
   * rules (typescript-eslint issue 11543). ESLint calls them with its real context, which has all of it.
   */
  rules: Record<RuleName, Rule.RuleModule>;
  configs: { recommended: KeywardConfig; strict: KeywardConfig };
}

const rules = ruleModules as unknown as KeywardPlugin['rules'];

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'keyward' },
  rules,
  configs: {} as KeywardPlugin['configs'],
} satisfies KeywardPlugin as KeywardPlugin;

/** A flat config of the plugin's rules, each at the level `levelOf` gives it (from core's rule list). */
function config(name: string, levelOf: (level: Level) => Level): KeywardConfig {
  const levels = coreRules.flatMap((rule) =>
    rule.eslint && rule.id in rules ? [[`keyward/${rule.id}`, levelOf(rule.eslint)] as const] : [],
  );
  return { name: `keyward/${name}`, plugins: { keyward: plugin }, rules: Object.fromEntries(levels) };
}

// recommended: every rule at the level core's rule list gives it (the flow-based rule warns); strict: all errors.
plugin.configs.recommended = config('recommended', (level) => level);
plugin.configs.strict = config('strict', () => 'error');

// Checked when the plugin is built (types only, no code): what ESLint's and typescript-eslint's config types take.
// test/packed-install.test.ts also type-checks a user's eslint.config.ts against the packed plugin.
type Fits<T extends U, U> = T;
type _Fits = [
  Fits<RuleName, keyof typeof ruleModules>,
  Fits<keyof typeof ruleModules, RuleName>,
  Fits<KeywardPlugin, ESLint.Plugin & TSESLint.FlatConfig.Plugin>,
  Fits<KeywardConfig, Linter.Config & TSESLint.FlatConfig.Config & Parameters<typeof defineConfig>[0]>,
];

// Named exports too, so `require('eslint-plugin-keyward')` (require of ESM, Node >= 20.19) is the plugin itself.
export const { meta, configs } = plugin;
export { rules };
export default plugin;

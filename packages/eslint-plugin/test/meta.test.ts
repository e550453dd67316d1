import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import plugin, { configs, meta, rules } from '../src/index.js';
import { rules as coreRules } from '@keyward/core';
import { analysisCount } from '../src/analysis/file-analysis.js';
import { fake } from './tester.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ruleNames = Object.keys(rules);

describe('plugin meta', () => {
  it('reads name and version from package.json and has a namespace', () => {
    expect(meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'keyward' });
    expect(plugin.meta).toBe(meta);
  });

  it('exports the five rules with the DESIGN rule ids', () => {
    expect(ruleNames.sort()).toEqual([
      'no-browser-sdk-secret',
      'no-client-side-key',
      'no-hardcoded-key',
      'no-logged-credential',
      'no-public-env-secret',
    ]);
    for (const name of ruleNames)
      expect(
        coreRules.some((rule) => rule.id === name),
        name,
      ).toBe(true);
  });

  it.each(ruleNames)('%s has a doc page, a test, a docs URL and a Disallow/Require/Enforce description', (name) => {
    const rule = rules[name as keyof typeof rules];
    expect(existsSync(`${repo}docs/rules/${name}.md`)).toBe(true);
    expect(existsSync(fileURLToPath(new URL(`./rules/${name}.test.ts`, import.meta.url)))).toBe(true);
    expect(rule.meta.docs?.url).toBe(`https://github.com/keyward-dev/keyward/blob/main/docs/rules/${name}.md`);
    expect(rule.meta.docs?.description).toMatch(/^(Disallow|Require|Enforce) /);
    for (const schema of [rule.meta.schema].flat()) {
      if (schema && typeof schema === 'object' && 'properties' in schema) {
        expect(schema.additionalProperties).toBe(false);
        for (const property of Object.values(schema.properties ?? {}))
          expect((property as { description?: string }).description).toBeTruthy();
      }
    }
  });

  it("takes every rule meta and config level from core's rule list, the one source of rule metadata", () => {
    for (const name of ruleNames) {
      const core = coreRules.find((rule) => rule.id === name)!;
      const meta = rules[name as keyof typeof rules].meta;
      expect(meta.docs?.description, name).toBe(core.description);
      expect(meta.docs?.recommended, name).toBe(core.eslint !== undefined);
      // one messageId per severity the rule's findings can have: a report carries the severity CI sees
      for (const severity of core.severities)
        expect(meta.messages[severity as keyof typeof meta.messages]).toBe('{{message}}');
      expect(configs.recommended.rules?.[`keyward/${name}`], name).toBe(core.eslint);
    }
  });

  it('has recommended and strict configs with names, matching rule meta', () => {
    expect(configs.recommended.name).toBe('keyward/recommended');
    expect(configs.strict.name).toBe('keyward/strict');
    const recommended = Object.keys(configs.recommended.rules ?? {}).map((id) => id.replace('keyward/', ''));
    expect(recommended.sort()).toEqual(
      ruleNames.filter((name) => rules[name as keyof typeof rules].meta.docs?.recommended).sort(),
    );
    expect(Object.keys(configs.strict.rules ?? {}).sort()).toEqual(ruleNames.map((name) => `keyward/${name}`).sort());
    expect(Object.values(configs.strict.rules ?? {})).toEqual(ruleNames.map(() => 'error'));
  });

  it('runs every rule off one shared analysis per file', () => {
    const linter = new Linter({ configType: 'flat' });
    const before = analysisCount.files;
    const messages = linter.verify(
      `'use client';\nconst k = '${fake.lmifLive()}';\nconsole.log(process.env.NEXT_PUBLIC_ACME_SECRET, k);\n`,
      [configs.strict],
      'app/page.js',
    );
    expect(analysisCount.files - before).toBe(1);
    expect(new Set(messages.map((message) => message.ruleId))).toEqual(
      new Set([
        'keyward/no-hardcoded-key',
        'keyward/no-client-side-key',
        'keyward/no-public-env-secret',
        'keyward/no-logged-credential',
      ]),
    );
  });
});

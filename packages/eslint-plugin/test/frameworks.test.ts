import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import vueParser from 'vue-eslint-parser';
import svelteParser from 'svelte-eslint-parser';
import tsParser from '@typescript-eslint/parser';
import plugin from '../src/index.js';
import { fake } from './tester.js';

// The rules lint the script blocks of .vue and .svelte files when the user configures those parsers.
const key = fake.lmifLive();

function lint(code: string, filename: string, parser: Linter.Parser) {
  const linter = new Linter({ configType: 'flat' });
  return linter
    .verify(
      code,
      [
        {
          files: ['**/*.vue', '**/*.svelte'],
          languageOptions: { parser, parserOptions: { parser: tsParser, sourceType: 'module' } },
        },
        { ...plugin.configs.recommended, files: ['**/*.vue', '**/*.svelte'] },
      ],
      filename,
    )
    .map((message) => [message.ruleId, message.line, message.column]);
}

describe('framework single-file components', () => {
  it('Vue: a key in <script setup lang="ts"> and a browser-exposed secret', () => {
    const code = `<template>\n  <div>{{ title }}</div>\n</template>\n<script setup lang="ts">\nconst title = 'Search';\nconst key = '${key}';\nconst openai = import.meta.env.VITE_OPENAI_API_KEY;\n</script>\n`;
    expect(lint(code, 'src/components/Search.vue', vueParser as Linter.Parser)).toEqual([
      ['keyward/no-hardcoded-key', 6, 14],
      ['keyward/no-client-side-key', 6, 14],
      ['keyward/no-public-env-secret', 7, 16],
    ]);
  });

  it('Svelte: a key in <script lang="ts">', () => {
    const code = `<script lang="ts">\n  let query = '';\n  const key = '${key}';\n</script>\n\n<input bind:value={query} />\n`;
    expect(lint(code, 'src/routes/+page.svelte', svelteParser as Linter.Parser)).toContainEqual([
      'keyward/no-hardcoded-key',
      3,
      16,
    ]);
  });

  it('stays quiet on clean components', () => {
    const code = `<script setup lang="ts">\nconst url = import.meta.env.VITE_API_URL;\n</script>\n<template><a :href="url">docs</a></template>\n`;
    expect(lint(code, 'src/components/Docs.vue', vueParser as Linter.Parser)).toEqual([]);
  });
});

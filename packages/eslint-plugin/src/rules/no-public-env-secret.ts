import { createRule } from '../util/create-rule.js';
import { fileFacts } from '../analysis/file-facts.js';
import {
  isPublicByDesign,
  namesSecret,
  PUBLIC_BY_DESIGN,
  PUBLIC_PREFIXES,
  publicPrefix,
  SECRET_WORDS,
} from '@keyward/core';

export type Options = [{ prefixes?: string[]; secretWords?: string[]; allow?: string[] }];
export type MessageIds = 'publicSecret';

export default createRule<Options, MessageIds>({
  name: 'no-public-env-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow secrets in environment variables that frameworks inline into browser bundles',
      recommended: true,
    },
    messages: {
      publicSecret:
        '{{name}} names a secret, but the {{prefix}} prefix makes the bundler copy its value into browser code. Rename it without the prefix and read it on the server.',
    },
    schema: [
      {
        type: 'object',
        description: 'Options for no-public-env-secret.',
        properties: {
          prefixes: {
            type: 'array',
            description: 'Prefixes that expose a variable to the browser.',
            items: { type: 'string' },
          },
          secretWords: {
            type: 'array',
            description: 'Name words that mark a secret (KEY, SECRET, TOKEN…).',
            items: { type: 'string' },
          },
          allow: {
            type: 'array',
            description: 'Name fragments that are public by design (PUBLISHABLE, ANON…); replaces the defaults.',
            items: { type: 'string' },
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ prefixes: PUBLIC_PREFIXES, secretWords: SECRET_WORDS, allow: PUBLIC_BY_DESIGN }],
  },
  create(context, [options]) {
    const prefixes = options.prefixes ?? PUBLIC_PREFIXES;
    const secretWords = options.secretWords ?? SECRET_WORDS;
    const allow = options.allow ?? PUBLIC_BY_DESIGN;
    return {
      'Program:exit'() {
        for (const read of fileFacts(context).envReads) {
          const prefix = publicPrefix(read.name, prefixes);
          if (!prefix) continue;
          const rest = read.name.slice(prefix.length);
          if (!namesSecret(rest, secretWords) || isPublicByDesign(rest, allow)) continue;
          context.report({ node: read.node, messageId: 'publicSecret', data: { name: read.name, prefix } });
        }
      },
    };
  },
});

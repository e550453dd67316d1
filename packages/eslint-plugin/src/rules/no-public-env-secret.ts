import { PUBLIC_BY_DESIGN, PUBLIC_PREFIXES, SECRET_WORDS } from '@keyward/core';
import { createRule, keywardMeta } from '../util/create-rule.js';
import { fileAnalysis, findingsOf } from '../analysis/file-analysis.js';
import { reportFinding } from '../analysis/report.js';

export type Options = [{ prefixes?: string[]; secretWords?: string[]; allow?: string[] }];
export type MessageIds = 'high';

export default createRule<Options, MessageIds>({
  name: 'no-public-env-secret',
  meta: {
    ...keywardMeta('no-public-env-secret'),
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
    defaultOptions: [{}],
  },
  create(context, [options]) {
    return {
      'Program:exit'() {
        const custom = options.prefixes ?? options.secretWords ?? options.allow;
        const overrides = custom
          ? {
              publicEnv: {
                prefixes: options.prefixes ?? PUBLIC_PREFIXES,
                secretWords: options.secretWords ?? SECRET_WORDS,
                allow: options.allow ?? PUBLIC_BY_DESIGN,
              },
            }
          : {};
        for (const finding of findingsOf(fileAnalysis(context, overrides), 'no-public-env-secret'))
          reportFinding(context, finding);
      },
    };
  },
});

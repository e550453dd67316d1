import { createRule, keywardMeta } from '../util/create-rule.js';
import { fileAnalysis, findingsOf, type EngineOverrides } from '../analysis/file-analysis.js';
import { reportFinding } from '../analysis/report.js';

export type Options = [{ clientGlobs?: string[]; allowEnv?: string[] }];
export type MessageIds = 'high';

export default createRule<Options, MessageIds>({
  name: 'no-client-side-key',
  meta: {
    ...keywardMeta('no-client-side-key'),
    schema: [
      {
        type: 'object',
        description: 'Options for no-client-side-key.',
        properties: {
          clientGlobs: {
            type: 'array',
            description:
              'Globs (relative to the config root) of client modules; replaces the recognised entry globs (`clientEntries` of keyward.config.json still apply).',
            items: { type: 'string' },
          },
          allowEnv: {
            type: 'array',
            description: 'Environment variable names that may be read in client code.',
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
        const overrides: EngineOverrides = {
          ...(options.clientGlobs ? { entryGlobs: options.clientGlobs } : {}),
          ...(options.allowEnv?.length ? { allowEnv: new Set(options.allowEnv) } : {}),
        };
        for (const finding of findingsOf(fileAnalysis(context, overrides), 'no-client-side-key'))
          reportFinding(context, finding);
      },
    };
  },
});

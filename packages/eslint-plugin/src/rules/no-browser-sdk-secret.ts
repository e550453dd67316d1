import { createRule, keywardMeta } from '../util/create-rule.js';
import { fileAnalysis, findingsOf } from '../analysis/file-analysis.js';
import { reportFinding } from '../analysis/report.js';

export type Options = [{ clientGlobs?: string[] }];
export type MessageIds = 'high';

export default createRule<Options, MessageIds>({
  name: 'no-browser-sdk-secret',
  meta: {
    ...keywardMeta('no-browser-sdk-secret'),
    schema: [
      {
        type: 'object',
        description: 'Options for no-browser-sdk-secret.',
        properties: {
          clientGlobs: {
            type: 'array',
            description:
              'Globs of client modules; replaces the recognised entry globs (`clientEntries` of keyward.config.json still apply).',
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
        const overrides = options.clientGlobs ? { entryGlobs: options.clientGlobs } : {};
        for (const finding of findingsOf(fileAnalysis(context, overrides), 'no-browser-sdk-secret'))
          reportFinding(context, finding);
      },
    };
  },
});

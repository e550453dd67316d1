import { createRule, keywardMeta } from '../util/create-rule.js';
import { fileAnalysis, findingsOf } from '../analysis/file-analysis.js';
import { reportFinding } from '../analysis/report.js';

export type Options = [{ sanitizers?: string[] }];
export type MessageIds = 'high' | 'medium';

export default createRule<Options, MessageIds>({
  name: 'no-logged-credential',
  meta: {
    ...keywardMeta('no-logged-credential'),
    schema: [
      {
        type: 'object',
        description: 'Options for no-logged-credential.',
        properties: {
          sanitizers: {
            type: 'array',
            description:
              'Names of functions that redact a value; replaces the `sanitizers` of keyward.config.json (default: redact, mask).',
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
        const overrides = options.sanitizers ? { sanitizers: new Set(options.sanitizers) } : {};
        for (const finding of findingsOf(fileAnalysis(context, overrides), 'no-logged-credential'))
          reportFinding(context, finding);
      },
    };
  },
});

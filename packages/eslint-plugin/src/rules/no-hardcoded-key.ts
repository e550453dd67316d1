import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { envNameFor, redact } from '@keyward/core';
import { createRule } from '../util/create-rule.js';
import { fileFacts, staticString, type KeyHit } from '../analysis/file-facts.js';

export type Options = [{ allow?: string[]; ignoreComments?: boolean }];
export type MessageIds = 'hardcodedKey' | 'useEnv';

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-key',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow API keys and other credentials written into source code',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      hardcodedKey: '{{title}} {{redacted}} is hardcoded; move it to process.env.{{envName}} and rotate it.',
      useEnv: 'Read it from process.env.{{envName}} instead.',
    },
    schema: [
      {
        type: 'object',
        description: 'Options for no-hardcoded-key.',
        properties: {
          allow: {
            type: 'array',
            description: 'Detector ids not to report in this file set (for example `jwt`).',
            items: { type: 'string' },
          },
          ignoreComments: { type: 'boolean', description: 'Do not report keys inside comments.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], ignoreComments: false }],
  },
  create(context, [options]) {
    const allowed = new Set(options.allow ?? []);
    return {
      'Program:exit'() {
        for (const hit of fileFacts(context).keys) {
          if (allowed.has(hit.match.detector.id) || (options.ignoreComments && hit.inComment)) continue;
          report(hit);
        }
      },
    };

    function report(hit: KeyHit): void {
      const { detector, secret } = hit.match;
      const envName = hit.match.name ? envNameFor(hit.match.name) : detector.envName;
      const data = {
        title: hit.match.name ? `Secret assigned to ${hit.match.name}` : detector.title,
        redacted: redact(secret, detector.prefixLength ?? 0),
        envName,
      };
      const replaceable = replaceableNode(hit);
      context.report({
        loc: hit.loc,
        messageId: 'hardcodedKey',
        data,
        suggest: replaceable
          ? [
              {
                messageId: 'useEnv',
                data,
                fix: (fixer) => fixer.replaceText(replaceable, replacement(replaceable, envName)),
              },
            ]
          : [],
      });
    }
  },
});

/** The node whose whole value is the key, so replacing it with an env read keeps the code valid. */
function replaceableNode(hit: KeyHit): TSESTree.Node | undefined {
  const holder = hit.concatenation ?? hit.literal;
  if (!holder || holder.type === AST_NODE_TYPES.JSXText) return undefined;
  return staticString(holder) === hit.match.secret ? holder : undefined;
}

function replacement(node: TSESTree.Node, envName: string): string {
  const read = `process.env.${envName}`;
  return node.parent?.type === AST_NODE_TYPES.JSXAttribute ? `{${read}}` : read;
}

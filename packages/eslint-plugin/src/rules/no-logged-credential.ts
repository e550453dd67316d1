import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { CREDENTIAL_HEADERS, DEFAULT_SANITIZERS } from '@keyward/core';
import { createRule } from '../util/create-rule.js';
import { fileFacts, type FileFacts } from '../analysis/file-facts.js';
import { CredentialFlow, memberName } from '../analysis/credential-flow.js';
import { sinkOf } from '../analysis/sinks.js';

export type Options = [{ sanitizers?: string[] }];
export type MessageIds = 'loggedCredential';

export default createRule<Options, MessageIds>({
  name: 'no-logged-credential',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow credentials and Authorization headers in logs, analytics and error reports',
      recommended: true,
    },
    messages: {
      loggedCredential:
        '{{source}}{{from}} reaches {{sink}}. Log a redacted value (or only non-secret fields) instead, and rotate any key that was logged.',
    },
    schema: [
      {
        type: 'object',
        description: 'Options for no-logged-credential.',
        properties: {
          sanitizers: {
            type: 'array',
            description: 'Names of functions that redact a value (default: redact, mask).',
            items: { type: 'string' },
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ sanitizers: [...DEFAULT_SANITIZERS] }],
  },
  create(context, [options]) {
    return {
      'Program:exit'() {
        const facts = fileFacts(context);
        const flow = new CredentialFlow(context, facts, new Set(options.sanitizers ?? DEFAULT_SANITIZERS));
        for (const call of facts.calls) {
          const sink = sinkOf(call, facts);
          if (!sink) continue;
          for (const argument of call.arguments) {
            const taint = flow.taintOf(argument);
            if (!taint || deletedBefore(argument, call, facts)) continue;
            const line = taint.node.loc.start.line;
            context.report({
              node: argument,
              messageId: 'loggedCredential',
              data: {
                source: capitalize(taint.what),
                from: line === argument.loc.start.line ? '' : ` (line ${line})`,
                sink,
              },
            });
            break;
          }
        }
      },
    };
  },
});

/** "the Authorization header" → "The Authorization header"; code (`process.env.X`, `` `apiKey` ``) stays as written. */
function capitalize(text: string): string {
  return /^(?:a|an|the) /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** `delete config.headers.authorization` (or the whole `headers`) before the sink sanitizes that variable. */
function deletedBefore(argument: TSESTree.Node, call: TSESTree.CallExpression, facts: FileFacts): boolean {
  const root = rootIdentifier(argument);
  if (!root) return false;
  return facts.deletes.some((deletion) => {
    if (deletion.range[0] > call.range[0] || deletion.argument.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = memberName(deletion.argument);
    const target = rootIdentifier(deletion.argument);
    return target === root && name !== undefined && (CREDENTIAL_HEADERS.has(name.toLowerCase()) || name === 'headers');
  });
}

function rootIdentifier(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return rootIdentifier(node.object);
  return undefined;
}

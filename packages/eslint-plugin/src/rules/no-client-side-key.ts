import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { CREDENTIAL_HEADERS, isServerSecretName, redact } from '@keyward/core';
import { createRule } from '../util/create-rule.js';
import { fileFacts } from '../analysis/file-facts.js';
import { clientVerdict } from '../analysis/client-module.js';
import { CredentialFlow, keyName } from '../analysis/credential-flow.js';

export type Options = [{ clientGlobs?: string[]; allowEnv?: string[] }];
export type MessageIds = 'secretEnvInClient' | 'keyInClient' | 'headerInClient';

export default createRule<Options, MessageIds>({
  name: 'no-client-side-key',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow secret keys in code that runs in the browser',
      recommended: true,
    },
    messages: {
      secretEnvInClient:
        '{{via}}.{{name}} is read in {{where}}; secrets must stay on the server. Call your own API route and read the key there.',
      keyInClient:
        '{{title}} {{redacted}} is in {{where}}; anyone who loads the page can read it. Proxy the call through your server.',
      headerInClient:
        'The {{header}} header is built from {{source}} in {{where}}; browser requests expose it. Send the request from your server.',
    },
    schema: [
      {
        type: 'object',
        description: 'Options for no-client-side-key.',
        properties: {
          clientGlobs: {
            type: 'array',
            description: 'Globs (relative to the working directory) of client modules; replaces the defaults.',
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
    defaultOptions: [{ allowEnv: [] }],
  },
  create(context, [options]) {
    return {
      'Program:exit'() {
        const facts = fileFacts(context);
        const verdict = clientVerdict(context, facts, options.clientGlobs);
        if (!verdict.client) return;
        const where = verdict.reason;
        const allowEnv = new Set(options.allowEnv ?? []);
        for (const read of facts.envReads) {
          if (allowEnv.has(read.name) || !isServerSecretName(read.name)) continue;
          context.report({
            node: read.node,
            messageId: 'secretEnvInClient',
            data: { via: read.via, name: read.name, where },
          });
        }
        for (const hit of facts.keys) {
          if (hit.inComment) continue;
          const { detector, secret } = hit.match;
          context.report({
            loc: hit.loc,
            messageId: 'keyInClient',
            data: { title: detector.title, redacted: redact(secret, detector.prefixLength ?? 0), where },
          });
        }
        const flow = new CredentialFlow(context, facts, new Set());
        for (const object of facts.objects) reportHeaders(object, flow, where);
      },
    };

    function reportHeaders(object: TSESTree.ObjectExpression, flow: CredentialFlow, where: string): void {
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const header = keyName(property);
        if (!header || !CREDENTIAL_HEADERS.has(header.toLowerCase()) || header.toLowerCase() === 'cookie') continue;
        const taint = flow.taintOf(property.value);
        // Keys and env reads are reported above; a header built from a named credential is reported here.
        if (!taint || taint.what.startsWith('a hardcoded') || taint.what.includes('.env.')) continue;
        context.report({ node: property, messageId: 'headerInClient', data: { header, source: taint.what, where } });
      }
    }
  },
});

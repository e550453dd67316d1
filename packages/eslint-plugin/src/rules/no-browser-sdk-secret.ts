import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { envObject, fileFacts, staticString, type FileFacts } from '../analysis/file-facts.js';
import { clientVerdict } from '../analysis/client-module.js';
import { calleeName, keyName, memberName } from '../analysis/credential-flow.js';

export type Options = [{ clientGlobs?: string[] }];
export type MessageIds = 'dangerouslyAllowBrowser' | 'stripeSecretInBrowser' | 'supabaseServiceRole';

const STRIPE_SECRET_DETECTORS = new Set([
  'stripe-live-secret-key',
  'stripe-test-secret-key',
  'stripe-live-restricted-key',
  'stripe-test-restricted-key',
]);
const SUPABASE_SECRET_DETECTORS = new Set(['supabase-service-role-key', 'supabase-secret-key']);

export default createRule<Options, MessageIds>({
  name: 'no-browser-sdk-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow SDK options that put a secret key in the browser',
      recommended: true,
    },
    messages: {
      dangerouslyAllowBrowser:
        'dangerouslyAllowBrowser: true ships your {{sdk}} API key to every visitor. Call the API from your server (a route handler or proxy) instead.',
      stripeSecretInBrowser:
        '{{call}} is Stripe.js, which runs in the browser; give it a publishable key (pk_…), never a secret or restricted key.',
      supabaseServiceRole:
        'A Supabase service_role or secret key in {{call}} bypasses row-level security for every visitor; use the anon or publishable key in the browser.',
    },
    schema: [
      {
        type: 'object',
        description: 'Options for no-browser-sdk-secret.',
        properties: {
          clientGlobs: {
            type: 'array',
            description: 'Globs of client modules; replaces the defaults.',
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
        const facts = fileFacts(context);
        for (const object of facts.objects) checkEscapeHatch(object);
        let client: boolean | undefined;
        const isClient = () => (client ??= clientVerdict(context, facts, options.clientGlobs).client);
        for (const call of facts.calls) {
          const name = calleeName(call.callee);
          if (name === 'loadStripe' || (name === 'Stripe' && isClient())) {
            if (call.arguments[0] && isStripeSecret(call.arguments[0], facts))
              context.report({
                node: call.arguments[0],
                messageId: 'stripeSecretInBrowser',
                data: { call: `${name}()` },
              });
          } else if (
            name === 'createBrowserClient' ||
            (name === 'createClient' && facts.importedModules.has('@supabase/supabase-js') && isClient())
          ) {
            const key = call.arguments[1];
            if (key && isSupabaseSecret(key, facts))
              context.report({ node: key, messageId: 'supabaseServiceRole', data: { call: `${name}()` } });
          }
        }
      },
    };

    function checkEscapeHatch(object: TSESTree.ObjectExpression): void {
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property || keyName(property) !== 'dangerouslyAllowBrowser') continue;
        if (property.value.type !== AST_NODE_TYPES.Literal || property.value.value !== true) continue;
        context.report({ node: property, messageId: 'dangerouslyAllowBrowser', data: { sdk: sdkName(object) } });
      }
    }
  },
});

/** "OpenAI", "Anthropic", or "Lumenfall (through the OpenAI SDK)" when the client points at Lumenfall. */
function sdkName(object: TSESTree.ObjectExpression): string {
  const baseUrl = object.properties.find(
    (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && /^base_?url$/i.test(keyName(p) ?? ''),
  );
  const url = baseUrl
    ? (staticString(baseUrl.value) ??
      (baseUrl.value.type === AST_NODE_TYPES.TemplateLiteral
        ? baseUrl.value.quasis.map((q) => q.value.raw).join('')
        : ''))
    : '';
  if (/lumenfall/i.test(url)) return 'Lumenfall (through the OpenAI SDK)';
  const parent = object.parent;
  if (parent?.type === AST_NODE_TYPES.NewExpression || parent?.type === AST_NODE_TYPES.CallExpression) {
    const name = calleeName(parent.callee);
    if (name) return name;
  }
  return 'SDK';
}

function keyLiteralDetector(node: TSESTree.Node, facts: FileFacts): string | undefined {
  return facts.keys.find((key) => key.match.start >= node.range[0] && key.match.end <= node.range[1])?.match.detector
    .id;
}

function envName(node: TSESTree.Node): string | undefined {
  return node.type === AST_NODE_TYPES.MemberExpression && envObject(node.object) ? memberName(node) : undefined;
}

function isStripeSecret(node: TSESTree.Node, facts: FileFacts): boolean {
  const detector = keyLiteralDetector(node, facts);
  if (detector) return STRIPE_SECRET_DETECTORS.has(detector);
  const name = envName(node);
  return name !== undefined && /SECRET|RESTRICTED/i.test(name) && !/PUBLISHABLE/i.test(name);
}

function isSupabaseSecret(node: TSESTree.Node, facts: FileFacts): boolean {
  const detector = keyLiteralDetector(node, facts);
  if (detector) return SUPABASE_SECRET_DETECTORS.has(detector);
  const name = envName(node) ?? (node.type === AST_NODE_TYPES.Identifier ? node.name : undefined);
  return name !== undefined && /SERVICE_?ROLE|SUPABASE_SECRET|serviceRole/i.test(name);
}

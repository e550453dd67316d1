import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import {
  ANALYTICS_METHODS,
  CONSOLE_METHODS,
  LOG_LEVELS,
  LOGGER_MODULES,
  LOGGER_NAME,
  SENTRY_METHODS,
} from '@keyward/core';
import type { FileFacts } from './file-facts.js';
import { memberName } from './credential-flow.js';

// Calls whose arguments end up where many people can read them: consoles, loggers, analytics
// events and error reports.

/** The sink a call writes to (`console.log`, `logger.info`, `posthog.capture`, `Sentry.setContext`), or undefined. */
export function sinkOf(call: TSESTree.CallExpression, facts: FileFacts): string | undefined {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (callee.name === 'gtag') return 'gtag';
    const source = facts.imports.get(callee.name);
    if (source === 'debug' || callee.name === 'debug') return callee.name;
    if (source && LOGGER_MODULES.has(source) && source !== 'pino' && source !== 'winston') return callee.name;
    return undefined;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(callee);
  if (!method) return undefined;
  const root = rootName(callee.object);
  const label = `${root ?? '…'}.${method}`;
  if (root === 'console') return CONSOLE_METHODS.has(method) ? label : undefined;
  const source = root ? facts.imports.get(root) : undefined;
  if ((root === 'Sentry' || source?.startsWith('@sentry/') || root === 'scope') && SENTRY_METHODS.has(method))
    return label;
  if (ANALYTICS_METHODS.has(method)) return label;
  if (
    LOG_LEVELS.has(method) &&
    root &&
    (LOGGER_NAME.test(root) || LOGGER_MODULES.has(root) || (source !== undefined && LOGGER_MODULES.has(source)))
  )
    return label;
  return undefined;
}

function rootName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression)
    return node.property.type === AST_NODE_TYPES.Identifier && !node.computed
      ? node.property.name
      : rootName(node.object);
  if (node.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (node.type === AST_NODE_TYPES.CallExpression) return rootName(node.callee);
  return undefined;
}

import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { joinLabel, labelName, MAX_LABEL } from '@keyward/core';
import { staticString } from './file-facts.js';

/**
 * An expression rendered from names only, for messages: `getClient(…).apiKey`, `headers['x-api-key']`,
 * `this.token`. Never the source text, which may hold the key the message is about.
 */
export function nameOf(node: TSESTree.Node, max = MAX_LABEL): string {
  return joinLabel(namePieces(node, 0), max);
}

function namePieces(node: TSESTree.Node, depth: number): string[] {
  if (depth > 16) return ['…'];
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.PrivateIdentifier:
      return [labelName(node.name)];
    case AST_NODE_TYPES.ThisExpression:
      return ['this'];
    case AST_NODE_TYPES.Super:
      return ['super'];
    case AST_NODE_TYPES.MetaProperty:
      return [`${node.meta.name}.${node.property.name}`];
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return namePieces(node.expression, depth + 1);
    case AST_NODE_TYPES.AwaitExpression:
      return namePieces(node.argument, depth + 1);
    case AST_NODE_TYPES.MemberExpression: {
      const object = namePieces(node.object, depth + 1);
      const dot = node.optional ? '?.' : '.';
      if (!node.computed) return [...object, `${dot}${labelName(node.property.name)}`];
      const key = staticString(node.property);
      const shown = key === undefined ? '…' : labelName(key);
      return [...object, shown === '…' ? '[…]' : `['${shown}']`];
    }
    case AST_NODE_TYPES.CallExpression: {
      const pieces = namePieces(node.callee, depth + 1);
      pieces[pieces.length - 1] += '(…)';
      return pieces;
    }
    case AST_NODE_TYPES.NewExpression:
      return [`new ${nameOf(node.callee, 24)}(…)`];
    default:
      return ['…'];
  }
}

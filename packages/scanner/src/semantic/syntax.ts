import { joinLabel, labelName, MAX_LABEL } from '@keyward/core';
import { ts } from './typescript.js';

// Small facts about syntax trees that several semantic rules need.

/** Where a node sits, 1-based, as findings report it. */
export interface NodeRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function rangeOf(file: ts.SourceFile, node: ts.Node): NodeRange {
  const start = file.getLineAndCharacterOfPosition(node.getStart(file));
  const end = file.getLineAndCharacterOfPosition(node.getEnd());
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** The directive prologue of a module: `'use client'`, `'use server'`, `'use strict'`. */
export function directivesOf(file: ts.SourceFile): Set<string> {
  const directives = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    directives.add(statement.expression.text);
  }
  return directives;
}

/** `process.env.X`, `process.env['X']` or `import.meta.env.X`: the variable and how it was read. */
export function envRead(
  n: ts.PropertyAccessExpression | ts.ElementAccessExpression,
): { name: string; via: string } | undefined {
  const name = ts.isPropertyAccessExpression(n)
    ? n.name.text
    : ts.isStringLiteralLike(n.argumentExpression)
      ? n.argumentExpression.text
      : undefined;
  if (!name) return undefined;
  const object = n.expression;
  if (!ts.isPropertyAccessExpression(object) || object.name.text !== 'env') return undefined;
  if (ts.isIdentifier(object.expression) && object.expression.text === 'process') return { name, via: 'process.env' };
  if (ts.isMetaProperty(object.expression) && object.expression.keywordToken === ts.SyntaxKind.ImportKeyword)
    return { name, via: 'import.meta.env' };
  return undefined;
}

/**
 * An expression rendered from names only, for finding labels and trace steps: `getClient(…).apiKey`,
 * `headers['x-api-key']`, `this.token`. Never the source text, which may hold the key itself.
 */
export function nameOf(node: ts.Node, max = MAX_LABEL): string {
  return joinLabel(namePieces(node, 0), max);
}

function namePieces(node: ts.Node, depth: number): string[] {
  if (depth > 16) return ['…'];
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isAwaitExpression(node)
  )
    node = node.expression;
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return [labelName(node.text)];
  if (node.kind === ts.SyntaxKind.ThisKeyword) return ['this'];
  if (node.kind === ts.SyntaxKind.SuperKeyword) return ['super'];
  if (ts.isMetaProperty(node)) return [`${ts.tokenToString(node.keywordToken) ?? '…'}.${node.name.text}`];
  if (ts.isPropertyAccessExpression(node))
    return [
      ...namePieces(node.expression, depth + 1),
      `${node.questionDotToken ? '?.' : '.'}${labelName(node.name.text)}`,
    ];
  if (ts.isElementAccessExpression(node)) {
    const key = ts.isStringLiteralLike(node.argumentExpression) ? labelName(node.argumentExpression.text) : '…';
    return [...namePieces(node.expression, depth + 1), key === '…' ? '[…]' : `['${key}']`];
  }
  if (ts.isCallExpression(node)) {
    const pieces = namePieces(node.expression, depth + 1);
    pieces[pieces.length - 1] += '(…)';
    return pieces;
  }
  if (ts.isNewExpression(node)) return [`new ${nameOf(node.expression, 24)}(…)`];
  return ['…'];
}

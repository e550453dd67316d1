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

import { ts } from './typescript.js';
import { joinLabel, labelName, MAX_LABEL, type FindingRange, type TraceStep } from '@keyward/core';

// Small facts about syntax trees that several parts of the engine need.

export function rangeOf(file: ts.SourceFile, node: ts.Node): FindingRange {
  const start = file.getLineAndCharacterOfPosition(node.getStart(file));
  const end = file.getLineAndCharacterOfPosition(node.getEnd());
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** A step of a finding's path at `node`: the label says what happens there, in names only. */
export function stepAt(file: string, source: ts.SourceFile, node: ts.Node, label: string): TraceStep {
  const start = source.getLineAndCharacterOfPosition(node.getStart(source));
  return { file, line: start.line + 1, column: start.character + 1, label };
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

/** Where an env value is read from: Node and bundlers' objects, or SvelteKit's `$env/…` modules. */
export type EnvObject =
  | 'process.env'
  | 'import.meta.env'
  | '$env/static/private'
  | '$env/dynamic/private'
  | '$env/static/public'
  | '$env/dynamic/public';

/** SvelteKit's env modules: `$env/static/private` exports each variable, `$env/dynamic/*` an `env` object. */
export function svelteKitEnvModule(specifier: string): EnvObject | undefined {
  return /^\$env\/(?:static|dynamic)\/(?:private|public)$/.test(specifier) ? (specifier as EnvObject) : undefined;
}

/** `process.env`, `globalThis.process.env` or `import.meta.env`. */
export function envObject(node: ts.Node): EnvObject | undefined {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'env') return undefined;
  const object = node.expression;
  if (ts.isIdentifier(object) && object.text === 'process') return 'process.env';
  if (ts.isPropertyAccessExpression(object) && object.name.text === 'process') return 'process.env';
  if (ts.isMetaProperty(object) && object.keywordToken === ts.SyntaxKind.ImportKeyword) return 'import.meta.env';
  return undefined;
}

/** `process.env.X`, `process.env['X']` or `import.meta.env.X`: the variable and how it was read. */
export function envRead(
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
): { name: string; via: EnvObject } | undefined {
  const via = envObject(node.expression);
  const name = via ? memberName(node) : undefined;
  return via && name ? { name, via } : undefined;
}

/** `a.b` → 'b'; `a['x-api-key']` → 'x-api-key'; computed non-literal keys → undefined. */
export function memberName(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : undefined;
}

/** The property name of an object literal member or binding element, when it is static. */
export function propertyName(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name))
    return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/** The identifier at the root of `a.b[c].d`, or undefined (`this.x`, calls). */
export function rootOf(node: ts.Node): ts.Identifier | undefined {
  if (ts.isIdentifier(node)) return node;
  if (
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isParenthesizedExpression(node)
  )
    return rootOf(node.expression);
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

/** `JSON`, `util.inspect`, `Buffer`: a plain dotted chain of identifiers, for comparing with known names. */
export function dottedName(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) {
    const object = dottedName(node.expression);
    return object === undefined ? undefined : `${object}.${node.name.text}`;
  }
  return undefined;
}

/** The value of a `+` chain of string literals and expression-free templates, else undefined. */
export function staticString(node: ts.Node): string | undefined {
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return staticString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = staticString(node.left);
    const right = left === undefined ? undefined : staticString(node.right);
    return left !== undefined && right !== undefined ? left + right : undefined;
  }
  return undefined;
}

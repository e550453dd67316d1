import { ts } from './typescript.js';
import type { SecretMatch } from '@keyward/core';

// The text scan's key matches, looked up by syntax: which key a string literal holds, and whether a match sits in
// code (a literal, a template, JSX text) or in a comment. The engine never scans text for keys itself.

export type KeyLiteral = ts.StringLiteralLike | ts.TemplateExpression | ts.JsxText | ts.TemplateLiteralLikeNode;

/** The first key match inside [start, end) of the module text, in a sorted list. */
export function keyWithin(keys: readonly SecretMatch[], start: number, end: number): SecretMatch | undefined {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keys[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  const match = keys[low];
  return match && match.end <= end ? match : undefined;
}

/** The key held by a string literal or template (the whole literal, quotes included, is searched). */
export function keyIn(keys: readonly SecretMatch[], node: ts.Node, source: ts.SourceFile): SecretMatch | undefined {
  return keys.length ? keyWithin(keys, node.getStart(source), node.getEnd()) : undefined;
}

/**
 * The literal that holds text [start, end): a string, template part or JSX text. Undefined means the text is not
 * part of any value of the program, so it sits in a comment.
 */
export function literalAt(source: ts.SourceFile, start: number, end: number): ts.Node | undefined {
  let node: ts.Node = source;
  for (;;) {
    const child: ts.Node | undefined = ts.forEachChild(node, (c) =>
      c.getStart(source) <= start && end <= c.getEnd() ? c : undefined,
    );
    if (!child) break;
    node = child;
  }
  return isLiteral(node) ? node : undefined;
}

function isLiteral(node: ts.Node): boolean {
  return (
    ts.isStringLiteralLike(node) ||
    ts.isTemplateHead(node) ||
    ts.isTemplateMiddle(node) ||
    ts.isTemplateTail(node) ||
    ts.isJsxText(node) ||
    ts.isRegularExpressionLiteral(node)
  );
}

import { ts } from './typescript.js';
import { environmentFindings, LineIndex, type Finding } from '@keyward/core';
import type { ModuleSummary } from './module-summary.js';

// `env-mismatch` inside code: a sandbox key in an `if (process.env.NODE_ENV === 'production')` branch, or a
// live key in a `=== 'test'` / `'development'` branch. Path contexts are judged by the text scan.

export function environmentBranchFindings(modules: Iterable<ModuleSummary>): Finding[] {
  const findings: Finding[] = [];
  for (const { file, node, keys } of modules) {
    if (!node.text.includes('NODE_ENV') || !keys.some((key) => key.detector.environment)) continue;
    const lines = new LineIndex(node.text);
    const visit = (n: ts.Node): void => {
      const branch = ts.isIfStatement(n)
        ? ([n.expression, n.thenStatement] as const)
        : ts.isConditionalExpression(n)
          ? ([n.condition, n.whenTrue] as const)
          : undefined;
      const context = branch && nodeEnvContext(branch[0]);
      if (branch && context) {
        const body = branch[1];
        const start = body.getStart(node);
        const end = body.getEnd();
        const matches = keys.filter((key) => key.detector.environment && key.start >= start && key.end <= end);
        const label = `a NODE_ENV === '${context === 'production' ? 'production' : 'test'}' branch in ${file}`;
        findings.push(
          ...environmentFindings(node.text, matches, file, (offset) => lines.position(offset), { context, label }),
        );
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
  }
  return findings;
}

/** `process.env.NODE_ENV === 'production'` → production; `=== 'test' | 'development'` → test. */
function nodeEnvContext(condition: ts.Expression): 'production' | 'test' | undefined {
  if (!ts.isBinaryExpression(condition)) return undefined;
  const op = condition.operatorToken.kind;
  if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.EqualsEqualsToken) return undefined;
  const [env, value] = isNodeEnv(condition.left)
    ? [condition.left, condition.right]
    : [condition.right, condition.left];
  if (!isNodeEnv(env) || !ts.isStringLiteralLike(value)) return undefined;
  if (/^prod(?:uction)?$/.test(value.text)) return 'production';
  if (/^(?:test|testing|dev|development)$/.test(value.text)) return 'test';
  return undefined;
}

function isNodeEnv(n: ts.Node): boolean {
  return (
    ts.isPropertyAccessExpression(n) &&
    n.name.text === 'NODE_ENV' &&
    ts.isPropertyAccessExpression(n.expression) &&
    n.expression.name.text === 'env'
  );
}

import { ts } from './typescript.js';
import { environmentFindings, LineIndex, type Finding } from '@keyward/core';
import { envRead, memberName, nameOf } from './syntax.js';
import type { ModuleSummary } from './module-summary.js';

// `env-mismatch` inside code: a sandbox key in a production branch, or a live key in a test or development
// branch. Branches as code bases write them: `process.env.NODE_ENV === 'production'`, other env names
// (`VERCEL_ENV`, `APP_ENV`), a config's `env` (`config.env === 'production'`), Express's `app.get('env')`, and
// flags (`env.isProduction`, `isDev`, `import.meta.env.PROD`). Path contexts are judged by the text scan.

type Context = 'production' | 'test';

interface Branch {
  readonly context: Context;
  /** What the condition tests, from names: `process.env.NODE_ENV`, `config.env`, `app.get('env')`. */
  readonly subject: string;
  /** The condition holds when the subject is not the context (`!==`, `!isProduction`): the else branch has it. */
  readonly negated: boolean;
}

export function environmentBranchFindings(modules: Iterable<ModuleSummary>): Finding[] {
  const findings: Finding[] = [];
  for (const { file, node, keys } of modules) {
    if (!keys.some((key) => key.detector.environment)) continue;
    const lines = new LineIndex(node.text);
    const visit = (n: ts.Node): void => {
      const parts = ts.isIfStatement(n)
        ? ([n.expression, n.thenStatement, n.elseStatement] as const)
        : ts.isConditionalExpression(n)
          ? ([n.condition, n.whenTrue, n.whenFalse] as const)
          : undefined;
      const branch = parts && branchOf(parts[0]);
      const body = branch && (branch.negated ? parts[2] : parts[1]);
      if (branch && body) {
        const start = body.getStart(node);
        const end = body.getEnd();
        const matches = keys.filter((key) => key.detector.environment && key.start >= start && key.end <= end);
        const label =
          branch.subject === 'process.env.NODE_ENV'
            ? `a NODE_ENV === '${branch.context}' branch in ${file}`
            : `a ${branch.context === 'production' ? 'production' : 'test or development'} branch (${branch.subject}) in ${file}`;
        findings.push(
          ...environmentFindings(node.text, matches, file, (offset) => lines.position(offset), {
            context: branch.context,
            label,
          }),
        );
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
  }
  return findings;
}

/** Env names that hold the deployment's environment. */
const ENV_NAME =
  /^(?:NODE_ENV|APP_ENV|ENV|ENVIRONMENT|VERCEL_ENV|NEXT_PUBLIC_VERCEL_ENV|DEPLOY_ENV|STAGE|RAILS_ENV|MODE)$/;
/** Config members that hold it: `config.env`, `settings.environment`, `cfg.nodeEnv`. */
const ENV_MEMBER = /^(?:env|environment|nodeEnv|NODE_ENV|appEnv|stage|mode)$/;
const PRODUCTION_FLAG = /^(?:is)?(?:Prod|Production|PROD|PRODUCTION)$|^isProd(?:uction)?(?:Env|Mode)?$/;
const TEST_FLAG = /^(?:is)?(?:Dev|Development|DEV|Test|Testing|TEST)$|^is(?:Dev|Development|Test)(?:Env|Mode)?$/;

function branchOf(condition: ts.Expression): Branch | undefined {
  while (ts.isParenthesizedExpression(condition)) condition = condition.expression;
  if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = branchOf(condition.operand);
    return inner && { ...inner, negated: !inner.negated };
  }
  if (ts.isBinaryExpression(condition)) {
    const op = condition.operatorToken.kind;
    const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
    const unequal = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    if (!equal && !unequal) return undefined;
    const [subject, value] = isEnvironment(condition.left)
      ? [condition.left, condition.right]
      : [condition.right, condition.left];
    if (!isEnvironment(subject) || !ts.isStringLiteralLike(value)) return undefined;
    const context = contextOf(value.text);
    return context && { context, subject: nameOf(subject, 40), negated: unequal };
  }
  // `env.isProduction`, `isDev`, `import.meta.env.PROD`
  const flag = ts.isIdentifier(condition)
    ? condition.text
    : ts.isPropertyAccessExpression(condition)
      ? condition.name.text
      : undefined;
  if (flag === undefined) return undefined;
  const context: Context | undefined = PRODUCTION_FLAG.test(flag)
    ? 'production'
    : TEST_FLAG.test(flag)
      ? 'test'
      : undefined;
  return context && { context, subject: nameOf(condition, 40), negated: false };
}

function contextOf(value: string): Context | undefined {
  if (/^prod(?:uction)?$/i.test(value)) return 'production';
  if (/^(?:test|testing|dev|development|local)$/i.test(value)) return 'test';
  return undefined;
}

/** `process.env.NODE_ENV`, `process.env.VERCEL_ENV`, `config.env`, `app.get('env')`. */
function isEnvironment(node: ts.Expression): boolean {
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const read = envRead(node);
    if (read) return ENV_NAME.test(read.name);
    const name = memberName(node);
    return name !== undefined && ENV_MEMBER.test(name);
  }
  // Express: `app.get('env')`
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'get' &&
    node.arguments.length === 1 &&
    ts.isStringLiteralLike(node.arguments[0]!) &&
    node.arguments[0].text === 'env'
  );
}

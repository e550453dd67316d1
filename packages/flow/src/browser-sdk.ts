import { ts } from './typescript.js';
import { createFinding, type Finding } from '@keyward/core';
import { envRead, propertyName, rangeOf, staticString } from './syntax.js';
import { keyIn } from './keys.js';
import { indexOf } from './module-index.js';
import { SDK_WORDS } from './sink-words.js';
import type { ModuleSummary } from './module-summary.js';

// `no-browser-sdk-secret`: SDK options and calls that put a secret key in the browser — `dangerouslyAllowBrowser`
// escape hatches, Stripe.js given a secret key, a Supabase browser client given the service-role key.

const STRIPE_SECRET_DETECTORS = new Set([
  'stripe-live-secret-key',
  'stripe-test-secret-key',
  'stripe-live-restricted-key',
  'stripe-test-restricted-key',
]);
const SUPABASE_SECRET_DETECTORS = new Set(['supabase-service-role-key', 'supabase-secret-key']);

/** Findings of one module; `isClient` says whether the module runs in the browser. */
export function browserSdkFindings(module: ModuleSummary, isClient: () => boolean): Finding[] {
  if (!SDK_WORDS.test(module.node.text)) return [];
  const findings: Finding[] = [];
  const report = (node: ts.Node, message: string, identity: string) =>
    findings.push(
      createFinding({
        ruleId: 'no-browser-sdk-secret',
        file: module.file,
        ...rangeOf(module.node, node),
        message,
        identity: `${module.file}\0${identity}`,
        redacted: identity,
      }),
    );
  const index = indexOf(module.node);
  for (const property of index.allowBrowser) {
    if (!allowsBrowser(property, module)) continue;
    const sdk = sdkName(property.parent as ts.ObjectLiteralExpression);
    report(
      property,
      `dangerouslyAllowBrowser: true ships your ${sdk} API key to every visitor. Call the API from your server (a route handler or proxy) instead.`,
      `dangerouslyAllowBrowser:${sdk}`,
    );
  }
  for (const { node } of index.calls) {
    // `new Stripe(…)` is the server SDK: a secret read for it in browser code is no-client-side-key's
    if (!ts.isCallExpression(node)) continue;
    const name = calleeName(node.expression);
    const args = node.arguments;
    if ((name === 'loadStripe' || (name === 'Stripe' && isClient())) && args[0] && isStripeSecret(args[0], module)) {
      report(
        args[0],
        `${name}() is Stripe.js, which runs in the browser; give it a publishable key (pk_…), never a secret or restricted key.`,
        `stripe:${name}`,
      );
    } else if (
      (name === 'createBrowserClient' ||
        (name === 'createClient' && module.specifiers.has('@supabase/supabase-js') && isClient())) &&
      args[1] &&
      isSupabaseSecret(args[1], module)
    ) {
      report(
        args[1],
        `A Supabase service_role or secret key in ${name}() bypasses row-level security for every visitor; use the anon or publishable key in the browser.`,
        `supabase:${name}`,
      );
    }
  }
  return findings;
}

function calleeName(callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** "OpenAI", "Anthropic", or "Lumenfall (through the OpenAI SDK)" when the client points at Lumenfall. */
function sdkName(object: ts.ObjectLiteralExpression): string {
  const baseUrl = object.properties.find(
    (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && /^base_?url$/i.test(propertyName(p.name) ?? ''),
  );
  const value = baseUrl?.initializer;
  const url = value
    ? (staticString(value) ??
      (ts.isTemplateExpression(value)
        ? [value.head, ...value.templateSpans.map((s) => s.literal)].map((p) => p.text).join('')
        : ''))
    : '';
  if (/lumenfall/i.test(url)) return 'Lumenfall (through the OpenAI SDK)';
  const parent = object.parent;
  if (ts.isNewExpression(parent) || ts.isCallExpression(parent)) return calleeName(parent.expression) ?? 'SDK';
  return 'SDK';
}

function envName(node: ts.Node): string | undefined {
  return ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) ? envRead(node)?.name : undefined;
}

function isStripeSecret(node: ts.Node, module: ModuleSummary): boolean {
  return valuesOf(node, module).some((value) => {
    const key = keyIn(module.keys, value, module.node);
    if (key) return STRIPE_SECRET_DETECTORS.has(key.detector.id);
    const name = envName(value);
    return name !== undefined && /SECRET|RESTRICTED/i.test(name) && !/PUBLISHABLE/i.test(name);
  });
}

function isSupabaseSecret(node: ts.Node, module: ModuleSummary): boolean {
  return valuesOf(node, module).some((value) => {
    const key = keyIn(module.keys, value, module.node);
    if (key) return SUPABASE_SECRET_DETECTORS.has(key.detector.id);
    const name = envName(value) ?? (ts.isIdentifier(value) ? value.text : undefined);
    return name !== undefined && /SERVICE_?ROLE|SUPABASE_SECRET|serviceRole/i.test(name);
  });
}

/**
 * The values an argument may take: itself, both sides of `??` / `||` fallbacks and `?:` branches, through
 * parentheses, `as`, `!` and the initialiser of a `const` it names (`loadStripe(key ?? '')`).
 */
export function valuesOf(node: ts.Node, module: ModuleSummary, depth = 0): ts.Node[] {
  if (depth > 8) return [];
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node)
  )
    node = node.expression;
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken)
      return [...valuesOf(node.left, module, depth + 1), ...valuesOf(node.right, module, depth + 1)];
  }
  if (ts.isConditionalExpression(node))
    return [...valuesOf(node.whenTrue, module, depth + 1), ...valuesOf(node.whenFalse, module, depth + 1)];
  if (ts.isIdentifier(node)) {
    const declaration = module.scopes.declarationOf(node, node.text);
    const holder = declaration?.parent;
    if (holder && ts.isVariableDeclaration(holder) && holder.initializer && isConst(holder))
      return [node, ...valuesOf(holder.initializer, module, depth + 1)];
  }
  return [node];
}

function isConst(declaration: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}

/** `dangerouslyAllowBrowser: true`, or the shorthand `{ dangerouslyAllowBrowser }` of a `const` set to true. */
function allowsBrowser(property: ts.ObjectLiteralElementLike, module: ModuleSummary): boolean {
  if (ts.isPropertyAssignment(property))
    return valuesOf(property.initializer, module).some((value) => value.kind === ts.SyntaxKind.TrueKeyword);
  return (
    ts.isShorthandPropertyAssignment(property) &&
    valuesOf(property.name, module).some((value) => value.kind === ts.SyntaxKind.TrueKeyword)
  );
}

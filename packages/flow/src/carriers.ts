import { ts } from './typescript.js';
import { CREDENTIAL_HEADERS, type TraceStep } from '@keyward/core';
import { memberName, stepAt } from './syntax.js';
import type { ModuleSummary } from './module-summary.js';
import type { Flow, Taint } from './taint.js';

// Values an HTTP client hands back with the request's credentials inside: the request config an axios
// interceptor receives, and the error of a credentialed request (`error.config.headers.Authorization`).
// These become known parameter taints before the sinks are checked.

export function seedCarriers(flow: Flow): void {
  // only axios hands credentials back this way; a project that never loads it has nothing to seed
  const { modules } = flow;
  if (!modules.files.some((file) => modules.text(file)!.includes('axios'))) return;
  const credentialed = attachesCredentials(flow);
  for (const file of modules.files) {
    // what is seeded below sits in a `catch` (clause or promise method) or an `interceptors.….use(…)` call: a
    // module whose text spells neither (nor a `\u` escape, which could spell them) has nothing to seed
    if (!mayName(modules.text(file)!, ['catch', 'interceptors'])) continue;
    const module = modules.get(file)!;
    const seeded = flow.knownParameters.size;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        interceptorParameters(node, module, flow);
        if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'catch') {
          const request = httpCallIn(node.expression.expression, module, flow);
          const own = request && flow.taintOf(request, module);
          if (request && (credentialed || own))
            seed(node.arguments[0], module, flow, 'an axios error', request, own ? undefined : credentialed);
        }
      } else if (ts.isTryStatement(node) && node.catchClause?.variableDeclaration) {
        const request = firstHttpCall(node.tryBlock, module, flow, credentialed !== undefined);
        if (request) {
          const own = request.arguments.some((a: ts.Expression) => flow.taintOf(a, module));
          flow.knownParameters.set(
            node.catchClause.variableDeclaration,
            carrier(module, request, 'an axios error', own ? undefined : credentialed),
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(module.node);
    // the seeded parameters are this tree's nodes: it stays in memory for the rest of the analysis
    if (flow.knownParameters.size > seeded) modules.pin(file);
    modules.settle();
  }
  flow.forget();
}

/** `axios.interceptors.request.use((config) => …, (error) => …)` and the response side. */
function interceptorParameters(call: ts.CallExpression, module: ModuleSummary, flow: Flow): void {
  const callee = call.expression;
  if (
    !ts.isPropertyAccessExpression(callee) ||
    callee.name.text !== 'use' ||
    !ts.isPropertyAccessExpression(callee.expression)
  )
    return;
  const side = callee.expression.name.text;
  const owner = callee.expression.expression;
  if (
    (side !== 'request' && side !== 'response') ||
    !ts.isPropertyAccessExpression(owner) ||
    owner.name.text !== 'interceptors'
  )
    return;
  seed(call.arguments[0], module, flow, side === 'request' ? 'an axios request config' : 'an axios response', call);
  seed(call.arguments[1], module, flow, 'an axios error', call);
}

function seed(
  fn: ts.Node | undefined,
  module: ModuleSummary,
  flow: Flow,
  what: string,
  at: ts.Node,
  attached?: TraceStep,
): void {
  const parameter = fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? fn.parameters[0] : undefined;
  if (parameter) flow.knownParameters.set(parameter, carrier(module, at, what, attached));
}

/**
 * The credentials an HTTP client hands back. `attached` is where the project puts them on every axios request,
 * when that is what makes this request credentialed: in another module it is the first step of the trace, so a
 * flow that needs the module graph says so (the ESLint rule, seeing one file, cannot know it).
 */
function carrier(module: ModuleSummary, at: ts.Node, what: string, attached?: TraceStep): Taint {
  const here = stepAt(module.file, module.node, at, what);
  return {
    what: `${what} (its config.headers carry the request's credentials)`,
    kind: 'client',
    steps: attached && attached.file !== module.file ? [attached, here] : [here],
    identity: `${module.file}\0client:${what}`,
  };
}

/** The HTTP client call at the bottom of a promise chain: `axios.get(…).then(…)`. */
function httpCallIn(node: ts.Node, module: ModuleSummary, flow: Flow): ts.CallExpression | undefined {
  let current: ts.Node = node;
  while (ts.isCallExpression(current)) {
    if (flow.isHttpClientCall(current, module)) return current;
    if (!ts.isPropertyAccessExpression(current.expression)) return undefined;
    current = current.expression.expression;
  }
  return undefined;
}

function firstHttpCall(
  block: ts.Block,
  module: ModuleSummary,
  flow: Flow,
  credentialed: boolean,
): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (
      ts.isCallExpression(node) &&
      flow.isHttpClientCall(node, module) &&
      (credentialed || node.arguments.some((a: ts.Expression) => flow.taintOf(a, module)))
    )
      found = node;
    else ts.forEachChild(node, visit);
  };
  visit(block);
  return found;
}

/**
 * Where the project puts credentials on axios requests globally, if it does: `axios.create({ headers: {
 * Authorization } })`, `axios.defaults.headers.common.Authorization = …`, or a request interceptor that sets the header.
 */
function attachesCredentials(flow: Flow): TraceStep | undefined {
  const { modules } = flow;
  for (const file of modules.files) {
    // `….create(…)` of axios, or an assignment whose target's source text says `headers`
    if (!mayName(modules.text(file)!, ['create', 'headers'])) continue;
    const module = modules.get(file)!;
    let found = false;
    let at: ts.Node = module.node;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'create' &&
        flow.isAxios(node.expression.expression, module)
      ) {
        found = node.arguments.some((argument: ts.Expression) => flow.taintOf(argument, module) !== undefined);
        at = node;
      } else if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))
      ) {
        const property = memberName(node.left);
        found =
          property !== undefined &&
          CREDENTIAL_HEADERS.has(property.toLowerCase()) &&
          /\bheaders\b/.test(node.left.getText(module.node));
        at = node;
      }
      if (!found) ts.forEachChild(node, visit);
    };
    visit(module.node);
    if (found) return stepAt(module.file, module.node, at, 'puts credentials on axios requests');
    modules.settle();
  }
  return undefined;
}

/** Whether a module's text can name one of `words`: it spells one, or holds a `\u` escape that could. */
function mayName(text: string, words: readonly string[]): boolean {
  return text.includes('\\u') || words.some((word) => text.includes(word));
}

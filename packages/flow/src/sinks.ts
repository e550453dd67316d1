import { ts } from './typescript.js';
import {
  ANALYTICS_METHODS,
  CONSOLE_METHODS,
  CREDENTIAL_HEADERS,
  LOG_LEVELS,
  LOGGER_MODULES,
  isLoggerName,
  SENTRY_METHODS,
} from '@keyward/core';
import { nameOf, propertyName } from './syntax.js';
import { RESPONSE_METHODS, RESPONSE_NAME, TRACING_METHODS } from './sink-words.js';
import { packageOf, requireSpecifier, type ModuleSummary } from './module-summary.js';
import type { Flow, TaintKind } from './taint.js';

// Where a credential must not arrive: consoles, loggers recognised through their imports, analytics, error
// reporters, tracing attributes, thrown errors and HTTP responses. A new sink needs its words in prefilter.ts's
// SINK_WORDS too: ESLint skips the analysis of a file that has none of them.

export interface Sink {
  /** How the finding names it: `console.log`, `logger.info`, `res.json`, `throw new Error`. */
  readonly label: string;
  /** Taint kinds this sink does not leak (a pino logger whose `redact` covers the header). */
  readonly ignores?: ReadonlySet<TaintKind>;
}

/** A response body legitimately carries tokens the server just issued; only real secrets and echoed headers count. */
const RESPONSE_IGNORES: ReadonlySet<TaintKind> = new Set(['name', 'client']);
const REDACTED_HEADERS: ReadonlySet<TaintKind> = new Set(['header', 'incoming', 'client']);
/** Logger factories and the calls that make a logger from one. */
const LOGGER_MAKERS = new Set([
  'createLogger',
  'getLogger',
  'child',
  'withTag',
  'create',
  'getChild',
  'Logger',
  'default',
]);

/** The sink a call writes to, or undefined. */
export function sinkOf(call: ts.CallExpression, module: ModuleSummary, flow: Flow): Sink | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) {
    if (callee.text === 'gtag') return { label: 'gtag' };
    const source = packageOf(module, callee);
    if (source?.startsWith('@sentry/') && SENTRY_METHODS.has(callee.text)) return { label: callee.text };
    const logger = loggerOf(callee, module, flow, 0);
    return logger?.callable ? loggerSink(() => callee.text, logger) : undefined;
  }
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const receiver = callee.expression;
  const root = rootName(receiver);
  // named from the receiver's names, never its text (`getLogger('sk_live_…').info` must not quote the key)
  const label = () => `${nameOf(receiver, 24)}.${method}`;
  if (ts.isIdentifier(receiver) && receiver.text === 'console' && !module.scopes.declarationOf(receiver, 'console'))
    return CONSOLE_METHODS.has(method) ? named(label) : undefined;
  if (
    SENTRY_METHODS.has(method) &&
    (root === 'Sentry' ||
      root === 'scope' ||
      (ts.isIdentifier(receiver) && packageOf(module, receiver)?.startsWith('@sentry/')))
  )
    return named(label);
  if (ANALYTICS_METHODS.has(method)) return named(label);
  if (
    TRACING_METHODS.has(method) &&
    ((root !== undefined && /span$/i.test(root)) || [...module.specifiers].some((s) => s.startsWith('@opentelemetry/')))
  )
    return named(label);
  if (
    RESPONSE_METHODS.has(method) &&
    ((root !== undefined && RESPONSE_NAME.test(root) && ts.isIdentifier(receiver)) ||
      root === 'Response' ||
      root === 'NextResponse')
  ) {
    return named(label, RESPONSE_IGNORES);
  }
  // `logger.child({ apiKey })`: pino and winston write a child's bindings into every line it logs
  if (LOG_LEVELS.has(method) || method === 'child') {
    const logger = loggerOf(receiver, module, flow, 0);
    if (logger) return loggerSink(label, logger);
  }
  return undefined;
}

/** `throw new Error(…)` and `new Response(body)`. */
export function constructedSink(node: ts.NewExpression): Sink | undefined {
  const name = ts.isIdentifier(node.expression) ? node.expression.text : undefined;
  if (!name) return undefined;
  if (ts.isThrowStatement(node.parent) && /(?:Error|Exception)$/.test(name)) return { label: `throw new ${name}` };
  if (name === 'Response' || name === 'NextResponse') return { label: `new ${name}`, ignores: RESPONSE_IGNORES };
  return undefined;
}

interface Logger {
  /** Called directly (a `debug('ns')` instance) rather than through level methods. */
  readonly callable: boolean;
  readonly redactsHeaders: boolean;
}

function loggerSink(label: () => string, logger: Logger): Sink {
  return named(label, logger.redactsHeaders ? REDACTED_HEADERS : undefined);
}

/**
 * A sink whose label is built when a finding needs it: most sink calls receive no credential, and naming the
 * receiver (`nameOf`) was a sixth of the logged-credential pass on the generated app's services.
 */
function named(label: () => string, ignores?: ReadonlySet<TaintKind>): Sink {
  let text: string | undefined;
  return {
    get label() {
      return (text ??= label());
    },
    ...(ignores ? { ignores } : {}),
  };
}

/**
 * Whether an expression is a logger: a binding to a logging package or to a logger made from one (here or in
 * an imported module); failing that, a logger-like name that no declaration contradicts (`this.logger`).
 */
export function loggerOf(node: ts.Expression, module: ModuleSummary, flow: Flow, depth: number): Logger | undefined {
  if (depth > 6) return undefined;
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    LOGGER_MAKERS.has(node.expression.name.text)
  ) {
    const parent = loggerOf(node.expression.expression, module, flow, depth + 1);
    return parent && { callable: false, redactsHeaders: parent.redactsHeaders || redacts(node) };
  }
  // `pino().info(…)`, `require('pino')().info(…)`
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const made = loggerMade(node, module, flow, depth + 1);
    return made && { ...made, callable: false };
  }
  if (!ts.isIdentifier(node)) {
    const name = ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
    return name && isLoggerName(name) ? { callable: false, redactsHeaders: false } : undefined;
  }
  const declaration = module.scopes.declarationOf(node, node.text);
  // an undeclared `logger` is a global someone provided (a framework's, a test harness's): its name decides
  if (!declaration)
    return LOGGER_MODULES.has(node.text) || isLoggerName(node.text)
      ? { callable: false, redactsHeaders: false }
      : undefined;
  const imported = module.imports.get(declaration);
  const source = imported ? undefined : packageOf(module, node);
  // a binding from a logging package is a logger; from a package or module the engine cannot see, its name decides
  if (source !== undefined)
    return isLoggerPackage(source) || isLoggerName(node.text) ? { callable: false, redactsHeaders: false } : undefined;
  if (imported) {
    // the exporter's answer does not depend on the importer: remembered, so its module is not parsed again for it
    const key = `logger\0${imported[0]}\0${imported[1]}\0${depth}`;
    let known = flow.importFacts.get(key) as Logger | null | 'unresolved' | undefined;
    if (known === undefined) {
      const exported = flow.resolveExport(imported[0], imported[1]);
      known =
        exported && ts.isIdentifier(exported.node)
          ? (loggerOf(exported.node, exported.module, flow, depth + 1) ?? null)
          : exported && ts.isExpression(exported.node)
            ? (loggerMade(exported.node, exported.module, flow, depth + 1) ?? null)
            : 'unresolved';
      flow.importFacts.set(key, known);
    }
    if (known !== 'unresolved') return known ?? undefined;
    return isLoggerName(node.text) ? { callable: false, redactsHeaders: false } : undefined;
  }
  const holder = declaration.parent;
  if (ts.isVariableDeclaration(holder) && holder.initializer) {
    const made = loggerMade(holder.initializer, module, flow, depth + 1);
    if (made) return made;
    return isLoggerName(node.text) && !isPlainValue(holder.initializer)
      ? { callable: false, redactsHeaders: false }
      : undefined;
  }
  // a logger passed in: named so, or typed so (`out: pino.Logger`, `log: LoggerService`)
  return ts.isParameter(holder) && (isLoggerName(node.text) || isLoggerType(holder.type))
    ? { callable: false, redactsHeaders: false }
    : undefined;
}

/** `Logger`, `pino.Logger`, `PinoLogger`, `LoggerService`, `winston.Logger`. */
function isLoggerType(type: ts.TypeNode | undefined): boolean {
  if (!type || !ts.isTypeReferenceNode(type)) return false;
  const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  return isLoggerName(name) || name === 'LoggerService' || name === 'BaseLogger';
}

/** `pino({ redact })`, `winston.createLogger()`, `new Logger()`, `debug('app')`, `require('pino')()`, `base.child()`. */
function loggerMade(value: ts.Expression, module: ModuleSummary, flow: Flow, depth: number): Logger | undefined {
  let node = value;
  while (ts.isAwaitExpression(node) || ts.isParenthesizedExpression(node) || ts.isAsExpression(node))
    node = node.expression;
  if (ts.isIdentifier(node)) return loggerOf(node, module, flow, depth);
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return undefined;
  const callee = node.expression;
  // `pino()`, `new Logger()`, `require('pino')()`
  const source = ts.isIdentifier(callee)
    ? (packageOf(module, callee) ?? globalPackage(callee, module))
    : requireSpecifier(callee);
  if (source !== undefined)
    return isLoggerPackage(source) ? { callable: source === 'debug', redactsHeaders: redacts(node) } : undefined;
  if (ts.isPropertyAccessExpression(callee) && LOGGER_MAKERS.has(callee.name.text)) {
    const parent = loggerOf(callee.expression, module, flow, depth + 1);
    return parent && { callable: false, redactsHeaders: parent.redactsHeaders || redacts(node) };
  }
  if (!ts.isIdentifier(callee)) return undefined;
  // `new Logger()` of the project's own class wrapping winston or pino (its module imports one)
  if (ts.isNewExpression(node))
    return ownLoggerClass(callee, module, flow) ? { callable: false, redactsHeaders: false } : undefined;
  // `makeLogger('worker')`: a local or imported factory that returns a logger
  const factory = flow.functionFor(callee, module);
  const body = factory?.fn.body;
  if (!factory || !body) return undefined;
  for (const value of returnedValues(body)) {
    const made = loggerMade(value, factory.owner, flow, depth + 1);
    if (made) return made;
  }
  return undefined;
}

/** A class of the project (here or imported) declared in a module that imports a logging package. */
function ownLoggerClass(name: ts.Identifier, module: ModuleSummary, flow: Flow): boolean {
  const declaration = module.scopes.declarationOf(name, name.text);
  if (!declaration) return false;
  let owner = module;
  let node: ts.Node = declaration;
  const imported = module.imports.get(declaration);
  if (imported) {
    const exported = flow.resolveExport(imported[0], imported[1]);
    if (!exported) return false;
    owner = exported.module;
    node = exported.node;
  }
  const holder = ts.isIdentifier(node) ? node.parent : node;
  return ts.isClassLike(holder) && [...owner.specifiers].some(isLoggerPackage);
}

/** The expressions a function body returns (its nested functions left out). */
function returnedValues(body: ts.ConciseBody): ts.Expression[] {
  if (!ts.isBlock(body)) return [body];
  const values: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isReturnStatement(n) && n.expression) values.push(n.expression);
    else if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return values;
}

/** A pino-style `redact` option whose paths name a credential header (or the whole headers object). */
export function redacts(call: ts.CallExpression | ts.NewExpression): boolean {
  for (const argument of call.arguments ?? []) {
    if (!ts.isObjectLiteralExpression(argument)) continue;
    const option = argument.properties.find((p) => ts.isPropertyAssignment(p) && propertyName(p.name) === 'redact') as
      ts.PropertyAssignment | undefined;
    if (!option) continue;
    let paths: ts.Node = option.initializer;
    if (ts.isObjectLiteralExpression(paths)) {
      const inner = paths.properties.find((p) => ts.isPropertyAssignment(p) && propertyName(p.name) === 'paths') as
        ts.PropertyAssignment | undefined;
      if (!inner) continue;
      paths = inner.initializer;
    }
    if (!ts.isArrayLiteralExpression(paths)) continue;
    const covered = paths.elements.filter(ts.isStringLiteralLike).map((e) => e.text.toLowerCase());
    if (
      covered.some(
        (p) =>
          [...CREDENTIAL_HEADERS].some(
            (header) => p.endsWith(header) || p.endsWith(`["${header}"]`) || p.endsWith(`['${header}']`),
          ) || /(?:^|\.)headers$/.test(p),
      )
    )
      return true;
  }
  return false;
}

function isPlainValue(node: ts.Expression): boolean {
  return (
    ts.isStringLiteralLike(node) ||
    ts.isNumericLiteral(node) ||
    ts.isArrayLiteralExpression(node) ||
    ts.isObjectLiteralExpression(node) ||
    ts.isTemplateExpression(node)
  );
}

function rootName(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node))
    return ts.isIdentifier(node.expression) || node.expression.kind === ts.SyntaxKind.ThisKeyword
      ? node.name.text
      : rootName(node.expression);
  if (ts.isCallExpression(node)) return rootName(node.expression);
  return undefined;
}

function isLoggerPackage(source: string): boolean {
  return LOGGER_MODULES.has(source) || source.startsWith('@nestjs/');
}

/** An undeclared `pino` or `winston` names its package (a global, or a snippet that skipped the import). */
function globalPackage(name: ts.Identifier, module: ModuleSummary): string | undefined {
  return LOGGER_MODULES.has(name.text) && !module.scopes.declarationOf(name, name.text) ? name.text : undefined;
}

import { ts } from './typescript.js';
import { CREDENTIAL_HEADERS } from '@keyward/core';
import { propertyName } from './syntax.js';
import { packageOf, requireSpecifier, type ModuleSummary } from './module-summary.js';
import { redacts } from './sinks.js';

// Request loggers configured to print the credential header of every request: a morgan format with
// `:req[authorization]`, a morgan token that returns it, and pino-http with no redaction (its default
// request serializer logs all headers).

export interface RequestLoggerLeak {
  readonly node: ts.Node;
  readonly label: string;
  readonly message: string;
}

const MORGAN_HEADER = /:req\[([A-Za-z-]{1,40})\]/g;
const PINO_HTTP = new Set(['pino-http', 'express-pino-logger', 'hono-pino', 'koa-pino-logger']);
const REQUEST_LOGGER_WORDS = /morgan|pino-http|pino-logger|hono-pino/;

export function requestLoggerLeaks(module: ModuleSummary): RequestLoggerLeak[] {
  if (!REQUEST_LOGGER_WORDS.test(module.node.text)) return [];
  const leaks: RequestLoggerLeak[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const source = packageCalled(node, module);
      if (source === 'morgan') leaks.push(...morganLeaks(node));
      else if (source === 'morgan.token') leaks.push(...morganTokenLeaks(node));
      else if (source && PINO_HTTP.has(source) && !configuresRedaction(node, module)) {
        leaks.push({
          node,
          label: source,
          message: `${source} is set up without a \`redact\` option: its default request serializer logs every request's headers, Authorization and Cookie included. Add \`redact: ['req.headers.authorization', 'req.headers.cookie']\`.`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(module.node);
  return leaks;
}

/** The package a call invokes: `morgan(…)`, `pinoHttp(…)`, `require('pino-http')(…)`, or `morgan.token(…)`. */
function packageCalled(call: ts.CallExpression, module: ModuleSummary): string | undefined {
  const callee = call.expression;
  const direct = requireSpecifier(callee);
  if (direct) return direct;
  if (ts.isIdentifier(callee)) return packageOf(module, callee);
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.name.text === 'token') {
    return packageOf(module, callee.expression) === 'morgan' ? 'morgan.token' : undefined;
  }
  return undefined;
}

function morganLeaks(call: ts.CallExpression): RequestLoggerLeak[] {
  const [format] = call.arguments;
  if (!format || !ts.isStringLiteralLike(format)) return [];
  const headers = [...format.text.matchAll(MORGAN_HEADER)]
    .map((match) => match[1]!)
    .filter((name) => CREDENTIAL_HEADERS.has(name.toLowerCase()));
  return headers.map((header) => ({
    node: call,
    label: 'morgan',
    message: `The morgan format prints :req[${header}], the ${header} header of every request, into the access log. Drop it from the format.`,
  }));
}

/** `morgan.token('auth', (req) => req.headers.authorization)`. */
function morganTokenLeaks(call: ts.CallExpression): RequestLoggerLeak[] {
  const [name, fn] = call.arguments;
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return [];
  let header: string | undefined;
  const visit = (node: ts.Node): void => {
    if (header) return;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const key = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteralLike(node.argumentExpression)
          ? node.argumentExpression.text
          : undefined;
      if (key && CREDENTIAL_HEADERS.has(key.toLowerCase())) header = key;
    } else if (
      ts.isCallExpression(node) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      CREDENTIAL_HEADERS.has(node.arguments[0].text.toLowerCase())
    ) {
      header = node.arguments[0].text;
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  const token = name && ts.isStringLiteralLike(name) ? `:${name.text}` : 'a token';
  return header
    ? [
        {
          node: call,
          label: 'morgan.token',
          message: `The morgan token ${token} returns the ${header} header, so every access-log line that uses it holds a credential. Log a redacted value instead.`,
        },
      ]
    : [];
}

/** pino-http options with `redact` covering the header, a custom `serializers.req`, or a `logger` made with such a redact. */
function configuresRedaction(call: ts.CallExpression, module: ModuleSummary): boolean {
  if (redacts(call)) return true;
  const [options] = call.arguments;
  if (!options) return false;
  if (!ts.isObjectLiteralExpression(options)) return true; // options built elsewhere: not ours to judge
  for (const property of options.properties) {
    const key = ts.isSpreadAssignment(property) ? undefined : propertyName(property.name);
    if (
      key === 'serializers' &&
      ts.isPropertyAssignment(property) &&
      ts.isObjectLiteralExpression(property.initializer)
    ) {
      if (property.initializer.properties.some((p) => !ts.isSpreadAssignment(p) && propertyName(p.name) === 'req'))
        return true;
    }
    if (key === 'logger') {
      const value = ts.isPropertyAssignment(property)
        ? property.initializer
        : ts.isShorthandPropertyAssignment(property)
          ? property.name
          : undefined;
      if (!value || !ts.isIdentifier(value)) return true;
      const declaration = module.scopes.declarationOf(value, value.text);
      const made =
        declaration && ts.isVariableDeclaration(declaration.parent) ? declaration.parent.initializer : undefined;
      if (!made || !(ts.isCallExpression(made) || ts.isNewExpression(made))) return true; // an imported logger: cannot see its options
      return redacts(made);
    }
    if (ts.isSpreadAssignment(property)) return true;
  }
  return false;
}

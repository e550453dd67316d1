// The words of credential flow, shared by the ESLint rule (ESTree) and the scanner's semantic pass (TS AST):
// which headers carry credentials, which calls are sinks, and which keep or remove a secret.

/** Header names whose value is a credential. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'x-api-key',
  'api-key',
  'apikey',
  'cookie',
  'set-cookie',
  'proxy-authorization',
  'x-auth-token',
  'x-access-token',
]);

export const CONSOLE_METHODS: ReadonlySet<string> = new Set([
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
  'dir',
  'table',
  'group',
  'groupCollapsed',
  'assert',
]);

export const LOG_LEVELS: ReadonlySet<string> = new Set([
  'log',
  'info',
  'warn',
  'warning',
  'error',
  'debug',
  'trace',
  'fatal',
  'verbose',
  'silly',
  'http',
  'notice',
  'crit',
  'alert',
  'emerg',
  'success',
  'fail',
  'ready',
  'start',
  'box',
]);

/** Logging libraries recognised through their imports. */
export const LOGGER_MODULES: ReadonlySet<string> = new Set([
  'pino',
  'winston',
  'bunyan',
  'consola',
  'log4js',
  'loglevel',
  'debug',
  'signale',
  'roarr',
  'tslog',
  'npmlog',
  '@nestjs/common',
]);

/** Variable names that are loggers even without a recognised import. */
export const LOGGER_NAME = /^(?:log|logger|.*Logger|.*_logger|.*Log)$/;

/** LOGGER_NAME as string tests: asked of every receiver of a `.info(…)`-like call, so without a regex. */
export function isLoggerName(name: string): boolean {
  return (
    name === 'log' || name === 'logger' || name.endsWith('Logger') || name.endsWith('_logger') || name.endsWith('Log')
  );
}

export const ANALYTICS_METHODS: ReadonlySet<string> = new Set([
  'track',
  'capture',
  'identify',
  'logEvent',
  'trackEvent',
  'sendEvent',
]);

export const SENTRY_METHODS: ReadonlySet<string> = new Set([
  'setContext',
  'setExtra',
  'setExtras',
  'setTag',
  'setTags',
  'setUser',
  'addBreadcrumb',
  'captureException',
  'captureMessage',
  'captureEvent',
]);

/** Functions that transform a value but keep the secret readable: encoding is not sanitizing. */
export const KEEPING_FUNCTIONS: ReadonlySet<string> = new Set([
  'encodeURIComponent',
  'encodeURI',
  'btoa',
  'String',
  'escape',
  'structuredClone',
]);

/** Static calls whose result still holds their arguments' secret. */
export const KEEPING_STATICS: ReadonlySet<string> = new Set([
  'JSON.stringify',
  'Buffer.from',
  'Object.assign',
  'Object.entries',
  'Object.values',
  'Object.fromEntries',
  'Array.from',
  'util.inspect',
  'util.format',
  'String.raw',
]);

/** Methods whose result still holds the receiver's secret. */
export const KEEPING_METHODS: ReadonlySet<string> = new Set([
  'toString',
  'toJSON',
  'valueOf',
  'trim',
  'concat',
  'slice',
  'substring',
  'toLowerCase',
  'toUpperCase',
  'join',
  'padStart',
  'padEnd',
  'replace',
  'replaceAll',
  'split',
  'at',
  'entries',
  'values',
  'raw',
]);

/** Member names through which an object's credential stays reachable (`config.headers`, `error.config`, `url.href`). */
export const CARRIER_PROPERTIES: ReadonlySet<string> = new Set([
  'headers',
  'config',
  'request',
  'req',
  'response',
  'auth',
  'options',
  'init',
  'params',
  'credentials',
  'defaults',
  'common',
  'href',
  'search',
  'searchParams',
  'query',
]);

/** Default redaction helpers. */
export const DEFAULT_SANITIZERS: readonly string[] = ['redact', 'mask'];

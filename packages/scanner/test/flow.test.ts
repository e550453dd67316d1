import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanTree } from '../src/index.js';
import { generator } from '../../core/test/helpers/random.js';

// The semantic pass's data flow, case by case: each project is written to a temporary directory and scanned;
// the lines reported for a rule must be exactly the expected ones.

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const g = generator(77);

async function findings(files: Record<string, string | Buffer>, ruleId = 'no-logged-credential', config?: object) {
  const root = mkdtempSync(path.join(tmpdir(), 'keyward-flow-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const { validateConfig } = await import('@keyward/core');
  const result = await scanTree({ root, workers: 0, ...(config ? { config: validateConfig(config, 'test') } : {}) });
  return result.findings.filter((f) => f.ruleId === ruleId);
}

const lines = async (files: Record<string, string>, ruleId?: string, config?: object) =>
  (await findings(files, ruleId, config)).map((f) => `${f.file}:${f.line}`);

describe('sources and sinks', () => {
  it.each([
    [
      'winston',
      "import winston from 'winston';\nconst log = winston.createLogger({});\nlog.info(process.env.STRIPE_SECRET_KEY);\nlog.info(process.env.PORT);\n",
      [3],
    ],
    [
      'bunyan',
      "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({ name: 'x' });\nlog.warn({ key: process.env.LMIF_API_KEY });\nlog.warn({ port: 1 });\n",
      [3],
    ],
    [
      'consola',
      "import { consola } from 'consola';\nconst auth = { Authorization: 'Bearer ' + process.env.TOKEN };\nconsola.info(auth);\nconsola.info('ready');\n",
      [3],
    ],
    [
      'log4js',
      "import log4js from 'log4js';\nconst logger = log4js.getLogger();\nlogger.debug(`key=${process.env.API_KEY}`);\nlogger.debug('ok');\n",
      [3],
    ],
    [
      'loglevel',
      "import log from 'loglevel';\nconst secret = process.env.CLIENT_SECRET;\nlog.error(secret);\nlog.error('nothing');\n",
      [3],
    ],
    [
      'debug',
      "import createDebug from 'debug';\nconst trace = createDebug('app');\ntrace('%o', process.env.DB_PASSWORD);\ntrace('started');\n",
      [3],
    ],
    [
      'mixpanel and gtag',
      "const key = process.env.STRIPE_SECRET_KEY;\nmixpanel.track('x', { key });\ngtag('event', 'x', { key });\nmixpanel.track('y');\n",
      [2, 3],
    ],
    [
      'Sentry extras',
      "import * as Sentry from '@sentry/node';\nSentry.setExtra('auth', { 'x-api-key': process.env.LMIF_API_KEY });\nSentry.setExtra('region', 'eu');\n",
      [2],
    ],
    [
      'OpenTelemetry',
      "import { trace } from '@opentelemetry/api';\nconst span = trace.getActiveSpan();\nspan?.setAttributes({ key: process.env.LMIF_API_KEY });\nspan?.setAttribute('region', 'eu');\n",
      [3],
    ],
  ])('%s: the secret line only', async (_name, code, expected) => {
    expect(await lines({ 'src/a.ts': code })).toEqual(expected.map((line) => `src/a.ts:${line}`));
  });

  it('does not take a variable for a logger by its name when its declaration says otherwise', async () => {
    const code =
      "const log = ['a'];\nconst logger = { info: (x: unknown) => x };\nlog.push(process.env.API_KEY!);\nlogger.info(process.env.API_KEY);\n";
    expect(await lines({ 'a.ts': code })).toEqual([]);
  });

  it('keeps the taint through encoding, and drops it through sanitizers, pick and omit', async () => {
    const code = [
      "import pino from 'pino';",
      'const log = pino();',
      'const key = process.env.LMIF_API_KEY ?? "";',
      'log.info(encodeURIComponent(key));',
      'log.info(btoa(key));',
      "log.info(Buffer.from(key).toString('base64'));",
      'log.info(JSON.stringify({ key }));',
      'log.info(redact(key));',
      'log.info(mask(key));',
      'const headers = { Authorization: `Bearer ${key}`, Accept: "json" };',
      "log.info(pick(headers, ['Accept']));",
      "log.info(omit(headers, ['Authorization']));",
      "log.info(pick(headers, ['Authorization']));",
      'log.info(scrub(key));',
      'function scrub(value: string) { return value.trim(); }',
    ].join('\n');
    expect(await lines({ 'a.ts': code })).toEqual(['a.ts:4', 'a.ts:5', 'a.ts:6', 'a.ts:7', 'a.ts:13', 'a.ts:14']);
    expect(await lines({ 'a.ts': code }, undefined, { sanitizers: ['redact', 'mask', 'scrub'] })).toEqual([
      'a.ts:4',
      'a.ts:5',
      'a.ts:6',
      'a.ts:7',
      'a.ts:13',
    ]);
  });

  it('follows class fields, closures and Object.assign, and honours delete', async () => {
    const code = [
      'class Client {',
      '  private token = process.env.GITHUB_TOKEN;',
      '  private host = "github.com";',
      '  show() { console.log(this.token); console.log(this.host); }',
      '}',
      'function outer() {',
      '  const secret = process.env.SESSION_SECRET;',
      '  return () => console.info({ secret });',
      '}',
      'const meta: Record<string, unknown> = {};',
      "Object.assign(meta, { headers: { 'x-api-key': process.env.LMIF_API_KEY } });",
      'console.warn(meta);',
      "const copy: Record<string, unknown> = { cookie: 'a=b', path: '/' };",
      'delete copy.cookie;',
      'console.warn(copy);',
    ].join('\n');
    expect(await lines({ 'a.ts': code })).toEqual(['a.ts:4', 'a.ts:8', 'a.ts:12']);
  });

  it('leaves public-by-design env values alone in logs and responses', async () => {
    const code =
      'console.log(process.env.NEXT_PUBLIC_POSTHOG_KEY);\nres.json({ key: process.env.STRIPE_PUBLISHABLE_KEY });\nconsole.log(process.env.STRIPE_SECRET_KEY);\n';
    expect(await lines({ 'a.ts': code })).toEqual(['a.ts:3']);
  });

  it('treats any logged .headers bag as a credential carrier, and not its other fields', async () => {
    const code =
      "export function debugRequest(config: { url: string; headers: Record<string, string> }) {\n  console.log('request', config.headers);\n  console.log('request', config.url);\n}\n";
    expect(await lines({ 'a.ts': code })).toEqual(['a.ts:2']);
  });

  it('takes key-named values for credentials at medium severity, and flags or descriptions of them not at all', async () => {
    const code = [
      'export function f(token: string, showSecrets: boolean, hasToken: boolean, apiKeyHeader: string, options: { apiKey: string }) {',
      '  console.log(token);',
      '  console.log(showSecrets, hasToken, apiKeyHeader);',
      '  console.log(options.apiKey);',
      '  console.log(process.env.API_KEY);',
      '}',
    ].join('\n');
    const reported = await findings({ 'a.ts': code });
    expect(reported.map((f) => [f.line, f.severity])).toEqual([
      [2, 'medium'],
      [4, 'medium'],
      [5, 'high'],
    ]);
  });

  it('follows Headers instances and URL query parameters, and Sentry extras', async () => {
    const code = [
      "import * as Sentry from '@sentry/browser';",
      'const headers = new Headers();',
      "headers.set('Authorization', `Bearer ${process.env.GITHUB_TOKEN}`);",
      'console.debug(headers);',
      "const url = new URL('https://api.example.com/v1');",
      "url.searchParams.set('key', process.env.WEATHER_API_KEY ?? '');",
      'console.info(`GET ${url}`);',
      'console.info(`GET ${url.pathname}`);',
      "Sentry.captureException(new Error('failed'), { extra: { headers } });",
    ].join('\n');
    expect(await lines({ 'a.ts': code })).toEqual(['a.ts:4', 'a.ts:7', 'a.ts:9']);
  });

  it('reports request loggers set to print credentials, through import or require', async () => {
    const code = [
      "const morgan = require('morgan');",
      "const pinoHttp = require('pino-http');",
      "app.use(morgan(':method :url :req[x-api-key]'));",
      "app.use(morgan('tiny'));",
      'app.use(pinoHttp({ level: "info" }));',
      "app.use(pinoHttp({ redact: { paths: ['req.headers.authorization'], censor: '***' } }));",
      'app.use(pinoHttp({ serializers: { req: (req) => ({ method: req.method }) } }));',
    ].join('\n');
    expect(await lines({ 'a.js': code })).toEqual(['a.js:3', 'a.js:5']);
  });

  it('reports a key in a thrown error, and not the status', async () => {
    const code =
      'const key = process.env.OPENAI_API_KEY;\nexport function f(status: number) {\n  if (status === 401) throw new Error(`rejected ${key}`);\n  throw new TypeError(`status ${status}`);\n}\n';
    expect(await lines({ 'a.ts': code })).toEqual(['a.ts:3']);
  });

  it('follows plain JavaScript with require and module.exports across files', async () => {
    const reported = await findings({
      'lib/config.js': 'module.exports = { apiKey: process.env.LMIF_API_KEY, port: 3000 };\n',
      'lib/log.js': "const config = require('./config');\nconsole.log(config.apiKey);\nconsole.log(config.port);\n",
    });
    expect(reported.map((f) => [f.file, f.line, f.trace?.map((s) => `${s.file}:${s.line} ${s.label}`)])).toEqual([
      [
        'lib/log.js',
        2,
        [
          'lib/config.js:1 process.env.LMIF_API_KEY',
          'lib/log.js:2 imports config.apiKey',
          'lib/log.js:2 console.log(…)',
        ],
      ],
    ]);
  });

  it('never prints a hardcoded key it followed', async () => {
    const key = `lmif_live_${g.chars(32)}`;
    const reported = await findings({ 'a.ts': `const key = '${key}';\nconsole.log(key);\n` });
    expect(reported).toHaveLength(1);
    expect(JSON.stringify(reported)).not.toContain(key.slice(10));
  });
});

describe('project shapes', () => {
  it('resolves each package with its own tsconfig paths, and survives a broken tsconfig', async () => {
    const reported = await findings({
      'packages/a/tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["./lib/*"] } } }',
      'packages/a/lib/key.ts': 'export const key = process.env.STRIPE_SECRET_KEY;\n',
      'packages/a/src/main.ts': "import { key } from '@lib/key';\nconsole.log(key);\n",
      'packages/b/tsconfig.json': '{ "compilerOptions": { broken',
      'packages/b/src/main.ts': "import { key } from './key';\nconsole.log(key);\n",
      'packages/b/src/key.ts': 'export const key = process.env.NPM_TOKEN;\n',
    });
    expect(reported.map((f) => `${f.file}:${f.line}`)).toEqual([
      'packages/a/src/main.ts:2',
      'packages/b/src/main.ts:2',
    ]);
  });

  it('skips unreadable, binary and oversized code files without losing the others', async () => {
    const reported = await findings({
      'a.ts': 'console.log(process.env.API_KEY);\n',
      // a real binary that happens to be named .ts (an MPEG transport stream): control bytes, not UTF-8
      'binary.ts': Buffer.concat([
        Buffer.from('console.log(process.env.API_KEY);'),
        Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)),
      ]),
      // NUL bytes in a UTF-8 source file do not make it binary
      'nul.ts': 'console.log(process.env.API_KEY);\0\0\0',
      'big.js': `${'x'.repeat(1_100_000)}\nconsole.log(process.env.API_KEY);\n`,
    });
    expect(reported.map((f) => f.file)).toEqual(['a.ts', 'nul.ts']);
  });

  it('takes linear time on adversarial code: deep nesting, long chains, many assignments', async () => {
    const deep = `const k = process.env.API_KEY;\nconst v = ${'['.repeat(5000)}k${']'.repeat(5000)};\nconsole.log(v);\n`;
    const nested = `const k = process.env.API_KEY;\nconst v = ${'['.repeat(20)}k${']'.repeat(20)};\nconsole.log(v);\n`;
    const chain = Array.from({ length: 3000 }, (_, i) => `const v${i + 1} = v${i} + v${i};`).join('\n');
    const started = performance.now();
    const reported = await findings({
      'deep.ts': deep,
      'nested.ts': nested,
      'chain.ts': `const v0 = process.env.API_KEY;\n${chain}\nconsole.log(v3000);\nconsole.log(v1);\n`,
    });
    expect(performance.now() - started).toBeLessThan(20_000);
    // the 5,000-deep file is left to the text scan; the others are followed as far as the depth bound allows
    expect(reported.map((f) => `${f.file}:${f.line}`)).toEqual(['chain.ts:3003', 'nested.ts:3']);
  });
});

describe('issue 12 shapes', () => {
  it('judges masks in linear time: a long header value of near-misses is still a credential', async () => {
    // the mask test (`***`, `<hidden>`, a bare scheme) must not backtrack on values built to make it try (longer
    // lines are left to the text scan as minified)
    const value = `Bearer ${'<'.repeat(400)}${' '.repeat(400)}x`;
    const started = performance.now();
    const reported = await lines({
      'a.ts': `const headers = { Authorization: '${value}' };\nconsole.log(headers);\nconsole.log({ ...headers, Authorization: 'Bearer ***' });\n`,
    });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(reported).toEqual(['a.ts:2']);
  });

  it('follows a NestJS ConfigService read of a secret into a logger, not of a port', async () => {
    const code = [
      "import { Logger } from '@nestjs/common';",
      'export class S {',
      '  private readonly logger = new Logger(S.name);',
      '  constructor(private readonly config: { get(k: string): string }) {}',
      "  a() { this.logger.log(this.config.get('STRIPE_SECRET_KEY')); }",
      "  b() { this.logger.log(this.config.get('PORT')); }",
      '}',
    ].join('\n');
    expect(await lines({ 'a.ts': code })).toEqual(['a.ts:5']);
  });
});

describe('labels and traces are built from names, never from source text', () => {
  it('a key inside a call, an element key and a sink receiver are not quoted', async () => {
    const key = `lmif_live_${g.chars(32)}`;
    const found = await findings({
      'src/app.ts':
        "import pino from 'pino';\nimport { getClient } from 'some-sdk';\nconst log = pino();\n" +
        `console.log(getClient('${key}').apiKey);\n` +
        `console.log(getClient('${key}').headers);\n` +
        `log.child({ k: '${key}' }).info(getClient('x').token);\n` +
        `console.log(clients['${key}'].secret);\n`,
    });
    expect(found.map((f) => f.message.split('. ')[0])).toEqual([
      '`getClient(…).apiKey` reaches console.log',
      'The headers of `getClient(…)` reach console.log',
      // a child logger's bindings are written into every line it logs
      'A hardcoded LMIF production API key reaches log.child',
      '`getClient(…).token` reaches log.child(…).info',
      '`clients[…].secret` reaches console.log',
    ]);
    for (const finding of found) {
      expect(JSON.stringify(finding)).not.toContain(key.slice(10, 18));
      expect(finding.redacted).not.toContain(key.slice(10, 18));
    }
  });
});

describe('axios carriers: modules that cannot spell them are not walked', () => {
  // the carrier walk skips a module whose text has neither `catch` nor `interceptors` (nor a `\u` escape), the
  // global-credentials walk one without `create` or `headers`: these cases sit on both sides of those checks
  const attached = {
    'src/api.ts':
      "import axios from 'axios';\naxios.defaults.headers.common.Authorization = `Bearer ${process.env.LMIF_API_KEY}`;\n",
  };
  const created = {
    'src/api.ts':
      "import axios from 'axios';\nexport const api = axios.create({ headers: { Authorization: process.env.LMIF_API_KEY } });\n",
  };
  const use = (method: string) =>
    "import axios from 'axios';\nimport './api';\n" +
    `export const load = () => axios.get('https://api.example.com/v1/me').${method}((error) => console.error(error));\n`;

  it.each([
    ['a .catch handler, credentials set on axios.defaults elsewhere', attached, use('catch'), ['src/use.ts:3']],
    ['the same with the method name spelled with an escape', attached, use('c\\u0061tch'), ['src/use.ts:3']],
    ['credentials given to axios.create elsewhere', created, use('catch'), ['src/use.ts:3']],
    ['no credentials attached anywhere', {}, use('catch'), []],
    ['a .then handler is no error carrier', attached, use('then'), []],
  ])('%s', async (_name, rest, code, expected) => {
    expect(await lines({ ...rest, 'src/use.ts': code })).toEqual(expected);
  });
});

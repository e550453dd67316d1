// 8. Whole-object carriers (all of process.env, the incoming request or event, options typed to hold an apiKey,
// HTTP clients' err.config / err.request) are sources; response headers are not request credentials.
import { node } from '../scaffold.mjs';

const rule = 'no-logged-credential';
export default {
  capability: 8,
  title: 'whole-object carriers, response headers',
  cases: [
    {
      id: 'log-process-env',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/boot.ts',
      files: () => node({ express: '^4.19.0' }, { 'src/boot.ts': "console.log('starting with', process.env);\n" }),
    },
    {
      id: 'log-env-copy',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/boot.ts',
      files: () =>
        node(
          { pino: '^9.0.0' },
          {
            'src/boot.ts':
              "import pino from 'pino';\nconst log = pino();\nconst env = { ...process.env };\nlog.debug({ env }, 'config');\n",
          },
        ),
    },
    {
      id: 'log-whole-req',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/app.ts',
      files: () =>
        node(
          { express: '^4.19.0', winston: '^3.0.0' },
          {
            'src/app.ts':
              "import express from 'express';\nimport winston from 'winston';\nconst logger = winston.createLogger();\nconst app = express();\napp.use((req, _res, next) => {\n  logger.info('incoming', req);\n  next();\n});\n",
          },
        ),
    },
    {
      id: 'log-lambda-event',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/handler.ts',
      files: () =>
        node(
          {},
          {
            'src/handler.ts':
              'export const handler = async (event) => {\n  console.log(JSON.stringify(event));\n  return { statusCode: 200 };\n};\n',
          },
        ),
    },
    {
      id: 'options-typed-with-apikey',
      fw: 'workspace-sdk',
      expect: 'leak',
      rule,
      file: 'packages/sdk/src/client.ts',
      files: () => ({
        'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
        'packages/sdk/package.json': JSON.stringify({ name: '@acme/sdk', main: 'src/index.ts' }),
        'packages/sdk/src/client.ts':
          "export interface ClientOptions {\n  apiKey: string;\n  baseUrl?: string;\n}\nexport class AcmeClient {\n  constructor(private readonly options: ClientOptions) {\n    console.debug('acme client', options);\n  }\n}\n",
      }),
    },
    {
      id: 'got-error-request',
      fw: 'fastify',
      expect: 'leak',
      rule,
      file: 'src/upstream.ts',
      files: () =>
        node(
          { axios: '^1.7.0' },
          {
            'src/upstream.ts':
              "import axios from 'axios';\nexport async function fetchUser(id: string) {\n  try {\n    return await axios.get(`https://api.example.com/users/${id}`, { headers: { Authorization: `Bearer ${process.env.UPSTREAM_TOKEN}` } });\n  } catch (err) {\n    console.error('upstream failed', err.request);\n    throw err;\n  }\n}\n",
          },
        ),
    },
    {
      id: 'http-errors-headers',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/errors.ts',
      files: () =>
        node(
          { 'http-errors': '^2.0.0', pino: '^9.0.0' },
          {
            'src/errors.ts':
              "import pino from 'pino';\nconst logger = pino();\nexport function onError(err, _req, res, _next) {\n  logger.warn({ status: err.status, headers: err.headers }, 'http error');\n  res.status(err.status ?? 500).end();\n}\n",
          },
        ),
    },
    {
      id: 'fetch-response-headers',
      fw: 'next-app',
      expect: 'clean',
      rule,
      file: 'lib/upstream.ts',
      files: () =>
        node(
          { next: '15.0.0' },
          {
            'lib/upstream.ts':
              "export async function probe(url: string) {\n  const response = await fetch(url);\n  console.log('probe', response.status, response.headers);\n  return response.ok;\n}\n",
          },
        ),
    },
    {
      id: 'res-headers-after-call',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/proxy.ts',
      files: () =>
        node(
          {},
          {
            'src/proxy.ts':
              "export async function relay(url: string) {\n  const res = await fetch(url, { method: 'GET' });\n  const headers = Object.fromEntries(res.headers.entries());\n  console.info('upstream headers', headers);\n}\n",
          },
        ),
    },
    {
      id: 'log-node-env-only',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/boot.ts',
      files: () => node({}, { 'src/boot.ts': "console.log('env', process.env.NODE_ENV, process.env.PORT);\n" }),
    },
    {
      id: 'log-req-method-url',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/app.ts',
      files: () =>
        node(
          { express: '^4.19.0' },
          {
            'src/app.ts':
              "import express from 'express';\nconst app = express();\napp.use((req, _res, next) => {\n  console.log(req.method, req.url, req.ip);\n  next();\n});\n",
          },
        ),
    },
    {
      id: 'options-typed-without-secret',
      fw: 'workspace-sdk',
      expect: 'clean',
      rule,
      file: 'packages/ui/src/chart.ts',
      files: () => ({
        'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
        'packages/ui/package.json': JSON.stringify({ name: '@acme/ui' }),
        'packages/ui/src/chart.ts':
          "export interface ChartOptions {\n  width: number;\n  height: number;\n}\nexport function render(options: ChartOptions) {\n  console.debug('render', options);\n}\n",
      }),
    },
  ],
};

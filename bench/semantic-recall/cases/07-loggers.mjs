// 7. Loggers as code bases write them: an own Logger class's default-exported instance, pino child bindings,
// NestJS Logger and ConfigService.get, loggers passed as parameters, loggers made by a local factory.
import { node } from '../scaffold.mjs';

const rule = 'no-logged-credential';
const ownLogger =
  "import winston from 'winston';\nclass Logger {\n  private readonly inner = winston.createLogger({ level: 'info' });\n  debug(message: string, meta?: object) { this.inner.debug(message, meta); }\n  info(message: string, meta?: object) { this.inner.info(message, meta); }\n}\nexport default new Logger();\n";
const nest = (code) =>
  node({ '@nestjs/common': '^10.0.0', '@nestjs/config': '^3.0.0' }, { 'src/payments/payments.service.ts': code });
export default {
  capability: 7,
  title: 'loggers as code bases write them',
  cases: [
    {
      id: 'own-logger-class-default-export',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/routes/billing.ts',
      files: () =>
        node(
          { express: '^4.19.0', winston: '^3.0.0' },
          {
            'src/lib/logger.ts': ownLogger,
            'src/routes/billing.ts':
              "import Logger from '../lib/logger';\nexport function charge() {\n  Logger.debug('stripe', { key: process.env.STRIPE_SECRET_KEY });\n}\n",
          },
        ),
    },
    {
      id: 'own-logger-other-name',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/jobs/sync.ts',
      files: () =>
        node(
          { winston: '^3.0.0' },
          {
            'src/lib/logger.ts': ownLogger,
            'src/jobs/sync.ts':
              "import out from '../lib/logger';\nexport function sync(token = process.env.GITHUB_TOKEN) {\n  out.info(`syncing with ${token}`);\n}\n",
          },
        ),
    },
    {
      id: 'pino-child-bindings',
      fw: 'fastify',
      expect: 'leak',
      rule,
      file: 'src/clients/openai.ts',
      files: () =>
        node(
          { pino: '^9.0.0' },
          {
            'src/log.ts': "import pino from 'pino';\nexport const root = pino();\n",
            'src/clients/openai.ts':
              "import { root } from '../log';\nconst apiKey = process.env.OPENAI_API_KEY;\nexport const clientLog = root.child({ client: 'openai', apiKey });\nclientLog.info('ready');\n",
          },
        ),
    },
    {
      id: 'nest-config-get-secret',
      fw: 'nestjs',
      expect: 'leak',
      rule,
      file: 'src/payments/payments.service.ts',
      files: () =>
        nest(
          "import { Injectable, Logger } from '@nestjs/common';\nimport { ConfigService } from '@nestjs/config';\n@Injectable()\nexport class PaymentsService {\n  private readonly logger = new Logger(PaymentsService.name);\n  constructor(private readonly config: ConfigService) {}\n  init() {\n    this.logger.log(`stripe key ${this.config.get('STRIPE_SECRET_KEY')}`);\n  }\n}\n",
        ),
    },
    {
      id: 'nest-config-get-or-throw',
      fw: 'nestjs',
      expect: 'leak',
      rule,
      file: 'src/payments/payments.service.ts',
      files: () =>
        nest(
          "import { Injectable, Logger } from '@nestjs/common';\nimport { ConfigService } from '@nestjs/config';\n@Injectable()\nexport class PaymentsService {\n  private readonly log = new Logger('payments');\n  constructor(private readonly configService: ConfigService) {}\n  init() {\n    const secret = this.configService.getOrThrow<string>('webhook.secret');\n    this.log.debug({ secret });\n  }\n}\n",
        ),
    },
    {
      id: 'logger-parameter-typed',
      fw: 'workspace-sdk',
      expect: 'leak',
      rule,
      file: 'packages/sdk/src/connect.ts',
      files: () => ({
        'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
        'packages/sdk/package.json': JSON.stringify({ name: '@acme/sdk', main: 'src/index.ts' }),
        'packages/sdk/src/connect.ts':
          "import type { Logger as PinoLogger } from 'pino';\nexport function connect(dsn: string, out: PinoLogger) {\n  out.info({ dsn, key: process.env.ACME_API_KEY }, 'connecting');\n}\n",
      }),
    },
    {
      id: 'local-factory-logger',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/worker.ts',
      files: () =>
        node(
          { pino: '^9.0.0' },
          {
            'src/logging.ts':
              "import pino from 'pino';\nexport function makeLogger(name: string) {\n  return pino({ name });\n}\n",
            'src/worker.ts':
              "import { makeLogger } from './logging';\nconst out = makeLogger('worker');\nout.warn({ redisPassword: process.env.REDIS_PASSWORD });\n",
          },
        ),
    },
    {
      id: 'fastify-request-log',
      fw: 'fastify',
      expect: 'leak',
      rule,
      file: 'src/routes.ts',
      files: () =>
        node(
          { fastify: '^5.0.0' },
          {
            'src/routes.ts':
              "export default async function routes(app) {\n  app.get('/hook', async (request) => {\n    request.log.info({ auth: request.headers.authorization }, 'hook');\n    return { ok: true };\n  });\n}\n",
          },
        ),
    },
    {
      id: 'own-logger-clean-message',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/routes/billing.ts',
      files: () =>
        node(
          { winston: '^3.0.0' },
          {
            'src/lib/logger.ts': ownLogger,
            'src/routes/billing.ts':
              "import Logger from '../lib/logger';\nexport function charge(amount: number) {\n  Logger.info('charged', { amount });\n}\n",
          },
        ),
    },
    {
      id: 'pino-child-request-id',
      fw: 'fastify',
      expect: 'clean',
      rule,
      file: 'src/clients/openai.ts',
      files: () =>
        node(
          { pino: '^9.0.0' },
          {
            'src/log.ts': "import pino from 'pino';\nexport const root = pino();\n",
            'src/clients/openai.ts':
              "import { root } from '../log';\nexport function forRequest(requestId: string) {\n  return root.child({ requestId, client: 'openai' });\n}\n",
          },
        ),
    },
    {
      id: 'nest-config-get-port',
      fw: 'nestjs',
      expect: 'clean',
      rule,
      file: 'src/payments/payments.service.ts',
      files: () =>
        nest(
          "import { Injectable, Logger } from '@nestjs/common';\nimport { ConfigService } from '@nestjs/config';\n@Injectable()\nexport class PaymentsService {\n  private readonly logger = new Logger(PaymentsService.name);\n  constructor(private readonly config: ConfigService) {}\n  init() {\n    this.logger.log(`listening on ${this.config.get('PORT')} in ${this.config.get('NODE_ENV')}`);\n  }\n}\n",
        ),
    },
    {
      id: 'non-logger-class-error-method',
      fw: 'vite',
      expect: 'clean',
      rule,
      file: 'src/checkout.ts',
      files: () =>
        node(
          {},
          {
            'src/ui/notifier.ts':
              'class Notifier {\n  private readonly queue: string[] = [];\n  error(message: string) { this.queue.push(message); }\n}\nexport default new Notifier();\n',
            'src/checkout.ts':
              "import notifier from './ui/notifier';\nexport function fail(code: string, sessionToken: string) {\n  notifier.error(`payment failed: ${code}`, sessionToken);\n}\n",
          },
        ),
    },
  ],
};

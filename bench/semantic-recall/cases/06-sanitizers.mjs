// 6. Truncation and masking are sanitizers; keeping most of the value is not.
import { node } from '../scaffold.mjs';

const rule = 'no-logged-credential';
const express = (file, code) => node({ express: '^4.19.0', pino: '^9.0.0' }, { [file]: code });
const pinoHead = "import pino from 'pino';\nconst logger = pino();\n";
export default {
  capability: 6,
  title: 'truncation and masking sanitizers',
  cases: [
    {
      id: 'last-four',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/boot.ts',
      files: () =>
        express(
          'src/boot.ts',
          `${pinoHead}const key = process.env.STRIPE_SECRET_KEY ?? '';\nlogger.info(\`stripe key …\${key.slice(-4)}\`);\n`,
        ),
    },
    {
      id: 'star-repeat-mask',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/boot.ts',
      files: () =>
        express(
          'src/boot.ts',
          `${pinoHead}const key = process.env.OPENAI_API_KEY!;\nlogger.info('openai', '*'.repeat(key.length - 4) + key.slice(-4));\n`,
        ),
    },
    {
      id: 'local-truncating-helper',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/boot.ts',
      files: () =>
        express(
          'src/boot.ts',
          `${pinoHead}function hideKey(value: string) {\n  return value.substring(0, 6) + '…';\n}\nlogger.info({ key: hideKey(process.env.OPENAI_API_KEY ?? '') });\n`,
        ),
    },
    {
      id: 'local-masking-arrow',
      fw: 'fastify',
      expect: 'clean',
      rule,
      file: 'src/server.ts',
      files: () =>
        node(
          { fastify: '^5.0.0' },
          {
            'src/server.ts':
              "import Fastify from 'fastify';\nconst app = Fastify({ logger: true });\nconst obscure = (s: string) => `${s.slice(0, 3)}…${s.slice(-2)}`;\napp.log.info(`using key ${obscure(process.env.SENDGRID_API_KEY!)}`);\n",
          },
        ),
    },
    {
      id: 'overwrite-after-spread',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/http.ts',
      files: () =>
        express(
          'src/http.ts',
          `${pinoHead}export function logRequest(headers: Record<string, string>) {\n  const outgoing = { ...headers, Authorization: \`Bearer \${process.env.API_TOKEN}\` };\n  logger.debug({ headers: { ...outgoing, Authorization: 'Bearer ***' } });\n  return outgoing;\n}\n`,
        ),
    },
    {
      id: 'delete-one-level',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/mw.ts',
      files: () =>
        express(
          'src/mw.ts',
          `${pinoHead}export function audit(req) {\n  const copy = { ...req.headers };\n  delete copy.authorization;\n  delete copy.cookie;\n  logger.info({ headers: copy });\n}\n`,
        ),
    },
    {
      id: 'rest-destructure-out',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/mw.ts',
      files: () =>
        express(
          'src/mw.ts',
          `${pinoHead}export function audit(req) {\n  const { authorization, cookie, ...safe } = req.headers;\n  logger.info(safe);\n}\n`,
        ),
    },
    {
      id: 'prefix-and-suffix-template',
      fw: 'nestjs',
      expect: 'clean',
      rule,
      file: 'src/keys.service.ts',
      files: () =>
        node(
          { '@nestjs/common': '^10.0.0' },
          {
            'src/keys.service.ts':
              "import { Injectable, Logger } from '@nestjs/common';\n@Injectable()\nexport class KeysService {\n  private readonly logger = new Logger(KeysService.name);\n  rotate(apiKey: string) {\n    this.logger.log(`rotated ${apiKey.substr(0, 4)}...${apiKey.substring(apiKey.length - 4)}`);\n  }\n}\n",
          },
        ),
    },
    {
      id: 'long-slice-keeps',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/boot.ts',
      files: () =>
        express(
          'src/boot.ts',
          `${pinoHead}const key = process.env.STRIPE_SECRET_KEY ?? '';\nlogger.info(key.slice(0, 40));\n`,
        ),
    },
    {
      id: 'drop-prefix-keeps',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/boot.ts',
      files: () =>
        express(
          'src/boot.ts',
          `${pinoHead}const key = process.env.STRIPE_SECRET_KEY ?? '';\nlogger.info(key.slice(7));\n`,
        ),
    },
    {
      id: 'helper-that-keeps',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/boot.ts',
      files: () =>
        express(
          'src/boot.ts',
          `${pinoHead}function describeKey(value: string) {\n  return \`key=\${value.trim()} (\${value.length} chars)\`;\n}\nlogger.info(describeKey(process.env.OPENAI_API_KEY ?? ''));\n`,
        ),
    },
    {
      id: 'spread-without-overwrite',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/http.ts',
      files: () =>
        express(
          'src/http.ts',
          `${pinoHead}export function send(url: string) {\n  const headers = { Authorization: \`Bearer \${process.env.API_TOKEN}\` };\n  logger.debug({ headers: { ...headers, 'x-trace': '1' } });\n  return fetch(url, { headers });\n}\n`,
        ),
    },
    {
      id: 'delete-other-header',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/mw.ts',
      files: () =>
        express(
          'src/mw.ts',
          `${pinoHead}export function audit(req) {\n  const copy = { ...req.headers };\n  delete copy['user-agent'];\n  logger.info({ headers: copy });\n}\n`,
        ),
    },
  ],
};

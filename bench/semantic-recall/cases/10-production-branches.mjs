// 10. Production branches as code bases write them (env-mismatch): env.isProduction, config.env ===
// 'production', app.get('env'), import.meta.env.PROD, not only NODE_ENV comparisons.
import { live, node, test, vite } from '../scaffold.mjs';

const rule = 'env-mismatch';
const srv = (file, code) => node({ express: '^4.19.0' }, { [file]: code });
export default {
  capability: 10,
  title: 'production branches (env-mismatch)',
  cases: [
    {
      id: 'env-is-production',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/lmif.ts',
      files: () =>
        srv(
          'src/lmif.ts',
          `import { env } from './env';\nexport function apiKey() {\n  if (env.isProduction) {\n    return '${test()}';\n  }\n  return process.env.LMIF_API_KEY;\n}\n`,
        ),
    },
    {
      id: 'config-env-equals-production',
      fw: 'nestjs',
      expect: 'leak',
      rule,
      file: 'src/config.ts',
      files: () =>
        srv(
          'src/config.ts',
          `import config from './settings';\nexport const lmifKey = config.env === 'production' ? '${test()}' : process.env.LMIF_API_KEY;\n`,
        ),
    },
    {
      id: 'express-app-get-env',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/app.ts',
      files: () =>
        srv(
          'src/app.ts',
          `import express from 'express';\nconst app = express();\nlet key = process.env.LMIF_API_KEY;\nif (app.get('env') === 'production') {\n  key = '${test()}';\n}\nexport { app, key };\n`,
        ),
    },
    {
      id: 'vite-import-meta-prod',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/keys.ts',
      files: () => vite({ 'src/keys.ts': `export const key = import.meta.env.PROD ? '${test()}' : 'dev';\n` }),
    },
    {
      id: 'vercel-env-production',
      fw: 'next-app',
      expect: 'leak',
      rule,
      file: 'lib/lmif.ts',
      files: () =>
        node(
          { next: '15.0.0' },
          {
            'lib/lmif.ts': `export const key =\n  process.env.VERCEL_ENV === 'production'\n    ? '${test()}'\n    : process.env.LMIF_API_KEY;\n`,
          },
        ),
    },
    {
      id: 'node-env-production-baseline',
      fw: 'express',
      expect: 'leak',
      rule,
      file: 'src/keys.ts',
      files: () =>
        srv('src/keys.ts', `export const key = process.env.NODE_ENV === 'production' ? '${test()}' : undefined;\n`),
    },
    {
      id: 'config-env-test-live-key',
      fw: 'fastify',
      expect: 'leak',
      rule,
      file: 'src/keys.ts',
      files: () =>
        srv(
          'src/keys.ts',
          `import { config } from './config';\nexport function key() {\n  if (config.env === 'test') return '${live()}';\n  return process.env.LMIF_API_KEY;\n}\n`,
        ),
    },
    {
      id: 'is-production-live-key',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/lmif.ts',
      files: () =>
        srv(
          'src/lmif.ts',
          `import { env } from './env';\nexport const key = env.isProduction ? '${live()}' : '${test()}';\n`,
        ),
    },
    {
      id: 'config-env-development-test-key',
      fw: 'nestjs',
      expect: 'clean',
      rule,
      file: 'src/config.ts',
      files: () =>
        srv(
          'src/config.ts',
          `import config from './settings';\nexport const key = config.env === 'development' ? '${test()}' : process.env.LMIF_API_KEY;\n`,
        ),
    },
    {
      id: 'app-get-env-not-production',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/app.ts',
      files: () =>
        srv(
          'src/app.ts',
          `import express from 'express';\nconst app = express();\nlet key = process.env.LMIF_API_KEY;\nif (app.get('env') !== 'production') {\n  key = '${test()}';\n}\nexport { app, key };\n`,
        ),
    },
    {
      id: 'unrelated-production-flag',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/flags.ts',
      files: () =>
        srv(
          'src/flags.ts',
          `const flags = { darkMode: true };\nexport const key = flags.darkMode ? '${test()}' : undefined;\n`,
        ),
    },
  ],
};

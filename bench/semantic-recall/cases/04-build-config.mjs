// 4. Build configuration that copies env values into the bundle: Vite define from loadEnv, DefinePlugin given
// JSON.stringify(process.env) or a helper-built env object, EnvironmentPlugin with secret names.
import { node, vite } from '../scaffold.mjs';

const rule = 'no-client-side-key';
const webpack = (config) =>
  node({ webpack: '^5.90.0' }, { 'webpack.config.js': config, 'src/index.js': 'console.log(1);\n' });
export default {
  capability: 4,
  title: 'build config (define, Define/EnvironmentPlugin)',
  cases: [
    {
      id: 'vite-define-loadenv-name',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'vite.config.ts',
      files: () => ({
        ...vite(),
        'vite.config.ts':
          "import { defineConfig, loadEnv } from 'vite';\nexport default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return { define: { 'process.env.STRIPE_SECRET_KEY': JSON.stringify(env.STRIPE_SECRET_KEY) } };\n});\n",
      }),
    },
    {
      id: 'vite-define-whole-loadenv',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'vite.config.ts',
      files: () => ({
        ...vite(),
        'vite.config.ts':
          "import { defineConfig, loadEnv } from 'vite';\nexport default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return { define: { 'process.env': env } };\n});\n",
      }),
    },
    {
      id: 'vite-define-process-env-stringified',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'vite.config.js',
      files: () => ({
        ...vite(),
        'vite.config.ts': undefined,
        'vite.config.js':
          "import { defineConfig } from 'vite';\nexport default defineConfig({ define: { 'process.env': JSON.stringify(process.env) } });\n",
      }),
    },
    {
      id: 'webpack-define-json-process-env',
      fw: 'webpack',
      expect: 'leak',
      rule,
      file: 'webpack.config.js',
      files: () =>
        webpack(
          "const webpack = require('webpack');\nmodule.exports = { plugins: [new webpack.DefinePlugin({ 'process.env': JSON.stringify(process.env) })] };\n",
        ),
    },
    {
      id: 'webpack-define-helper-env',
      fw: 'webpack',
      expect: 'leak',
      rule,
      file: 'webpack.config.js',
      files: () =>
        webpack(
          "const webpack = require('webpack');\nconst envKeys = Object.keys(process.env).reduce((acc, name) => {\n  acc[`process.env.${name}`] = JSON.stringify(process.env[name]);\n  return acc;\n}, {});\nmodule.exports = { plugins: [new webpack.DefinePlugin(envKeys)] };\n",
        ),
    },
    {
      id: 'webpack-environment-plugin-array',
      fw: 'webpack',
      expect: 'leak',
      rule,
      file: 'webpack.config.js',
      files: () =>
        webpack(
          "const { EnvironmentPlugin } = require('webpack');\nmodule.exports = { plugins: [new EnvironmentPlugin(['NODE_ENV', 'SENDGRID_API_KEY'])] };\n",
        ),
    },
    {
      id: 'webpack-environment-plugin-object',
      fw: 'webpack',
      expect: 'leak',
      rule,
      file: 'webpack.config.js',
      files: () =>
        webpack(
          "const webpack = require('webpack');\nmodule.exports = { plugins: [new webpack.EnvironmentPlugin({ NODE_ENV: 'development', OPENAI_API_KEY: '' })] };\n",
        ),
    },
    {
      id: 'vite-define-public-url',
      fw: 'vite',
      expect: 'clean',
      rule,
      file: 'vite.config.ts',
      files: () => ({
        ...vite(),
        'vite.config.ts':
          "import { defineConfig, loadEnv } from 'vite';\nexport default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return { define: { __API_URL__: JSON.stringify(env.API_URL), __VERSION__: JSON.stringify(env.npm_package_version) } };\n});\n",
      }),
    },
    {
      id: 'vite-loadenv-server-proxy',
      fw: 'vite',
      expect: 'clean',
      rule,
      file: 'vite.config.ts',
      files: () => ({
        ...vite(),
        'vite.config.ts':
          "import { defineConfig, loadEnv } from 'vite';\nexport default defineConfig(({ mode }) => {\n  const env = loadEnv(mode, process.cwd(), '');\n  return { server: { proxy: { '/api': { target: 'https://api.example.com', headers: { Authorization: `Bearer ${env.API_SECRET}` } } } } };\n});\n",
      }),
    },
    {
      id: 'webpack-environment-plugin-public',
      fw: 'webpack',
      expect: 'clean',
      rule,
      file: 'webpack.config.js',
      files: () =>
        webpack(
          "const webpack = require('webpack');\nmodule.exports = { plugins: [new webpack.EnvironmentPlugin(['NODE_ENV', 'API_URL', 'SENTRY_DSN'])] };\n",
        ),
    },
    {
      id: 'webpack-define-node-env',
      fw: 'webpack',
      expect: 'clean',
      rule,
      file: 'webpack.config.js',
      files: () =>
        webpack(
          "const webpack = require('webpack');\nmodule.exports = { plugins: [new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV) })] };\n",
        ),
    },
  ],
};

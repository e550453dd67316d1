import rule from '../../src/rules/no-logged-credential.js';
import { fake, ruleTester } from '../tester.js';

const live = fake.lmifLive();

ruleTester.run('no-logged-credential', rule, {
  valid: [
    "console.log('starting on port', process.env.PORT);",
    "const headers = { 'Content-Type': 'application/json' };\nconsole.log(headers);",
    "const config = { url: '/v1', headers: { Authorization: `Bearer ${process.env.LMIF_API_KEY}` } };\nconsole.log(config.url);",
    'const headers = { Authorization: `Bearer ${process.env.LMIF_API_KEY}` };\nconsole.log(redact(headers));',
    'const headers = { Authorization: `Bearer ${process.env.LMIF_API_KEY}` };\nlogger.info(mask(headers.Authorization));',
    'const config = { headers: { Authorization: token } };\ndelete config.headers.Authorization;\nconsole.log(config);',
    'const token = 42;\nconsole.log(token);',
    'console.log(process.env.NODE_ENV);',
    "analytics.track('signup', { plan: 'pro' });",
    'console.log(`using key ${process.env.LMIF_API_KEY.slice(0, 4)}…`);',
    "const apiKey = process.env.LMIF_API_KEY;\nconsole.log('key configured:', Boolean(apiKey), apiKey ? 'yes' : 'no');",
    {
      code: 'const headers = { authorization: auth };\nconsole.log(scrub(headers));',
      options: [{ sanitizers: ['scrub'] }],
    },
  ],
  invalid: [
    {
      code: "const headers = { Authorization: `Bearer ${process.env.LMIF_API_KEY}` };\nconsole.log('request', headers);",
      errors: [
        {
          messageId: 'loggedCredential',
          data: { source: 'The Authorization header', from: ' (line 1)', sink: 'console.log' },
          line: 2,
          column: 24,
        },
      ],
    },
    {
      code: 'const { LMIF_API_KEY } = process.env;\nlogger.info(`calling LMIF with ${LMIF_API_KEY}`);',
      errors: [
        {
          messageId: 'loggedCredential',
          data: { source: 'process.env.LMIF_API_KEY', from: ' (line 1)', sink: 'logger.info' },
        },
      ],
    },
    {
      code: 'console.error(process.env.STRIPE_SECRET_KEY);',
      errors: [
        {
          messageId: 'loggedCredential',
          data: { source: 'process.env.STRIPE_SECRET_KEY', from: '', sink: 'console.error' },
        },
      ],
    },
    {
      code: "const base = { 'x-api-key': key };\nconst headers = { ...base, accept: 'json' };\nconst config = { headers };\npino().info(config);",
      errors: [{ messageId: 'loggedCredential' }],
    },
    {
      code: "import pino from 'pino';\nconst log = pino();\nconst h = new Headers();\nlog.debug({ h });",
      errors: [
        { messageId: 'loggedCredential', data: { source: 'A Headers object', from: ' (line 3)', sink: 'log.debug' } },
      ],
    },
    {
      code: `const key = '${live}';\nposthog.capture('boot', { key });`,
      errors: [
        {
          messageId: 'loggedCredential',
          data: { source: 'A hardcoded LMIF production API key', from: ' (line 1)', sink: 'posthog.capture' },
        },
      ],
    },
    {
      code: "function authHeaders() { return { Authorization: 'Bearer ' + getToken() }; }\nSentry.setContext('request', authHeaders());",
      errors: [
        {
          messageId: 'loggedCredential',
          data: { source: 'The Authorization header', from: ' (line 1)', sink: 'Sentry.setContext' },
        },
      ],
    },
    {
      code: "export function debugRequest(config: { headers: Record<string, string> }) {\n  console.log('request', config.headers);\n}",
      errors: [
        { messageId: 'loggedCredential', data: { source: 'The headers of `config`', from: '', sink: 'console.log' } },
      ],
    },
    {
      // labels come from names: the key inside the call is never quoted (it was, 40 characters of it)
      code: `console.log(getClient('${live}').headers);\nconsole.log(clients['${live}'].config?.headers);`,
      errors: [
        {
          messageId: 'loggedCredential',
          data: { source: 'The headers of `getClient(…)`', from: '', sink: 'console.log' },
        },
        {
          messageId: 'loggedCredential',
          data: { source: 'The headers of `clients[…].config`', from: '', sink: 'console.log' },
        },
      ],
    },
    {
      code: 'axios.interceptors.request.use((cfg) => {\n  logger.debug(cfg.headers);\n  return cfg;\n});',
      errors: [{ messageId: 'loggedCredential' }],
    },
    {
      code: 'export function handler(req, res) {\n  console.log(req.headers);\n}',
      errors: [
        {
          messageId: 'loggedCredential',
          data: { source: 'The incoming request headers', from: '', sink: 'console.log' },
        },
      ],
    },
    {
      code: "const auth = request.headers.get('authorization');\nconsole.warn('auth', auth);",
      errors: [{ messageId: 'loggedCredential' }],
    },
    {
      code: "async function login(password: string) {\n  console.log('login', JSON.stringify({ password }));\n}",
      errors: [
        { messageId: 'loggedCredential', data: { source: '`password`', from: ' (line 1)', sink: 'console.log' } },
      ],
    },
    {
      code: "const url = `https://api.example.com/v1?api_key=${encodeURIComponent(process.env.LMIF_API_KEY)}`;\ngtag('event', 'call', { url });",
      errors: [
        {
          messageId: 'loggedCredential',
          data: { source: 'process.env.LMIF_API_KEY', from: ' (line 1)', sink: 'gtag' },
        },
      ],
    },
    {
      code: "import createDebug from 'debug';\nconst dbg = createDebug('app');\nconst cfg = { headers: { cookie: session } };\ndbg(cfg);",
      errors: [
        { messageId: 'loggedCredential', data: { source: 'The cookie header', from: ' (line 3)', sink: 'dbg' } },
      ],
    },
  ],
});

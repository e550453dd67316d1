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
      code: 'const scrub = (v: unknown) => v;\nconst headers = { authorization: auth };\nconsole.log(scrub(headers));',
      options: [{ sanitizers: ['scrub'] }],
    },
    // an empty Headers object holds nothing; a non-secret literal under a key name is not a key
    "import pino from 'pino';\nconst log = pino();\nconst h = new Headers();\nlog.debug({ h });",
    "const config = { apiKey: 'hello' };\nconsole.log(config, config.apiKey);",
    // a flag about a token is not the token
    'export function report(hasToken: boolean) {\n  console.log(hasToken);\n}',
    // a pino logger whose redact option covers the header
    "import pino from 'pino';\nconst log = pino({ redact: ['headers.authorization'] });\nlog.info({ headers: { authorization: `Bearer ${process.env.LMIF_API_KEY}` } });",
  ],
  invalid: [
    // ESLint skips the analysis of a file without sink words: these only just hold one (see test/prefilter.test.ts)
    {
      code: '/** @author someone */\nexport function show(token: string) {\n  console.log(token);\n}',
      errors: [{ messageId: 'medium', line: 3, column: 15 }],
    },
    {
      code: 'export function audit(auditLog: { info(v: unknown): void }, password: string) {\n  auditLog.info(password);\n}',
      errors: [{ messageId: 'medium', line: 2, column: 17 }],
    },
    {
      code: "const headers = { Authorization: `Bearer ${process.env.LMIF_API_KEY}` };\nconsole.log('request', headers);",
      errors: [
        {
          messageId: 'high',
          data: { message: reaches('The Authorization header', 'console.log') },
          line: 2,
          column: 24,
        },
      ],
    },
    {
      code: 'const { LMIF_API_KEY } = process.env;\nlogger.info(`calling LMIF with ${LMIF_API_KEY}`);',
      errors: [{ messageId: 'high', data: { message: reaches('process.env.LMIF_API_KEY', 'logger.info') } }],
    },
    {
      code: 'console.error(process.env.STRIPE_SECRET_KEY);',
      errors: [
        { messageId: 'high', data: { message: reaches('process.env.STRIPE_SECRET_KEY', 'console.error') }, column: 15 },
      ],
    },
    {
      code: "const base = { 'x-api-key': key };\nconst headers = { ...base, accept: 'json' };\nconst config = { headers };\npino().info(config);",
      errors: [{ messageId: 'high' }],
    },
    {
      code: `const key = '${live}';\nposthog.capture('boot', { key });`,
      errors: [
        { messageId: 'high', data: { message: reaches('A hardcoded LMIF production API key', 'posthog.capture') } },
      ],
    },
    {
      code: "function authHeaders() { return { Authorization: 'Bearer ' + getToken() }; }\nSentry.setContext('request', authHeaders());",
      errors: [{ messageId: 'high', data: { message: reaches('The Authorization header', 'Sentry.setContext') } }],
    },
    {
      // any .headers bag can carry Authorization: judged by its shape, so medium
      code: "export function debugRequest(config: { headers: Record<string, string> }) {\n  console.log('request', config.headers);\n}",
      errors: [{ messageId: 'medium', data: { message: reaches('The headers of `config`', 'console.log', 'reach') } }],
    },
    {
      // labels come from names: the key inside the call is never quoted (it was, 40 characters of it)
      code: `console.log(getClient('${live}').headers);\nconsole.log(clients['${live}'].config?.headers);`,
      errors: [
        { messageId: 'medium', data: { message: reaches('The headers of `getClient(…)`', 'console.log', 'reach') } },
        {
          messageId: 'medium',
          data: { message: reaches('The headers of `clients[…].config`', 'console.log', 'reach') },
        },
      ],
    },
    {
      code: "import axios from 'axios';\naxios.interceptors.request.use((cfg) => {\n  logger.debug(cfg.headers);\n  return cfg;\n});",
      errors: [{ messageId: 'high', line: 3 }],
    },
    {
      code: 'export function handler(req, res) {\n  console.log(req.headers);\n}',
      errors: [
        { messageId: 'high', data: { message: reaches('The incoming request headers', 'console.log', 'reach') } },
      ],
    },
    {
      code: "const auth = request.headers.get('authorization');\nconsole.warn('auth', auth);",
      errors: [{ messageId: 'high', data: { message: reaches('The incoming Authorization header', 'console.warn') } }],
    },
    {
      code: "async function login(password: string) {\n  console.log('login', JSON.stringify({ password }));\n}",
      errors: [{ messageId: 'medium', data: { message: reaches('`password`', 'console.log') } }],
    },
    {
      code: "const url = `https://api.example.com/v1?api_key=${encodeURIComponent(process.env.LMIF_API_KEY)}`;\ngtag('event', 'call', { url });",
      errors: [{ messageId: 'high', data: { message: reaches('process.env.LMIF_API_KEY', 'gtag') } }],
    },
    {
      code: "import createDebug from 'debug';\nconst dbg = createDebug('app');\nconst cfg = { headers: { cookie: session } };\ndbg(cfg);",
      errors: [{ messageId: 'high', data: { message: reaches('The cookie header', 'dbg') } }],
    },
    {
      code: 'const key = process.env.LMIF_API_KEY;\nthrow new Error(`bad key ${key}`);',
      errors: [
        {
          messageId: 'high',
          data: {
            message:
              'process.env.LMIF_API_KEY reaches throw new Error. Error messages end up in logs and error reports: leave the credential out of the message, and rotate any key that was exposed.',
          },
        },
      ],
    },
  ],
});

/** The engine's message, as `keyward scan` prints it for the same flow. */
function reaches(source: string, sink: string, verb = 'reaches'): string {
  return `${source} ${verb} ${sink}. Log a redacted value instead, and rotate any key that was logged.`;
}

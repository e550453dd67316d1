import rule from '../../src/rules/no-hardcoded-key.js';
import { fake, ruleTester } from '../tester.js';

const live = fake.lmifLive();
const test = fake.lmifTest();
const lumen = fake.lumenfall();
const lens = fake.lensmor();
const laminr = fake.stripeLive();
const [head, tail] = [live.slice(0, 14), live.slice(14)];
const generic = fake.token(32);

ruleTester.run('no-hardcoded-key', rule, {
  valid: [
    'const lmif = new LMIFClient({ apiKey: process.env.LMIF_API_KEY });',
    "const example = 'lmif_live_xxx';",
    "const docs = 'Authorization: Bearer lmif_live_xxx';",
    "fetch(url, { headers: { 'x-api-key': 'sk_live_abc123xyz789' } });",
    "const lumenfall = new OpenAI({ apiKey: 'lmnfl_abc123.xyz789', baseURL: 'https://api.lumenfall.ai/openai/v1' });",
    '// export LENSMOR_API_KEY="uak_your_api_key"\nconst x = 1;',
    "const key = 'uak_abc12def_xyzExampleKeyValue1234567890';",
    "const pk = 'pk_live_' + 'TYooMQauvdEDq54NiTphI7jx';",
    { code: `const k = '${live}'; // keyward-ignore: contract test fixture` },
    { code: `// keyward-ignore-next-line\nconst k = '${live}';` },
    { code: `// key: ${live}`, options: [{ ignoreComments: true }] },
    { code: `const k = '${live}';`, options: [{ allow: ['lmif-live-key'] }] },
  ],
  invalid: [
    {
      code: `const apiKey = '${live}';`,
      errors: [
        {
          messageId: 'high',
          data: {
            message: `LMIF production API key ${live.slice(0, 14)}… is hardcoded; move it to process.env.LMIF_API_KEY and rotate it.`,
          },
          line: 1,
          column: 17,
          endColumn: 17 + live.length,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { envName: 'LMIF_API_KEY' },
              output: 'const apiKey = process.env.LMIF_API_KEY;',
            },
          ],
        },
      ],
    },
    {
      // a sandbox key is reported at medium severity, as `keyward scan` reports it
      code: 'const headers = { Authorization: `Bearer ' + test + '` };',
      errors: [{ messageId: 'medium', suggestions: [] }],
    },
    {
      code: `const k = '${head}' + '${tail}';`,
      errors: [
        {
          messageId: 'high',
          suggestions: [{ messageId: 'useEnv', output: 'const k = process.env.LMIF_API_KEY;' }],
        },
      ],
    },
    {
      code: `class Client {\n  private key = '${lens}';\n}`,
      errors: [
        {
          messageId: 'high',
          line: 2,
          suggestions: [
            { messageId: 'useEnv', output: 'class Client {\n  private key = process.env.LENSMOR_API_KEY;\n}' },
          ],
        },
      ],
    },
    {
      code: `function connect(key: string = '${lumen}') { return key; }`,
      errors: [
        {
          messageId: 'high',
          suggestions: [
            {
              messageId: 'useEnv',
              output: 'function connect(key: string = process.env.LUMENFALL_API_KEY) { return key; }',
            },
          ],
        },
      ],
    },
    {
      code: `const el = <Widget apiKey="${live}" />;`,
      filename: 'widget.tsx',
      errors: [
        {
          messageId: 'high',
          suggestions: [{ messageId: 'useEnv', output: 'const el = <Widget apiKey={process.env.LMIF_API_KEY} />;' }],
        },
      ],
    },
    {
      code: `/* rotated? ${live} */\nexport {};`,
      errors: [{ messageId: 'high', suggestions: [] }],
    },
    {
      code: `const laminr = { 'x-api-key': '${laminr}' };`,
      errors: [
        {
          messageId: 'high',
          data: {
            message: `Laminr production API key ${laminr.slice(0, 12)}… is hardcoded; move it to process.env.LAMINR_API_KEY and rotate it.`,
          },
          suggestions: [{ messageId: 'useEnv', output: "const laminr = { 'x-api-key': process.env.LAMINR_API_KEY };" }],
        },
      ],
    },
    {
      code: `const config = { client_secret: '${generic}' };`,
      errors: [
        {
          messageId: 'medium',
          data: {
            message: `Secret assigned to client_secret (${generic.slice(0, 4)}…) is hardcoded; move it to process.env.CLIENT_SECRET and rotate it.`,
          },
          suggestions: [
            { messageId: 'useEnv', output: 'const config = { client_secret: process.env.CLIENT_SECRET };' },
          ],
        },
      ],
    },
  ],
});

import rule from '../../src/rules/no-client-side-key.js';
import { fake, ruleTester } from '../tester.js';

const live = fake.lmifLive();

ruleTester.run('no-client-side-key', rule, {
  valid: [
    // server code may read secrets
    { code: 'const key = process.env.LMIF_API_KEY;', filename: 'lib/server.ts' },
    {
      code: "'use server';\nexport async function act() { return process.env.LMIF_API_KEY; }",
      filename: 'app/actions.ts',
    },
    { code: "import 'server-only';\nexport const key = process.env.LMIF_API_KEY;", filename: 'components/key.ts' },
    {
      code: 'export async function GET() { return fetch(u, { headers: { Authorization: `Bearer ${process.env.LMIF_API_KEY}` } }); }',
      filename: 'app/api/lmif/route.ts',
    },
    {
      code: 'export default function handler(req, res) { res.json({ k: process.env.LMIF_API_KEY }); }',
      filename: 'pages/api/lmif.ts',
    },
    // client code may read public values
    { code: "'use client';\nconst url = process.env.NEXT_PUBLIC_API_URL;", filename: 'app/page.tsx' },
    { code: "'use client';\nconst pk = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;", filename: 'app/checkout.tsx' },
    { code: "'use client';\nconst env = process.env.NODE_ENV;", filename: 'app/x.tsx' },
    { code: 'if (typeof window === "undefined") { const k = process.env.LMIF_API_KEY; }', filename: 'lib/iso.ts' },
    { code: 'const k = process.env.ACME_TOKEN;\nconst window = {};\nwindow.x = 1;', filename: 'lib/shadow.ts' },
    {
      code: "'use client';\nconst k = process.env.LMIF_API_KEY;",
      filename: 'app/x.tsx',
      options: [{ allowEnv: ['LMIF_API_KEY'] }],
    },
  ],
  invalid: [
    {
      code: "'use client';\nexport function Search() { return fetch(u, { headers: { Authorization: `Bearer ${process.env.LMIF_API_KEY}` } }); }",
      filename: 'app/search.tsx',
      errors: [
        {
          messageId: 'secretEnvInClient',
          data: { via: 'process.env', name: 'LMIF_API_KEY', where: "a 'use client' module" },
          line: 2,
        },
      ],
    },
    {
      code: 'export const key = import.meta.env.OPENAI_API_KEY;',
      filename: 'components/chat.ts',
      errors: [
        {
          messageId: 'secretEnvInClient',
          data: { via: 'import.meta.env', name: 'OPENAI_API_KEY', where: 'a client module (matches the client globs)' },
        },
      ],
    },
    {
      code: `const key = '${live}';\nexport default function Page() { return null; }`,
      filename: 'pages/index.tsx',
      errors: [{ messageId: 'keyInClient' }],
    },
    {
      code: 'const token = localStorage.getItem("x");\nconst k = process.env.LMIF_API_KEY;',
      filename: 'lib/browser.ts',
      errors: [
        {
          messageId: 'secretEnvInClient',
          data: { via: 'process.env', name: 'LMIF_API_KEY', where: 'browser code (uses `localStorage`)' },
        },
      ],
    },
    {
      code: "'use client';\nexport function call(apiKey: string) { return fetch(u, { headers: { 'x-api-key': apiKey } }); }",
      filename: 'app/widget.tsx',
      errors: [
        {
          messageId: 'headerInClient',
          data: { header: 'x-api-key', source: '`apiKey`', where: "a 'use client' module" },
        },
      ],
    },
    {
      code: 'const k = process.env.LMIF_API_KEY;',
      filename: 'src/routes/home.client.tsx',
      errors: [{ messageId: 'secretEnvInClient' }],
    },
    {
      code: 'const k = process.env.MY_SECRET;',
      filename: 'web/app.ts',
      options: [{ clientGlobs: ['web/**'] }],
      errors: [{ messageId: 'secretEnvInClient' }],
    },
  ],
});

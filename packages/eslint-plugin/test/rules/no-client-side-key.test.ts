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
    // components/ are server components by default in Next.js; the scanner finds the ones the browser imports
    { code: 'export const key = import.meta.env.OPENAI_API_KEY;', filename: 'components/chat.ts' },
    // pages/ are entries only in a Next.js project (a next.config above them), as in the scanner
    { code: `const key = '${live}';\nexport default function Page() { return null; }`, filename: 'pages/index.tsx' },
    // a browser request carrying the visitor's own token is how browsers authenticate
    {
      code: "'use client';\nexport function call(apiKey: string) { return fetch(u, { headers: { 'x-api-key': apiKey } }); }",
      filename: 'app/widget.tsx',
    },
  ],
  invalid: [
    {
      code: "'use client';\nexport function Search() { return fetch(u, { headers: { Authorization: `Bearer ${process.env.LMIF_API_KEY}` } }); }",
      filename: 'app/search.tsx',
      errors: [
        {
          messageId: 'high',
          data: { message: readIn('process.env.LMIF_API_KEY', "app/search.tsx, a 'use client' module") },
          line: 2,
        },
      ],
    },
    {
      code: 'export const key = import.meta.env.OPENAI_API_KEY;',
      filename: 'components/chat.ts',
      options: [{ clientGlobs: ['components/**'] }],
      errors: [
        {
          messageId: 'high',
          data: { message: readIn('import.meta.env.OPENAI_API_KEY', 'components/chat.ts, a client module') },
        },
      ],
    },
    {
      code: `'use client';\nconst key = '${live}';`,
      filename: 'app/key.tsx',
      errors: [
        {
          messageId: 'high',
          data: {
            message: `LMIF production API key ${live.slice(0, 14)}… is in app/key.tsx, a 'use client' module; anyone who loads the page can read it. Proxy the call through your server.`,
          },
          line: 2,
          column: 14,
        },
      ],
    },
    {
      code: 'const token = localStorage.getItem("x");\nconst k = process.env.LMIF_API_KEY;',
      filename: 'lib/browser.ts',
      errors: [
        {
          messageId: 'high',
          data: {
            message: readIn('process.env.LMIF_API_KEY', 'lib/browser.ts, browser code (it uses `localStorage`)'),
          },
        },
      ],
    },
    {
      code: 'const k = process.env.LMIF_API_KEY;',
      filename: 'src/routes/home.client.tsx',
      errors: [{ messageId: 'high' }],
    },
    {
      code: 'const { STRIPE_SECRET_KEY } = process.env;',
      filename: 'src/routes/pay.client.tsx',
      errors: [{ messageId: 'high', column: 9 }],
    },
    {
      code: 'const k = process.env.MY_SECRET;',
      filename: 'web/app.ts',
      options: [{ clientGlobs: ['web/**'] }],
      errors: [{ messageId: 'high' }],
    },
  ],
});

/** The engine's message for a secret env read in browser code, as `keyward scan` prints it. */
function readIn(read: string, where: string): string {
  return `${read} is read in ${where}; secrets must stay on the server. Call your own API route and read the key there.`;
}

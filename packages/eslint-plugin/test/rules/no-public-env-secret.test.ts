import rule from '../../src/rules/no-public-env-secret.js';
import { ruleTester } from '../tester.js';

/** The engine's message, as `keyward scan` prints it for the same read. */
const publicSecret = (name: string, prefix: string) =>
  `${name} names a secret, but the ${prefix} prefix makes the bundler copy its value into browser code. Rename it without the prefix, read it on the server, and rotate it.`;

ruleTester.run('no-public-env-secret', rule, {
  valid: [
    'const url = process.env.NEXT_PUBLIC_API_URL;',
    'const pk = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;',
    'const anon = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY;',
    'const fb = import.meta.env.VITE_FIREBASE_API_KEY;',
    'const maps = process.env.REACT_APP_GOOGLE_MAPS_API_KEY;',
    'const site = process.env.NEXT_PUBLIC_RECAPTCHA_SITE_KEY;',
    'const secret = process.env.STRIPE_SECRET_KEY;',
    'const mode = import.meta.env.VITE_MODE;',
    { code: 'const k = process.env.NEXT_PUBLIC_ALGOLIA_ADMIN_KEY;', options: [{ allow: ['ALGOLIA'] }] },
  ],
  invalid: [
    {
      code: 'const key = process.env.NEXT_PUBLIC_LMIF_API_KEY;',
      errors: [
        { messageId: 'high', data: { message: publicSecret('NEXT_PUBLIC_LMIF_API_KEY', 'NEXT_PUBLIC_') }, column: 13 },
      ],
    },
    {
      code: 'const key = import.meta.env.VITE_OPENAI_API_KEY;',
      errors: [{ messageId: 'high', data: { message: publicSecret('VITE_OPENAI_API_KEY', 'VITE_') } }],
    },
    { code: "const key = process.env['REACT_APP_STRIPE_SECRET_KEY'];", errors: [{ messageId: 'high' }] },
    {
      code: 'const { EXPO_PUBLIC_SUPABASE_SERVICE_ROLE_KEY: role } = process.env;',
      errors: [{ messageId: 'high' }],
    },
    { code: 'const t = process.env.GATSBY_GITHUB_TOKEN;', errors: [{ messageId: 'high' }] },
    {
      code: 'const p = process.env.NUXT_PUBLIC_DB_PASSWORD;',
      errors: [{ messageId: 'high', data: { message: publicSecret('NUXT_PUBLIC_DB_PASSWORD', 'NUXT_PUBLIC_') } }],
    },
    { code: 'const p = import.meta.env.PUBLIC_LENSMOR_API_KEY;', errors: [{ messageId: 'high' }] },
    { code: 'const c = process.env.NEXT_PUBLIC_GCP_CREDENTIALS;', errors: [{ messageId: 'high' }] },
    {
      code: 'const x = process.env.MY_ACME_TOKEN_VALUE;',
      options: [{ prefixes: ['MY_'] }],
      errors: [{ messageId: 'high', data: { message: publicSecret('MY_ACME_TOKEN_VALUE', 'MY_') } }],
    },
  ],
});

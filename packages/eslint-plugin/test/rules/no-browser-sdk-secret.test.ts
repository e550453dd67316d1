import rule from '../../src/rules/no-browser-sdk-secret.js';
import { fake, ruleTester } from '../tester.js';

const stripeSecret = fake.stripeLive();
const serviceRole = fake.serviceRoleJwt();

/** The engine's messages, as `keyward scan` prints them for the same code. */
const allowBrowser = (sdk: string) =>
  `dangerouslyAllowBrowser: true ships your ${sdk} API key to every visitor. Call the API from your server (a route handler or proxy) instead.`;
const stripeJs = (call: string) =>
  `${call} is Stripe.js, which runs in the browser; give it a publishable key (pk_…), never a secret or restricted key.`;
const supabase = (call: string) =>
  `A Supabase service_role or secret key in ${call} bypasses row-level security for every visitor; use the anon or publishable key in the browser.`;

ruleTester.run('no-browser-sdk-secret', rule, {
  valid: [
    'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
    'const openai = new OpenAI({ dangerouslyAllowBrowser: false });',
    'const stripe = await loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY);',
    "const stripe = await loadStripe('pk_live_TYooMQauvdEDq54NiTphI7jx');",
    { code: 'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);', filename: 'server/billing.ts' },
    {
      code: "import { createClient } from '@supabase/supabase-js';\nconst admin = createClient(url, process.env.SUPABASE_SERVICE_ROLE_KEY);",
      filename: 'server/admin.ts',
    },
    'const supabase = createBrowserClient(url, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY);',
  ],
  invalid: [
    {
      code: 'const openai = new OpenAI({ apiKey: key, dangerouslyAllowBrowser: true });',
      errors: [{ messageId: 'high', data: { message: allowBrowser('OpenAI') }, column: 42 }],
    },
    {
      code: "const lumenfall = new OpenAI({ apiKey: key, baseURL: 'https://api.lumenfall.ai/openai/v1', dangerouslyAllowBrowser: true });",
      errors: [{ messageId: 'high', data: { message: allowBrowser('Lumenfall (through the OpenAI SDK)') } }],
    },
    {
      code: 'const claude = new Anthropic({ dangerouslyAllowBrowser: true });',
      errors: [{ messageId: 'high', data: { message: allowBrowser('Anthropic') } }],
    },
    {
      code: `const stripe = await loadStripe('${stripeSecret}');`,
      errors: [{ messageId: 'high', data: { message: stripeJs('loadStripe()') } }],
    },
    {
      code: 'const stripe = await loadStripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY);',
      errors: [{ messageId: 'high' }],
    },
    {
      code: "'use client';\nconst stripe = Stripe(process.env.STRIPE_SECRET_KEY);",
      filename: 'app/pay.tsx',
      errors: [{ messageId: 'high', data: { message: stripeJs('Stripe()') } }],
    },
    {
      code: `const supabase = createBrowserClient(url, '${serviceRole}');`,
      errors: [{ messageId: 'high', data: { message: supabase('createBrowserClient()') } }],
    },
    {
      code: "'use client';\nimport { createClient } from '@supabase/supabase-js';\nconst supabase = createClient(url, process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY);",
      filename: 'app/data.tsx',
      errors: [{ messageId: 'high', data: { message: supabase('createClient()') } }],
    },
  ],
});

// 2. no-browser-sdk-secret in the scanner: escape hatches and secret keys handed to browser SDKs.
import { nextApp, node, vite } from '../scaffold.mjs';

const rule = 'no-browser-sdk-secret';
export default {
  capability: 2,
  title: 'no-browser-sdk-secret incl. ?? and || chains',
  cases: [
    {
      id: 'vite-openai-allow-browser',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/lib/openai.ts',
      files: () =>
        vite({
          'src/lib/openai.ts':
            "import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY, dangerouslyAllowBrowser: true });\n",
        }),
    },
    {
      id: 'next-loadstripe-nullish',
      fw: 'next-app',
      expect: 'leak',
      rule,
      file: 'app/checkout/stripe.ts',
      files: () =>
        nextApp({
          'app/checkout/stripe.ts':
            "'use client';\nimport { loadStripe } from '@stripe/stripe-js';\nexport const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY ?? '');\n",
        }),
    },
    {
      id: 'next-pages-loadstripe-or',
      fw: 'next-pages',
      expect: 'leak',
      rule,
      file: 'pages/pay.tsx',
      files: () =>
        nextApp({
          'pages/pay.tsx':
            "import { loadStripe } from '@stripe/stripe-js';\nconst stripe = loadStripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY || process.env.NEXT_PUBLIC_STRIPE_KEY || '');\nexport default function Pay() { return null; }\n",
        }),
    },
    {
      id: 'loadstripe-via-const',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/stripe.ts',
      files: () =>
        vite({
          'src/stripe.ts':
            "import { loadStripe } from '@stripe/stripe-js';\nconst stripeKey = import.meta.env.VITE_STRIPE_SECRET_KEY as string;\nexport const stripe = loadStripe(stripeKey);\n",
        }),
    },
    {
      id: 'anthropic-allow-browser-shorthand',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/claude.ts',
      files: () =>
        vite({
          'src/claude.ts':
            "import Anthropic from '@anthropic-ai/sdk';\nconst apiKey = import.meta.env.VITE_ANTHROPIC_KEY;\nconst dangerouslyAllowBrowser = true;\nexport const claude = new Anthropic({ apiKey, dangerouslyAllowBrowser });\n",
        }),
    },
    {
      id: 'supabase-service-role-browser',
      fw: 'next-app',
      expect: 'leak',
      rule,
      file: 'lib/db.ts',
      files: () =>
        nextApp({
          'lib/db.ts':
            "'use client';\nimport { createBrowserClient } from '@supabase/ssr';\nexport const db = createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY ?? '');\n",
        }),
    },
    {
      id: 'groq-allow-browser',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/groq.ts',
      files: () =>
        vite({
          'src/groq.ts':
            "import Groq from 'groq-sdk';\nexport const groq = new Groq({ apiKey: import.meta.env.VITE_GROQ_API_KEY, dangerouslyAllowBrowser: true });\n",
        }),
    },
    {
      id: 'loadstripe-publishable-nullish',
      fw: 'next-app',
      expect: 'clean',
      rule,
      file: 'app/checkout/stripe.ts',
      files: () =>
        nextApp({
          'app/checkout/stripe.ts':
            "'use client';\nimport { loadStripe } from '@stripe/stripe-js';\nexport const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? '');\n",
        }),
    },
    {
      id: 'allow-browser-false',
      fw: 'vite',
      expect: 'clean',
      rule,
      file: 'src/openai.ts',
      files: () =>
        vite({
          'src/openai.ts':
            "import OpenAI from 'openai';\nexport const openai = new OpenAI({ baseURL: '/api/ai', apiKey: 'unused', dangerouslyAllowBrowser: false });\n",
        }),
    },
    {
      id: 'supabase-anon-browser',
      fw: 'next-app',
      expect: 'clean',
      rule,
      file: 'lib/db.ts',
      files: () =>
        nextApp({
          'lib/db.ts':
            "'use client';\nimport { createBrowserClient } from '@supabase/ssr';\nexport const db = createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY ?? '');\n",
        }),
    },
    {
      id: 'express-openai-server',
      fw: 'express',
      expect: 'clean',
      rule,
      file: 'src/ai.ts',
      files: () =>
        node(
          { express: '^4.19.0', openai: '^4.0.0' },
          {
            'src/ai.ts':
              "import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n",
          },
        ),
    },
  ],
};

// 1. Public-prefixed env reads in code: the bundler inlines them wherever they are read.
import { nextApp, node, nuxt, sveltekit, vite } from '../scaffold.mjs';

const rule = 'no-public-env-secret';
export default {
  capability: 1,
  title: 'public-prefixed secrets read in code',
  cases: [
    {
      id: 'vite-openai-key',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/lib/ai.ts',
      files: () =>
        vite({
          'src/lib/ai.ts':
            "export async function complete(prompt: string) {\n  const key = import.meta.env.VITE_OPENAI_API_KEY;\n  return fetch('https://api.openai.com/v1/responses', { method: 'POST', headers: { Authorization: `Bearer ${key}` }, body: prompt });\n}\n",
        }),
    },
    {
      id: 'next-app-stripe-secret',
      fw: 'next-app',
      expect: 'leak',
      rule,
      file: 'app/billing/page.tsx',
      files: () =>
        nextApp({
          'app/billing/page.tsx':
            "export default function Billing() {\n  const stripeKey = process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY;\n  return <form data-key={stripeKey ? 'set' : 'unset'} />;\n}\n",
        }),
    },
    {
      id: 'cra-mailgun-secret',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/api/mail.js',
      files: () =>
        node(
          { 'react-scripts': '5.0.1' },
          {
            'src/api/mail.js':
              "export function send(to) {\n  return fetch('/mail', { headers: { 'x-mailgun': process.env.REACT_APP_MAILGUN_SECRET }, body: to });\n}\n",
          },
        ),
    },
    {
      id: 'next-pages-api-route-public-secret',
      fw: 'next-pages',
      expect: 'leak',
      rule,
      file: 'pages/api/upload.ts',
      files: () =>
        nextApp({
          'pages/api/upload.ts':
            'export default async function handler(req, res) {\n  const token = process.env.NEXT_PUBLIC_BLOB_READ_WRITE_TOKEN;\n  res.status(200).json({ ok: Boolean(token) });\n}\n',
        }),
    },
    {
      id: 'vite-destructured-admin-token',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/admin.ts',
      files: () =>
        vite({
          'src/admin.ts':
            'const { VITE_ADMIN_TOKEN, VITE_API_URL } = import.meta.env;\nexport const admin = { url: VITE_API_URL, token: VITE_ADMIN_TOKEN };\n',
        }),
    },
    {
      id: 'nuxt-public-secret',
      fw: 'nuxt',
      expect: 'leak',
      rule,
      file: 'composables/useSearch.ts',
      files: () =>
        nuxt({
          'nuxt.config.ts': 'export default defineNuxtConfig({});\n',
          'composables/useSearch.ts':
            "export function useSearch() {\n  const secret = process.env.NUXT_PUBLIC_ALGOLIA_ADMIN_KEY;\n  return { headers: { 'x-algolia-api-key': secret } };\n}\n",
        }),
    },
    {
      id: 'sveltekit-public-secret',
      fw: 'sveltekit',
      expect: 'leak',
      rule,
      file: 'src/lib/cms.ts',
      files: () =>
        sveltekit({
          'src/lib/cms.ts':
            'export const cmsToken = import.meta.env.PUBLIC_CMS_SECRET_TOKEN;\nexport const cmsUrl = import.meta.env.PUBLIC_CMS_URL;\n',
        }),
    },
    {
      id: 'vite-publishable-key',
      fw: 'vite',
      expect: 'clean',
      rule,
      file: 'src/pay.ts',
      files: () =>
        vite({
          'src/pay.ts':
            "import { loadStripe } from '@stripe/stripe-js';\nexport const stripe = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);\n",
        }),
    },
    {
      id: 'next-supabase-anon',
      fw: 'next-app',
      expect: 'clean',
      rule,
      file: 'lib/supabase.ts',
      files: () =>
        nextApp({
          'lib/supabase.ts':
            "'use client';\nimport { createBrowserClient } from '@supabase/ssr';\nexport const supabase = createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);\n",
        }),
    },
    {
      id: 'vite-api-url',
      fw: 'vite',
      expect: 'clean',
      rule,
      file: 'src/api.ts',
      files: () => vite({ 'src/api.ts': 'export const base = import.meta.env.VITE_API_URL ?? "/api";\n' }),
    },
    {
      id: 'next-recaptcha-site-key',
      fw: 'next-pages',
      expect: 'clean',
      rule,
      file: 'pages/contact.tsx',
      files: () =>
        nextApp({
          'pages/contact.tsx':
            'export default function Contact() {\n  return <div data-sitekey={process.env.NEXT_PUBLIC_RECAPTCHA_SITE_KEY} />;\n}\n',
        }),
    },
    {
      id: 'vite-env-alias',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/config.ts',
      files: () =>
        vite({
          'src/config.ts':
            'const env = import.meta.env;\nexport const config = { ai: env.VITE_ANTHROPIC_API_KEY, base: env.VITE_API_URL };\n',
        }),
    },
    {
      id: 'vue-sfc-public-secret',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/components/Chat.vue',
      files: () =>
        vite({
          'src/components/Chat.vue':
            "<template><div>{{ reply }}</div></template>\n<script setup lang=\"ts\">\nimport { ref } from 'vue';\nconst reply = ref('');\nconst key = import.meta.env.VITE_OPENAI_SECRET_KEY;\n</script>\n",
        }),
    },
  ],
};

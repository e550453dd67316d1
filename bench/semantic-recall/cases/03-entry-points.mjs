// 3. Entry points as frameworks define them: Vite inputs and src/, Next.js pages/ without their server-only
// exports, SvelteKit private env in universal files and components, .svelte/.vue script blocks, Nuxt
// runtimeConfig.public, destructured env reads.
import { nextApp, nuxt, sveltekit, vite } from '../scaffold.mjs';

const rule = 'no-client-side-key';
export default {
  capability: 3,
  title: 'framework entry points',
  cases: [
    {
      id: 'vite-rollup-input-ts',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'client/entry.ts',
      files: () => ({
        ...vite(),
        'vite.config.ts':
          "import { defineConfig } from 'vite';\nexport default defineConfig({ build: { rollupOptions: { input: { widget: 'client/entry.ts' } } } });\n",
        'client/entry.ts': 'export const token = process.env.STRIPE_SECRET_KEY;\n',
      }),
    },
    {
      id: 'vite-rollup-input-html',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'admin/boot.ts',
      files: () => ({
        ...vite(),
        'vite.config.ts':
          "import { resolve } from 'node:path';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ build: { rollupOptions: { input: { main: resolve(__dirname, 'index.html'), admin: resolve(__dirname, 'admin/panel.html') } } } });\n",
        'admin/panel.html': '<script type="module" src="./boot.ts"></script>\n',
        'admin/boot.ts': 'const { OPENAI_API_KEY } = process.env;\nexport const ai = OPENAI_API_KEY;\n',
      }),
    },
    {
      id: 'vite-src-orphan',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/features/export.ts',
      files: () =>
        vite({
          'src/features/export.ts':
            "export const upload = () => fetch('/x', { headers: { 'x-key': import.meta.env.S3_SECRET_ACCESS_KEY } });\n",
        }),
    },
    {
      id: 'next-pages-component-secret',
      fw: 'next-pages',
      expect: 'leak',
      rule,
      file: 'pages/dashboard.tsx',
      files: () =>
        nextApp({
          'pages/dashboard.tsx':
            'export default function Dashboard() {\n  const key = process.env.STRIPE_SECRET_KEY;\n  return <div>{key}</div>;\n}\n',
        }),
    },
    {
      id: 'next-pages-gssp-secret',
      fw: 'next-pages',
      expect: 'clean',
      rule,
      file: 'pages/orders.tsx',
      files: () =>
        nextApp({
          'pages/orders.tsx':
            "import Stripe from 'stripe';\nexport async function getServerSideProps() {\n  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n  const orders = await stripe.charges.list();\n  return { props: { count: orders.data.length } };\n}\nexport default function Orders({ count }) { return <p>{count}</p>; }\n",
        }),
    },
    {
      id: 'next-pages-gsp-helper-secret',
      fw: 'next-pages',
      expect: 'clean',
      rule,
      file: 'pages/blog/[slug].tsx',
      files: () =>
        nextApp({
          'pages/blog/[slug].tsx':
            "const cms = () => fetch('https://cms.example.com', { headers: { Authorization: `Bearer ${process.env.CMS_SECRET_TOKEN}` } });\nexport const getStaticProps = async () => ({ props: { post: await (await cms()).json() } });\nexport async function getStaticPaths() { return { paths: [], fallback: 'blocking' }; }\nexport default function Post({ post }) { return <article>{post.title}</article>; }\n",
        }),
    },
    {
      id: 'sveltekit-private-in-universal-load',
      fw: 'sveltekit',
      expect: 'leak',
      rule,
      file: 'src/routes/+page.ts',
      files: () =>
        sveltekit({
          'src/routes/+page.ts':
            "import { STRIPE_SECRET_KEY } from '$env/static/private';\nexport const load = async ({ fetch }) => ({ charges: await fetch('/c', { headers: { Authorization: STRIPE_SECRET_KEY } }) });\n",
        }),
    },
    {
      id: 'sveltekit-private-in-server-load',
      fw: 'sveltekit',
      expect: 'clean',
      rule,
      file: 'src/routes/+page.server.ts',
      files: () =>
        sveltekit({
          'src/routes/+page.server.ts':
            "import { STRIPE_SECRET_KEY } from '$env/static/private';\nexport const load = async ({ fetch }) => ({ charges: await fetch('/c', { headers: { Authorization: STRIPE_SECRET_KEY } }) });\n",
        }),
    },
    {
      id: 'sveltekit-dynamic-private-in-component',
      fw: 'sveltekit',
      expect: 'leak',
      rule,
      file: 'src/lib/Checkout.svelte',
      files: () =>
        sveltekit({
          'src/lib/Checkout.svelte':
            '<script lang="ts">\n  import { env } from \'$env/dynamic/private\';\n  const key = env.STRIPE_SECRET_KEY;\n</script>\n\n<button>Pay</button>\n',
        }),
    },
    {
      id: 'sveltekit-public-env-in-component',
      fw: 'sveltekit',
      expect: 'clean',
      rule,
      file: 'src/lib/Map.svelte',
      files: () =>
        sveltekit({
          'src/lib/Map.svelte':
            "<script>\n  import { PUBLIC_MAPBOX_TOKEN } from '$env/static/public';\n  export let center;\n</script>\n<div data-token={PUBLIC_MAPBOX_TOKEN} />\n",
        }),
    },
    {
      id: 'vue-sfc-server-secret',
      fw: 'vite',
      expect: 'leak',
      rule,
      file: 'src/components/Upload.vue',
      files: () =>
        vite({
          'src/components/Upload.vue':
            '<script setup lang="ts">\nconst secret = process.env.CLOUDINARY_API_SECRET;\nfunction upload() { return fetch(\'/u\', { headers: { \'x-secret\': secret } }); }\n</script>\n<template><button @click="upload">Upload</button></template>\n',
        }),
    },
    {
      id: 'nuxt-runtime-config-public-secret',
      fw: 'nuxt',
      expect: 'leak',
      rule,
      file: 'nuxt.config.ts',
      files: () =>
        nuxt({
          'nuxt.config.ts':
            "export default defineNuxtConfig({\n  runtimeConfig: {\n    public: {\n      apiBase: '/api',\n      stripeSecretKey: process.env.STRIPE_SECRET_KEY,\n    },\n  },\n});\n",
        }),
    },
    {
      id: 'nuxt-runtime-config-private',
      fw: 'nuxt',
      expect: 'clean',
      rule,
      file: 'nuxt.config.ts',
      files: () =>
        nuxt({
          'nuxt.config.ts':
            "export default defineNuxtConfig({\n  runtimeConfig: {\n    stripeSecretKey: process.env.STRIPE_SECRET_KEY,\n    public: { apiBase: '/api', stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY },\n  },\n});\n",
        }),
    },
    {
      id: 'next-use-client-destructured',
      fw: 'next-app',
      expect: 'leak',
      rule,
      file: 'app/chat/client.tsx',
      files: () =>
        nextApp({
          'app/chat/client.tsx':
            "'use client';\nconst { OPENAI_API_KEY: openaiKey } = process.env;\nexport function Chat() { return <div data-k={openaiKey} />; }\n",
        }),
    },
    {
      id: 'vite-server-dir-outside-src',
      fw: 'vite',
      expect: 'clean',
      rule,
      file: 'server/index.ts',
      files: () =>
        vite({
          'server/index.ts':
            "import express from 'express';\nconst key = process.env.STRIPE_SECRET_KEY;\nexpress().get('/', (_q, r) => r.send(String(Boolean(key))));\n",
        }),
    },
    {
      id: 'sveltekit-server-endpoint',
      fw: 'sveltekit',
      expect: 'clean',
      rule,
      file: 'src/routes/api/charge/+server.ts',
      files: () =>
        sveltekit({
          'src/routes/api/charge/+server.ts':
            "import { json } from '@sveltejs/kit';\nexport async function POST() {\n  const key = process.env.STRIPE_SECRET_KEY;\n  return json({ ok: Boolean(key) });\n}\n",
        }),
    },
  ],
};

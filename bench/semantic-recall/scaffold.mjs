// Project scaffolds and fake keys for the cases. Keys are built at run time from a prefix and random
// characters, so no key-shaped literal sits in the repository.
import { randomBytes } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fake key: `prefix` and `length` random letters and digits. */
export function fakeKey(prefix, length = 32) {
  const bytes = randomBytes(length);
  let out = prefix;
  for (const byte of bytes) out += ALNUM[byte % ALNUM.length];
  return out;
}

export const live = () => fakeKey('lmif_' + 'live_');
export const test = () => fakeKey('lmif_' + 'test_');

export const vite = (extra = {}) => ({
  'package.json': JSON.stringify({ name: 'spa', private: true, type: 'module', devDependencies: { vite: '^6.0.0' } }),
  'vite.config.ts': "import { defineConfig } from 'vite';\nexport default defineConfig({});\n",
  'index.html': '<!doctype html>\n<div id="app"></div>\n<script type="module" src="/src/main.ts"></script>\n',
  'src/main.ts': "import './app';\n",
  'src/app.ts': 'export const ready = true;\n',
  ...extra,
});

export const nextApp = (extra = {}) => ({
  'package.json': JSON.stringify({ name: 'web', private: true, dependencies: { next: '15.0.0' } }),
  'next.config.mjs': 'export default {};\n',
  'app/layout.tsx': 'export default function Layout({ children }) { return <html><body>{children}</body></html>; }\n',
  ...extra,
});

export const sveltekit = (extra = {}) => ({
  'package.json': JSON.stringify({ name: 'kit', private: true, devDependencies: { '@sveltejs/kit': '^2.0.0' } }),
  'svelte.config.js':
    "import adapter from '@sveltejs/adapter-auto';\nexport default { kit: { adapter: adapter() } };\n",
  'vite.config.ts':
    "import { sveltekit } from '@sveltejs/kit/vite';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [sveltekit()] });\n",
  ...extra,
});

export const nuxt = (extra = {}) => ({
  'package.json': JSON.stringify({ name: 'nuxt-app', private: true, devDependencies: { nuxt: '^3.12.0' } }),
  ...extra,
});

export const node = (deps, extra = {}) => ({
  'package.json': JSON.stringify({ name: 'api', private: true, dependencies: deps }),
  ...extra,
});

import { defineConfig, loadEnv } from 'vite';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return {
    define: {
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version), // ok: not a secret
      __LMIF_KEY__: JSON.stringify(process.env.LMIF_API_KEY), // leak: define copies it into the bundle
      __API_BASE__: JSON.stringify(env.VITE_API_BASE), // ok: a public value loadEnv() read
      __SENTRY_AUTH__: JSON.stringify(env.SENTRY_AUTH_TOKEN), // leak: a secret loadEnv() read, copied into the bundle
    },
    server: { proxy: { '/api': { target: 'https://api.example.com', headers: { 'x-api-key': env.LMIF_API_KEY } } } }, // ok: the dev server's proxy stays on the server
  };
});

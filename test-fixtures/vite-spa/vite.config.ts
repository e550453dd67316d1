import { defineConfig } from 'vite';

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version), // ok: not a secret
    __LMIF_KEY__: JSON.stringify(process.env.LMIF_API_KEY), // leak: define copies it into the bundle
  },
});

import { defineConfig } from 'vite';

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
    __LMIF_KEY__: JSON.stringify(process.env.LMIF_API_KEY),
  },
});

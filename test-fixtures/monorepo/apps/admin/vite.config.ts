import { defineConfig } from 'vite';

// A widget bundle built from a module, not an HTML page.
export default defineConfig({ build: { rollupOptions: { input: { widget: 'widget/embed.ts' } } } });

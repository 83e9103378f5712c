import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { webPages } from '../shared/web/pages.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** One multi-page build: every page of shared/web/pages.ts that has a folder here. */
export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(
        webPages
          .filter((p) => existsSync(`${root}${p}/index.html`))
          .map((p) => [p, `${root}${p}/index.html`]),
      ),
    },
  },
});

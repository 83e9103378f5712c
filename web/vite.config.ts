import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** One multi-page build: the staff workspace (public portal and dashboard come as pages beside it). */
export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { staff: `${root}staff/index.html`, track: `${root}track/index.html` } },
  },
});

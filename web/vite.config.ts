import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { webPages } from '../shared/web/pages.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * A page's first script (`<page>/early.ts`): built as a small classic script and put in the page's
 * head before everything it loads, so it runs as soon as it arrives — before the page's modules,
 * which Vite bundles into one entry that runs only once all of it has loaded — and starts the first
 * view's requests (web/src/early.ts). A file, not inline code: the Content-Security-Policy allows
 * scripts from the site only.
 */
function earlyScript(page: string): Plugin {
  let src = '';
  return {
    name: `early-script-${page}`,
    apply: 'build',
    buildStart() {
      const [out] = buildSync({
        entryPoints: [`${root}${page}/early.ts`],
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'es2022',
        charset: 'utf8',
        write: false,
      }).outputFiles;
      const code = out!.text;
      const fileName = `assets/${page}-early-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
      src = `/${fileName}`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith(`/${page}/index.html`)) return html;
        return html.replace('</title>', `</title>\n    <script src="${src}"></script>`);
      },
    },
  };
}

/** One multi-page build: every page of shared/web/pages.ts that has a folder here. */
export default defineConfig({
  root,
  base: '/',
  plugins: [earlyScript('staff')],
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

/**
 * Serves the built web app (web/dist) the way CloudFront does in AWS: files by path, each page's
 * index.html for its folder, strict security headers, no third-party origins, text compressed
 * (Brotli, else gzip) for a browser that accepts it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { homePage, webPages } from '../../shared/web/pages.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Scripts, styles and requests from the site itself only; `uploadOrigin` is where documents go (S3 in AWS). */
export const contentSecurityPolicy = (uploadOrigin?: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'${uploadOrigin ? ` ${uploadOrigin}` : ''}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

export const WEB_SECURITY_HEADERS = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
};

const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest']);

/** A file's bytes as the browser asked for them; compressed copies are kept (the build does not change under us). */
function body(
  file: string,
  acceptEncoding: string,
  cache: Map<string, Buffer>,
): [Buffer, string | undefined] {
  const raw = readFileSync(file);
  if (!compressible.has(extname(file))) return [raw, undefined];
  const encoding = /\bbr\b/.test(acceptEncoding)
    ? 'br'
    : /\bgzip\b/.test(acceptEncoding)
      ? 'gzip'
      : undefined;
  if (!encoding) return [raw, undefined];
  const key = `${encoding}:${file}:${statSync(file).mtimeMs}`;
  let out = cache.get(key);
  if (!out) {
    out = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
    cache.set(key, out);
  }
  return [out, encoding];
}

export function staticSite(distDir: string) {
  const compressed = new Map<string, Buffer>();
  const root = resolve(distDir);
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const page = webPages.find((p) => path === `/${p}` || path.startsWith(`/${p}/`));
    if (path === '/' || (page && !extname(path))) path = `/${page ?? homePage}/index.html`;
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return false;
    const immutable = path.startsWith('/assets/');
    const [bytes, encoding] = body(file, String(req.headers['accept-encoding'] ?? ''), compressed);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...(compressible.has(extname(file)) ? { vary: 'accept-encoding' } : {}),
      ...WEB_SECURITY_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return true;
  };
}

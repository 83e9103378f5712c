/**
 * Serves the built web app (web/dist) the way CloudFront does in AWS: files by path, each page's
 * index.html for its folder, strict security headers, no third-party origins.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
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

export function staticSite(distDir: string) {
  const root = resolve(distDir);
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const page = webPages.find((p) => path === `/${p}` || path.startsWith(`/${p}/`));
    if (path === '/' || (page && !extname(path))) path = `/${page ?? homePage}/index.html`;
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return false;
    const immutable = path.startsWith('/assets/');
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...WEB_SECURITY_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    return true;
  };
}

/**
 * /dev/outbox: every notice the local runtime delivered (SES e-mail, letters, internal alerts), newest
 * first, as a page or as JSON (`?format=json`). Local only; AWS has SES and print jobs.
 *
 * It needs a staff sign-in (HTTP Basic, the local users file), and it shows no identity: addressees
 * are references (`filer`, `accused`…), as stored. A letter's addressee is read by printing it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readOutbox } from '../../shared/notify/notifier.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export async function outboxPage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  file: string,
  signedIn: (username: string, password: string) => Promise<boolean>,
): Promise<boolean> {
  if (url.pathname !== '/dev/outbox' || req.method !== 'GET') return false;
  const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const [user, ...pass] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
  if (!user || !(await signedIn(user, pass.join(':')))) {
    res.writeHead(401, {
      'www-authenticate': 'Basic realm="Cong Minh outbox (staff sign-in)", charset="UTF-8"',
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end('Sign in with a staff account to read the outbox.');
    return true;
  }
  const items = readOutbox(file).reverse();
  if (url.searchParams.get('format') === 'json' || req.headers.accept?.includes('application/json')) {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(items));
    return true;
  }
  const rows = items
    .map(
      (n) =>
        `<article><header><strong>${esc(n.subject)}</strong> <small>${esc(n.at)} · ${esc(n.channel)} → ${esc(n.to)} · ${esc(n.audience)}</small></header><pre>${esc(n.body)}</pre></article>`,
    )
    .join('\n');
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'cache-control': 'no-store',
  });
  res.end(`<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Hộp thư đi (local) – Công Minh</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}article{border:1px solid #ccc;border-radius:6px;padding:.75rem 1rem;margin:.75rem 0}pre{white-space:pre-wrap;margin:.5rem 0 0}small{color:#555}</style>
<h1>Hộp thư đi <small>(outbox, local only)</small></h1><p>${items.length} notice(s). <a href="?format=json">JSON</a></p>${rows || '<p>Chưa có thông báo nào.</p>'}</html>`);
  return true;
}

/** The local web server compresses text as CloudFront does, and leaves everything else as it is. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticSite } from '../../../infra/local/static.js';

const script = `console.log(${JSON.stringify('Công Minh '.repeat(500))});`;
let server: Server;
let base: string;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'cm-static-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'page.js'), script);
  writeFileSync(join(dist, 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const site = staticSite(dist);
  server = createServer((req, res) => {
    void site(req, res, new URL(req.url ?? '/', 'http://x')).then((served) => {
      if (!served) res.writeHead(404).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

/** The raw answer, without fetch's own decompression. */
async function get(path: string, acceptEncoding?: string) {
  const { request } = await import('node:http');
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    request(
      `${base}${path}`,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    )
      .on('error', fail)
      .end();
  });
}

describe('local web server', () => {
  it('sends scripts with Brotli to a browser that takes it, else gzip, else as they are', async () => {
    const br = await get('/assets/page.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);

    const gz = await get('/assets/page.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get('/assets/page.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('does not compress images', async () => {
    const png = await get('/assets/logo.png', 'br, gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect([...png.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});

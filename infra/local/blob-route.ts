/**
 * Local stand-in for S3's presigned URLs: /blob/<key> with a signature over the terms (expiry, type,
 * length, SHA-256 for uploads; file name for downloads), checked like S3 checks its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import { acceptLocalUpload, verifyBlobSignature } from '../../shared/blobs/blob-store.js';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachments.js';

export const BLOB_PREFIX = '/blob/';

async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > limit) return null;
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

export function blobRoute(dir: string, secret: () => Promise<Buffer>) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (!url.pathname.startsWith(BLOB_PREFIX)) return false;
    const key = normalize(decodeURIComponent(url.pathname.slice(BLOB_PREFIX.length)));
    const deny = (status: number) => {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 403 ? 'signature does not match or has expired' : 'refused');
      return true;
    };
    if (key.startsWith('..') || !verifyBlobSignature(await secret(), key, url.searchParams)) return deny(403);
    const op = url.searchParams.get('op');
    if (req.method === 'PUT' && op === 'put') {
      const body = await readLimited(req, MAX_ATTACHMENT_BYTES);
      if (!body) return deny(413);
      const status = acceptLocalUpload(dir, key, url.searchParams, req.headers['content-type'], body);
      if (status !== 200) return deny(status);
      res.writeHead(200);
      res.end();
      return true;
    }
    if (req.method === 'GET' && op === 'get') {
      const file = join(dir, key);
      if (!existsSync(file)) return deny(404);
      const name = url.searchParams.get('name') ?? 'file';
      const inline = url.searchParams.get('inline') === '1';
      res.writeHead(200, {
        'content-type': inline
          ? (url.searchParams.get('type') ?? 'application/octet-stream')
          : 'application/octet-stream',
        'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`,
        'content-security-policy': "default-src 'none'; img-src 'self'; object-src 'self'; sandbox",
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(readFileSync(file));
      return true;
    }
    return deny(405);
  };
}

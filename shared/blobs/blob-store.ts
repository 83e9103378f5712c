/**
 * Where attachment files live. In AWS: S3, with presigned PUTs that fix the type, the length and the
 * SHA-256 (S3 refuses a body that does not match) and presigned GETs for staff. Locally: files under
 * the data folder, with HMAC-signed URLs served by the local gateway and the same checks.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  PutObjectTaggingCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export interface UploadTerms {
  contentType: string;
  size: number;
  sha256: string;
  expiresInSeconds: number;
}

/**
 * Every upload carries `state=pending` (a signed header of its URL) until it is filed with a case,
 * which tags it `state=filed`; the bucket's lifecycle rule deletes pending uploads after two days.
 */
export const UPLOAD_TAG = { key: 'state', pending: 'pending', filed: 'filed' } as const;
export const PENDING_TAGGING = `${UPLOAD_TAG.key}=${UPLOAD_TAG.pending}`;

export interface BlobStore {
  uploadUrl(key: string, terms: UploadTerms): Promise<string>;
  /** Keeps an upload for good: it is filed with a case (no longer expired as pending). */
  markFiled(key: string): Promise<void>;
  /** Size and first bytes of a stored object, or null if nothing was uploaded. */
  peek(key: string, bytes: number): Promise<{ size: number; head: Buffer } | null>;
  /** `inline` shows the file in the browser (preview) with its stored type; `attachment` downloads it. */
  downloadUrl(
    key: string,
    fileName: string,
    expiresInSeconds: number,
    view?: { inline: boolean; contentType: string },
  ): Promise<string>;
  /** Stores bytes the system made (rendered documents), keyed by their hash. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null. */
  get(key: string): Promise<Buffer | null>;
}

const disposition = (fileName: string, inline: boolean) =>
  `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(fileName)}`;

const hexToBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

export function s3BlobStore(s3: S3Client, bucket: string): BlobStore {
  return {
    uploadUrl: (key, t) =>
      getSignedUrl(
        s3,
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          ContentType: t.contentType,
          ContentLength: t.size,
          ChecksumSHA256: hexToBase64(t.sha256),
          Tagging: PENDING_TAGGING,
        }),
        {
          expiresIn: t.expiresInSeconds,
          signableHeaders: new Set([
            'content-type',
            'content-length',
            'x-amz-checksum-sha256',
            'x-amz-tagging',
          ]),
          // The tag must come as a signed header (not a query parameter the uploader could drop).
          unhoistableHeaders: new Set(['x-amz-tagging']),
        },
      ),
    async markFiled(key) {
      await s3.send(
        new PutObjectTaggingCommand({
          Bucket: bucket,
          Key: key,
          Tagging: { TagSet: [{ Key: UPLOAD_TAG.key, Value: UPLOAD_TAG.filed }] },
        }),
      );
    },
    async peek(key, bytes) {
      try {
        const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        const part = await s3.send(
          new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${bytes - 1}` }),
        );
        return { size: head.ContentLength ?? 0, head: Buffer.from(await part.Body!.transformToByteArray()) };
      } catch (err) {
        if (err instanceof NotFound || (err as Error).name === 'NoSuchKey') return null;
        throw err;
      }
    },
    downloadUrl: (key, fileName, expiresIn, view) =>
      getSignedUrl(
        s3,
        new GetObjectCommand({
          Bucket: bucket,
          Key: key,
          ResponseContentDisposition: disposition(fileName, view?.inline ?? false),
          ...(view ? { ResponseContentType: view.contentType } : {}),
        }),
        { expiresIn },
      ),
    async put(key, bytes, contentType) {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: bytes,
          ContentType: contentType,
          ChecksumSHA256: createHash('sha256').update(bytes).digest('base64'),
        }),
      );
    },
    async get(key) {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return Buffer.from(await out.Body!.transformToByteArray());
      } catch (err) {
        if ((err as Error).name === 'NoSuchKey') return null;
        throw err;
      }
    },
  };
}

/**
 * The local stand-in: files under `dir`, URLs signed with `secret` and served by the local gateway at
 * `baseUrl` (a path on the site's own origin).
 */
export function fileBlobStore(dir: string, baseUrl: string, secret: Buffer): BlobStore {
  return {
    async uploadUrl(key, t) {
      const exp = Math.floor(Date.now() / 1000) + t.expiresInSeconds;
      const q = new URLSearchParams({
        op: 'put',
        exp: String(exp),
        type: t.contentType,
        size: String(t.size),
        sha256: t.sha256,
      });
      q.set('sig', signBlob(secret, key, q));
      return `${baseUrl}/${encodeURI(key)}?${q}`;
    },
    // Nothing expires locally: there is no lifecycle rule to keep a filed upload from.
    async markFiled() {},
    async peek(key, bytes) {
      const file = join(dir, key);
      if (!existsSync(file)) return null;
      return { size: statSync(file).size, head: readFileSync(file).subarray(0, bytes) };
    },
    async downloadUrl(key, fileName, expiresIn, view) {
      const q = new URLSearchParams({
        op: 'get',
        exp: String(Math.floor(Date.now() / 1000) + expiresIn),
        name: fileName,
        ...(view?.inline ? { inline: '1', type: view.contentType } : {}),
      });
      q.set('sig', signBlob(secret, key, q));
      return `${baseUrl}/${encodeURI(key)}?${q}`;
    },
    async put(key, bytes) {
      const file = join(dir, key);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    },
    async get(key) {
      const file = join(dir, key);
      return existsSync(file) ? readFileSync(file) : null;
    },
  };
}

export function signBlob(secret: Buffer, key: string, q: URLSearchParams): string {
  const fields = ['op', 'exp', 'type', 'size', 'sha256', 'name', 'inline']
    .map((f) => `${f}=${q.get(f) ?? ''}`)
    .join('&');
  return createHmac('sha256', secret).update(`${key}\n${fields}`).digest('base64url');
}

export function verifyBlobSignature(secret: Buffer, key: string, q: URLSearchParams): boolean {
  const sig = Buffer.from(q.get('sig') ?? '');
  const want = Buffer.from(signBlob(secret, key, q));
  return (
    sig.length === want.length && timingSafeEqual(sig, want) && Number(q.get('exp')) >= Date.now() / 1000
  );
}

/** Stores an upload to the local store if it keeps the signed terms; returns the HTTP status. */
export function acceptLocalUpload(
  dir: string,
  key: string,
  q: URLSearchParams,
  contentType: string | undefined,
  body: Buffer,
): number {
  if (contentType !== q.get('type')) return 400;
  if (body.length !== Number(q.get('size'))) return 400;
  if (createHash('sha256').update(body).digest('hex') !== q.get('sha256')) return 400;
  const file = join(dir, key);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
  return 200;
}

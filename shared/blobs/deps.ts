import { createHmac } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import { ENV, optionalEnv, requireEnv } from '../lambda/config.js';
import { secrets } from '../lambda/secrets.js';
import { type BlobStore, fileBlobStore, s3BlobStore } from './blob-store.js';

let s3: S3Client | undefined;

/** The key that signs local blob URLs, derived from the server secret. */
export async function localBlobKey(): Promise<Buffer> {
  return createHmac('sha256', (await secrets()).receiptKey)
    .update('blob-urls')
    .digest();
}

export async function blobStore(): Promise<BlobStore> {
  const dir = optionalEnv(ENV.localBlobDir);
  if (dir) return fileBlobStore(dir, requireEnv(ENV.localBlobUrl), await localBlobKey());
  s3 ??= new S3Client({});
  return s3BlobStore(s3, requireEnv(ENV.attachmentBucket));
}

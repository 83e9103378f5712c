import { randomUUID } from 'node:crypto';
import { PostAttachment } from '../../../shared/api/routes/public.js';
import { PENDING_TAGGING } from '../../../shared/blobs/blob-store.js';
import { blobStore } from '../../../shared/blobs/deps.js';
import { rateLimited } from '../../../shared/domain/errors.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { reserveAttachment } from '../../../shared/store/attachments.js';
import { countUpload } from '../../../shared/store/rate-limits.js';

const UPLOAD_SECONDS = 900;

export const handler = routeHandler(PostAttachment, async (req) => {
  const now = clock();
  const limit = await countUpload(store(), req.sourceIp, now);
  if (!limit.allowed)
    throw rateLimited('Too many uploads from this connection; try again later', limit.retryAfter);
  const attachmentId = randomUUID();
  const blobKey = `uploads/${now.toISOString().slice(0, 7)}/${attachmentId}`;
  await reserveAttachment(store(), { attachmentId, blobKey, state: 'pending', ...req.body }, now);
  const uploadUrl = await (await blobStore()).uploadUrl(blobKey, {
    ...req.body,
    expiresInSeconds: UPLOAD_SECONDS,
  });
  return {
    status: 201,
    body: {
      attachmentId,
      uploadUrl,
      /** Send these with the PUT: the store refuses a body of another type, length or hash. */
      uploadHeaders: {
        'x-amz-tagging': PENDING_TAGGING,
        'content-type': req.body.contentType,
        'x-amz-checksum-sha256': Buffer.from(req.body.sha256, 'hex').toString('base64'),
      },
      expiresAt: new Date(now.getTime() + UPLOAD_SECONDS * 1000).toISOString(),
    },
  };
});

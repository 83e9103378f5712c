import { GetAttachment } from '../../../shared/api/routes/cases.js';
import { blobStore } from '../../../shared/blobs/deps.js';
import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { notFound } from '../../../shared/domain/errors.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

const DOWNLOAD_SECONDS = 300;

export const handler = staffRouteHandler(GetAttachment, async (req) => {
  const c = await loadVisibleCase(store(), req.actor, req.params.id, 'read');
  const a = c.attachments.find((x) => x.attachmentId === req.params.attachmentId);
  if (!a) throw notFound('no such attachment on this case');
  const inline = req.query.view === 'inline';
  const url = await (await blobStore()).downloadUrl(
    a.blobKey,
    a.fileName,
    DOWNLOAD_SECONDS,
    inline ? { inline, contentType: a.contentType } : undefined,
  );
  return {
    status: 200,
    body: {
      url,
      fileName: a.fileName,
      contentType: a.contentType,
      size: a.size,
      expiresInSeconds: DOWNLOAD_SECONDS,
    },
  };
});

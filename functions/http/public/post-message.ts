import { PostMessage } from '../../../shared/api/routes/public.js';
import { blobStore } from '../../../shared/blobs/deps.js';
import { postFilerMessage } from '../../../shared/cases/filer-message.js';
import { caseIdForReceipt } from '../../../shared/cases/receipt-lookup.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(PostMessage, async (req) => {
  const s = store();
  const caseId = await caseIdForReceipt(s, req.params.receipt, { ip: req.sourceIp, now: clock() });
  const out = await postFilerMessage(
    { store: s, blobs: await blobStore(), now: clock },
    caseId,
    req.body.body,
    req.body.attachments,
  );
  return { status: 201, body: out };
});

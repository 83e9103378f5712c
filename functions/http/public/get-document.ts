import { GetPublicDocument } from '../../../shared/api/routes/public.js';
import { blobStore } from '../../../shared/blobs/deps.js';
import { pdfResponse, readDocument } from '../../../shared/cases/documents.js';
import { caseIdForReceipt } from '../../../shared/cases/receipt-lookup.js';
import { notFound } from '../../../shared/domain/errors.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { getCase } from '../../../shared/store/case-repository.js';

export const handler = routeHandler(GetPublicDocument, async (req) => {
  const s = store();
  const c = await getCase(
    s,
    await caseIdForReceipt(s, req.params.receipt, { ip: req.sourceIp, now: clock() }),
  );
  if (!c) throw notFound('no case for this receipt');
  return pdfResponse(await readDocument(s, await blobStore(), c, req.params.documentId, 'filer'));
});

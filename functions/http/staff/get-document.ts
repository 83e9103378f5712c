import { GetDocument } from '../../../shared/api/routes/cases.js';
import { blobStore } from '../../../shared/blobs/deps.js';
import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { pdfResponse, readDocument } from '../../../shared/cases/documents.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(GetDocument, async (req) => {
  const s = store();
  const c = await loadVisibleCase(s, req.actor, req.params.id);
  return pdfResponse(await readDocument(s, await blobStore(), c, req.params.documentId, 'staff'));
});

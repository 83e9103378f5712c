import { GetDocument } from '../../../shared/api/routes.js';
import { blobStore } from '../../../shared/blobs/deps.js';
import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { pdfResponse, readDocument } from '../../../shared/cases/documents.js';
import { store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(GetDocument, async (req) => {
  const s = store();
  const c = await loadVisibleCase(s, req.actor, req.params.id);
  return pdfResponse(await readDocument(s, await blobStore(), c, req.params.documentId, 'staff'));
});

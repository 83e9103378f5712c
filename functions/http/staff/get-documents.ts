import { GetDocuments } from '../../../shared/api/routes.js';
import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { listDocuments } from '../../../shared/store/documents.js';

export const handler = routeHandler(GetDocuments, async (req) => {
  const s = store();
  const c = await loadVisibleCase(s, req.actor, req.params.id);
  const items = (await listDocuments(s, c.caseId)).map(
    ({ blobKey: _k, caseId: _c, renderMs: _r, ...d }) => d,
  );
  return { status: 200, body: { items } };
});

import { GetDocuments } from '../../../shared/api/routes/cases.js';
import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import { listDocuments } from '../../../shared/store/documents.js';

export const handler = staffRouteHandler(GetDocuments, async (req) => {
  const s = store();
  const c = await loadVisibleCase(s, req.actor, req.params.id);
  const items = (await listDocuments(s, c.caseId)).map(
    ({ blobKey: _k, caseId: _c, renderMs: _r, ...d }) => d,
  );
  return { status: 200, body: { items } };
});

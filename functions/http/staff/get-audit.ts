import { GetAudit } from '../../../shared/api/routes/cases.js';
import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import { listEventItems } from '../../../shared/store/case-repository.js';

export const handler = staffRouteHandler(GetAudit, async (req) => {
  const s = store();
  const c = await loadVisibleCase(s, req.actor, req.params.id, 'audit');
  // As stored: a malformed event is shown, not a failure (verify says where the trail breaks).
  return { status: 200, body: { caseId: c.caseId, events: await listEventItems(s, c.caseId) } };
});

import { VerifyAudit } from '../../../shared/api/routes/cases.js';
import { checkpointLog } from '../../../shared/audit/deps.js';
import { verifyCaseTrail } from '../../../shared/audit/verify-trail.js';
import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(VerifyAudit, async (req) => {
  const s = store();
  const c = await loadVisibleCase(s, req.actor, req.params.id, 'audit');
  return { status: 200, body: await verifyCaseTrail(s, checkpointLog(), c) };
});

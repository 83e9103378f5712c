import { VerifyAdminLog } from '../../../shared/api/routes/admin.js';
import { checkpointLog } from '../../../shared/audit/deps.js';
import { verifyAdminTrail } from '../../../shared/audit/verify-trail.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(VerifyAdminLog, async (_req) => {
  return { status: 200, body: await verifyAdminTrail(store(), checkpointLog()) };
});

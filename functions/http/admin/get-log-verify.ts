import { VerifyAdminLog } from '../../../shared/api/routes.js';
import { checkpointLog } from '../../../shared/audit/deps.js';
import { verifyAdminTrail } from '../../../shared/audit/verify-trail.js';
import { store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(VerifyAdminLog, async (_req) => {
  return { status: 200, body: await verifyAdminTrail(store(), checkpointLog()) };
});

import { checkpointLog } from '../../../shared/audit/deps.js';
import { verifyAdminTrail } from '../../../shared/audit/verify-trail.js';
import { assertAdminLogReader } from '../../../shared/auth/access.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';

export const handler = staffHandler({}, async (req) => {
  assertAdminLogReader(req.actor);
  return { status: 200, body: await verifyAdminTrail(store(), checkpointLog()) };
});

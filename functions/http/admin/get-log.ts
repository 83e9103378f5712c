import { adminLogHead, listAdminLog } from '../../../shared/admin/admin-log.js';
import { GetAdminLog } from '../../../shared/api/routes/admin.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(GetAdminLog, async (_req) => {
  const s = store();
  const [events, head] = await Promise.all([listAdminLog(s), adminLogHead(s)]);
  return { status: 200, body: { events, head } };
});

import { adminLogHead, listAdminLog } from '../../../shared/admin/admin-log.js';
import { GetAdminLog } from '../../../shared/api/routes.js';
import { store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(GetAdminLog, async (_req) => {
  const s = store();
  const [events, head] = await Promise.all([listAdminLog(s), adminLogHead(s)]);
  return { status: 200, body: { events, head } };
});

import { adminLogHead, listAdminLog } from '../../../shared/admin/admin-log.js';
import { assertAdminLogReader } from '../../../shared/auth/access.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';

export const handler = staffHandler({}, async (req) => {
  assertAdminLogReader(req.actor);
  const s = store();
  const [events, head] = await Promise.all([listAdminLog(s), adminLogHead(s)]);
  return { status: 200, body: { events, head } };
});

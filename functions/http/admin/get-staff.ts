import { directory } from '../../../shared/admin/deps.js';
import { GetStaff } from '../../../shared/api/routes/admin.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(GetStaff, async (_req) => {
  return { status: 200, body: { items: await directory().list() } };
});

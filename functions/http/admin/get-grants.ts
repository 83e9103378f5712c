import { pendingGrants } from '../../../shared/admin/grants.js';
import { GetGrants } from '../../../shared/api/routes/admin.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(GetGrants, async (_req) => {
  return { status: 200, body: { items: await pendingGrants(store()) } };
});

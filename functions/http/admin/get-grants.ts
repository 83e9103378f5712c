import { pendingGrants } from '../../../shared/admin/grants.js';
import { GetGrants } from '../../../shared/api/routes.js';
import { store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(GetGrants, async (_req) => {
  return { status: 200, body: { items: await pendingGrants(store()) } };
});

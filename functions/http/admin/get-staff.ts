import { directory } from '../../../shared/admin/deps.js';
import { GetStaff } from '../../../shared/api/routes.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(GetStaff, async (_req) => {
  return { status: 200, body: { items: await directory().list() } };
});

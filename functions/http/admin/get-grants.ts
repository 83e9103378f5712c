import { pendingGrants } from '../../../shared/admin/grants.js';
import { assertAdmin } from '../../../shared/auth/access.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';

export const handler = staffHandler({}, async (req) => {
  assertAdmin(req.actor);
  return { status: 200, body: { items: await pendingGrants(store()) } };
});

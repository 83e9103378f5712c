import { directory } from '../../../shared/admin/deps.js';
import { assertAdmin } from '../../../shared/auth/access.js';
import { staffHandler } from '../../../shared/lambda/http.js';

export const handler = staffHandler({}, async (req) => {
  assertAdmin(req.actor);
  return { status: 200, body: { items: await directory().list() } };
});

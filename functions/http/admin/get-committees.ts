import { assertAdmin } from '../../../shared/auth/access.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';
import { listCommittees } from '../../../shared/store/committees.js';

export const handler = staffHandler({}, async (req) => {
  assertAdmin(req.actor);
  return { status: 200, body: { items: await listCommittees(store(), { fresh: true }) } };
});

import { directory } from '../../../shared/admin/deps.js';
import { putStaff } from '../../../shared/admin/staff-changes.js';
import { PutStaff } from '../../../shared/api/routes.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(PutStaff, async (req) =>
  putStaff({ store: store(), directory: directory(), now: clock }, req.actor, req.params.username, req.body),
);

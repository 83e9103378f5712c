import { directory } from '../../../shared/admin/deps.js';
import { putStaff } from '../../../shared/admin/staff-changes.js';
import { PutStaff } from '../../../shared/api/routes/admin.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(PutStaff, async (req) =>
  putStaff({ store: store(), directory: directory(), now: clock }, req.actor, req.params.username, req.body, {
    createOnly: req.headers['if-none-match'] === '*',
  }),
);

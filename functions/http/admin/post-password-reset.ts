import { directory } from '../../../shared/admin/deps.js';
import { resetPassword } from '../../../shared/admin/staff-changes.js';
import { PostPasswordReset } from '../../../shared/api/routes/admin.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(PostPasswordReset, async (req) => ({
  status: 201,
  body: await resetPassword(
    { store: store(), directory: directory(), now: clock },
    req.actor,
    req.params.username,
  ),
}));

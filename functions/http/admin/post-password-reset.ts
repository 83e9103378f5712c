import { directory } from '../../../shared/admin/deps.js';
import { resetPassword } from '../../../shared/admin/staff-changes.js';
import { PostPasswordReset } from '../../../shared/api/routes.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(PostPasswordReset, async (req) => ({
  status: 201,
  body: await resetPassword(
    { store: store(), directory: directory(), now: clock },
    req.actor,
    req.params.username,
  ),
}));

import { directory } from '../../../shared/admin/deps.js';
import { approve } from '../../../shared/admin/staff-changes.js';
import { ApproveGrant } from '../../../shared/api/routes.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(ApproveGrant, async (req) => ({
  status: 200,
  body: await approve({ store: store(), directory: directory(), now: clock }, req.actor, req.params.grantId),
}));

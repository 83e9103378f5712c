import { directory } from '../../../shared/admin/deps.js';
import { approve } from '../../../shared/admin/staff-changes.js';
import { ApproveGrant } from '../../../shared/api/routes/admin.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(ApproveGrant, async (req) => ({
  status: 200,
  body: await approve({ store: store(), directory: directory(), now: clock }, req.actor, req.params.grantId),
}));

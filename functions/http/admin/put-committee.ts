import { logAdminChange } from '../../../shared/admin/admin-log.js';
import { PutCommittee } from '../../../shared/api/routes/admin.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import { putCommittee } from '../../../shared/store/committees.js';

export const handler = staffRouteHandler(PutCommittee, async (req) => {
  const committee = { committeeId: req.params.id, ...req.body };
  await putCommittee(store(), committee);
  await logAdminChange(store(), req.actor, 'committee_put', committee.committeeId, req.body, clock());
  return { status: 200, body: committee };
});

import { logAdminChange } from '../../../shared/admin/admin-log.js';
import { putCommitteeRequest } from '../../../shared/api/contracts.js';
import { assertAdmin } from '../../../shared/auth/access.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';
import { putCommittee } from '../../../shared/store/committees.js';

export const handler = staffHandler({ body: putCommitteeRequest }, async (req) => {
  assertAdmin(req.actor);
  const committee = { committeeId: req.params.id ?? '', ...req.body };
  await putCommittee(store(), committee);
  await logAdminChange(store(), req.actor, 'committee_put', committee.committeeId, req.body, clock());
  return { status: 200, body: committee };
});

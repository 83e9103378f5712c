import { directory } from '../../../shared/admin/deps.js';
import { putStaff } from '../../../shared/admin/staff-changes.js';
import { putStaffRequest } from '../../../shared/api/contracts.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';

export const handler = staffHandler({ body: putStaffRequest }, async (req) =>
  putStaff(
    { store: store(), directory: directory(), now: clock },
    req.actor,
    req.params.username ?? '',
    req.body,
  ),
);

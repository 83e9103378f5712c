import { GetEligibleStaff } from '../../../shared/api/routes/cases.js';
import { eligibleStaff } from '../../../shared/cases/eligible-staff.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(GetEligibleStaff, async (req) => ({
  status: 200,
  body: await eligibleStaff(store(), req.actor, req.params.id, clock()),
}));

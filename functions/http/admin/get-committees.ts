import { GetCommittees } from '../../../shared/api/routes/admin.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import { listCommittees } from '../../../shared/store/committees.js';

export const handler = staffRouteHandler(GetCommittees, async (_req) => {
  return { status: 200, body: { items: await listCommittees(store(), { fresh: true }) } };
});

import { ListCases } from '../../../shared/api/routes/cases.js';
import { listQueue } from '../../../shared/cases/list-queue.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(ListCases, async (req) => ({
  status: 200,
  body: await listQueue(store(), req.actor, req.query, clock()),
}));

import { GetQueueCounts } from '../../../shared/api/routes/cases.js';
import { queueCounts } from '../../../shared/cases/queue-counts.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(GetQueueCounts, async (req) => ({
  status: 200,
  body: await queueCounts(store(), req.actor, req.params.committee, clock()),
}));

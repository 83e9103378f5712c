import { GetPrintJobs } from '../../../shared/api/routes/cases.js';
import { printJobsOf } from '../../../shared/cases/print-letter.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(GetPrintJobs, async (req) => ({
  status: 200,
  body: { items: await printJobsOf(store(), req.actor, req.params.id) },
}));

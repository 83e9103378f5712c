import { GetPrintJobs } from '../../../shared/api/routes.js';
import { printJobsOf } from '../../../shared/cases/print-letter.js';
import { store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(GetPrintJobs, async (req) => ({
  status: 200,
  body: { items: await printJobsOf(store(), req.actor, req.params.id) },
}));

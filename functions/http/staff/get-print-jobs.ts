import { printJobsOf } from '../../../shared/cases/print-letter.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';

export const handler = staffHandler({}, async (req) => ({
  status: 200,
  body: { items: await printJobsOf(store(), req.actor, req.params.id ?? '') },
}));

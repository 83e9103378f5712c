import { PrintLetter } from '../../../shared/api/routes/cases.js';
import { printLetter } from '../../../shared/cases/print-letter.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { keyWrapper } from '../../../shared/lambda/secrets.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(PrintLetter, async (req) => ({
  status: 200,
  body: await printLetter(
    { store: store(), now: clock, keyWrapper: keyWrapper() },
    req.actor,
    req.params.id,
    req.params.jobId,
    req.body.reason,
  ),
}));

import { PrintLetter } from '../../../shared/api/routes.js';
import { printLetter } from '../../../shared/cases/print-letter.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { keyWrapper } from '../../../shared/lambda/secrets.js';

export const handler = routeHandler(PrintLetter, async (req) => ({
  status: 200,
  body: await printLetter(
    { store: store(), now: clock, keyWrapper: keyWrapper() },
    req.actor,
    req.params.id,
    req.params.jobId,
    req.body.reason,
  ),
}));

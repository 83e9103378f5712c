import { PostCase } from '../../../shared/api/routes/public.js';
import { blobStore } from '../../../shared/blobs/deps.js';
import { submitCase } from '../../../shared/cases/submit-case.js';
import { clock, store, submitLimits, trackingUrl } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { keyWrapper, secrets } from '../../../shared/lambda/secrets.js';
import { startCaseWorkflow } from '../../../shared/workflow/signal.js';

export const handler = routeHandler(PostCase, async (req) => {
  const key = req.headers['idempotency-key'];
  const deps = {
    store: store(),
    blobs: await blobStore(),
    receiptKey: (await secrets()).receiptKey,
    keyWrapper: keyWrapper(),
    startWorkflow: startCaseWorkflow,
    now: clock,
    trackingUrl: (receipt: string) => trackingUrl(receipt, req.siteBase),
    client: { ip: req.sourceIp, limits: submitLimits() },
  };
  const result = await submitCase(deps, req.body, key);
  return { status: result.status, body: result.body, headers: { location: result.body.trackingUrl } };
});

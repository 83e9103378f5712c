import { PostDeskCase } from '../../../shared/api/routes/desk.js';
import { blobStore } from '../../../shared/blobs/deps.js';
import { submitCase } from '../../../shared/cases/submit-case.js';
import { clock, store, submitLimits, trackingUrl } from '../../../shared/lambda/deps.js';
import { keyWrapper, secrets } from '../../../shared/lambda/secrets.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import { startCaseWorkflow } from '../../../shared/workflow/signal.js';

/** A clerk records a case received at the desk, on behalf of the person (issue 13 §5). */
export const handler = staffRouteHandler(PostDeskCase, async (req) => {
  const deps = {
    store: store(),
    blobs: await blobStore(),
    receiptKey: (await secrets()).receiptKey,
    keyWrapper: keyWrapper(),
    startWorkflow: startCaseWorkflow,
    now: clock,
    trackingUrl: (receipt: string) => trackingUrl(receipt, req.siteBase),
    client: { ip: req.sourceIp, limits: submitLimits() },
    desk: { actor: req.actor, details: req.body.desk },
  };
  const result = await submitCase(deps, req.body.intake, req.headers['idempotency-key']);
  const body = { ...result.body, registerNumber: result.body.registerNumber! };
  return { status: result.status, body, headers: { location: result.body.trackingUrl } };
});

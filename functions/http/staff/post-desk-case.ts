import { PostDeskCase } from '../../../shared/api/routes/desk.js';
import { submitCase } from '../../../shared/cases/submit-case.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import { submitDeps } from '../../../shared/lambda/submit-deps.js';

/** A clerk records a case received at the desk, on behalf of the person (issue 13 §5). */
export const handler = staffRouteHandler(PostDeskCase, async (req) => {
  const deps = { ...(await submitDeps(req)), desk: { actor: req.actor, details: req.body.desk } };
  const result = await submitCase(deps, req.body.intake, req.headers['idempotency-key']);
  const body = { ...result.body, registerNumber: result.body.registerNumber! };
  return { status: result.status, body, headers: { location: result.body.trackingUrl } };
});

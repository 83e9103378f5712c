import { PostCase } from '../../../shared/api/routes/public.js';
import { submitCase } from '../../../shared/cases/submit-case.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { submitDeps } from '../../../shared/lambda/submit-deps.js';

export const handler = routeHandler(PostCase, async (req) => {
  const result = await submitCase(await submitDeps(req), req.body, req.headers['idempotency-key']);
  return { status: result.status, body: result.body, headers: { location: result.body.trackingUrl } };
});

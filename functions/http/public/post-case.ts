import { submitCaseRequest } from '../../../shared/api/contracts.js';
import { blobStore } from '../../../shared/blobs/deps.js';
import { submitCase } from '../../../shared/cases/submit-case.js';
import { clock, store, submitLimits, trackingUrl } from '../../../shared/lambda/deps.js';
import { publicHandler } from '../../../shared/lambda/http.js';
import { HttpError } from '../../../shared/lambda/problem.js';
import { keyWrapper, secrets } from '../../../shared/lambda/secrets.js';
import { startCaseWorkflow } from '../../../shared/workflow/signal.js';

export const handler = publicHandler({ body: submitCaseRequest }, async (req) => {
  const key = req.headers['idempotency-key'];
  if (key !== undefined && !/^[\x21-\x7e]{8,200}$/.test(key)) {
    throw new HttpError(
      422,
      'invalid Idempotency-Key',
      'Idempotency-Key must be 8–200 visible ASCII characters',
      [{ path: ['Idempotency-Key'], message: 'invalid_format', code: 'invalid_format' }],
    );
  }
  const deps = {
    store: store(),
    blobs: await blobStore(),
    receiptKey: (await secrets()).receiptKey,
    keyWrapper: keyWrapper(),
    startWorkflow: startCaseWorkflow,
    now: clock,
    trackingUrl,
    client: { ip: req.sourceIp, limits: submitLimits() },
  };
  const result = await submitCase(deps, req.body, key);
  return { status: result.status, body: result.body, headers: { location: result.body.trackingUrl } };
});

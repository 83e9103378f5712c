/**
 * What a filing needs from the environment, for the public form and the desk alike: the table, the
 * uploads, the receipt key, the vault, the workflow, the clock, the tracking link and the limits.
 */
import { blobStore } from '../blobs/deps.js';
import type { SubmitDeps } from '../cases/submit-case.js';
import { startCaseWorkflow } from '../workflow/signal.js';
import { clock, store, submitLimits, trackingUrl } from './deps.js';
import { keyWrapper, secrets } from './secrets.js';

export async function submitDeps(req: { sourceIp: string; siteBase: string }): Promise<SubmitDeps> {
  return {
    store: store(),
    blobs: await blobStore(),
    receiptKey: (await secrets()).receiptKey,
    keyWrapper: keyWrapper(),
    startWorkflow: startCaseWorkflow,
    now: clock,
    trackingUrl: (receipt: string) => trackingUrl(receipt, req.siteBase),
    client: { ip: req.sourceIp, limits: submitLimits() },
  };
}

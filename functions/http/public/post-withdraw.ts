import { PostWithdraw } from '../../../shared/api/routes/public.js';
import { actOnCase } from '../../../shared/cases/act-on-case.js';
import { caseIdForReceipt } from '../../../shared/cases/receipt-lookup.js';
import { publicActor } from '../../../shared/domain/actor.js';
import { statusLabels } from '../../../shared/domain/status.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { getCase } from '../../../shared/store/case-repository.js';
import { resumeCaseWorkflow } from '../../../shared/workflow/signal.js';

export const handler = routeHandler(PostWithdraw, async (req) => {
  const s = store();
  const caseId = await caseIdForReceipt(s, req.params.receipt, { ip: req.sourceIp, now: clock() });
  const current = await getCase(s, caseId);
  const c = await actOnCase(
    { store: s, now: clock, resumeWorkflow: resumeCaseWorkflow },
    publicActor,
    caseId,
    {
      action: 'withdraw',
      expectedVersion: current?.version ?? 0,
      reason: req.body.reason,
    },
  );
  return {
    status: 200,
    body: { status: c.status, statusLabel: statusLabels[c.status], withdrawal: c.withdrawal?.state },
  };
});

import { PostAction } from '../../../shared/api/routes/cases.js';
import { actOnCase } from '../../../shared/cases/act-on-case.js';
import { staffCaseView } from '../../../shared/cases/views.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import { resumeCaseWorkflow, startCaseWorkflow } from '../../../shared/workflow/signal.js';

export const handler = staffRouteHandler(PostAction, async (req) => {
  const deps = {
    store: store(),
    now: clock,
    resumeWorkflow: resumeCaseWorkflow,
    startWorkflow: startCaseWorkflow,
  };
  const c = await actOnCase(deps, req.actor, req.params.id, req.body);
  return { status: 200, body: { case: staffCaseView(c, clock()) } };
});

/** CloseCase: a system action closing a case whose procedure ended (e.g. rejected). Idempotent. */
import * as z from 'zod';
import { actOnCase } from '../../../shared/cases/act-on-case.js';
import { systemActor } from '../../../shared/domain/actor.js';
import { workflowStep } from '../../../shared/domain/transitions.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { taskHandler } from '../../../shared/lambda/task.js';
import { getCase } from '../../../shared/store/case-repository.js';

export const handler = taskHandler(z.object({ caseId: z.string().min(1) }), async ({ caseId }) => {
  const s = store();
  const c = await getCase(s, caseId);
  if (!c || workflowStep(c.status) !== 'close') return { closed: false };
  await actOnCase({ store: s, now: clock, resumeWorkflow: async () => {} }, systemActor, caseId, {
    action: 'close',
    expectedVersion: c.version,
  });
  return { closed: true };
});

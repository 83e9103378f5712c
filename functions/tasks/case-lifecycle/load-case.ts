/** LoadCase: the re-entry point. Reads the case and tells the workflow what its status needs next. */
import * as z from 'zod';
import { workflowStep } from '../../../shared/domain/transitions.js';
import { store } from '../../../shared/lambda/deps.js';
import { taskHandler } from '../../../shared/lambda/task.js';
import { getCase } from '../../../shared/store/case-repository.js';

export const handler = taskHandler(z.object({ caseId: z.string().min(1) }), async ({ caseId }) => {
  const c = await getCase(store(), caseId);
  if (!c) throw Object.assign(new Error(`case ${caseId} not found`), { name: 'CaseNotFound' });
  return { status: c.status, version: c.version, versionN: String(c.version), step: workflowStep(c.status) };
});

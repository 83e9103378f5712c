/** Advance: the workflow's re-entry point. Does the case's pending system work, then says whether to park or finish. */
import * as z from 'zod/mini';
import { advanceCase } from '../../../shared/cases/advance-case.js';
import { advanceDeps } from '../../../shared/lambda/advance-deps.js';
import { taskHandler } from '../../../shared/lambda/task.js';

export const handler = taskHandler(
  z.object({ caseId: z.string().check(z.minLength(1)) }),
  async ({ caseId }) => advanceCase(advanceDeps(), caseId),
);

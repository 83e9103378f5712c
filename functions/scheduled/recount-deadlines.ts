/**
 * RecountDeadlines: hourly, counts open cases' running deadlines again after a new calendar edition.
 * Fails (so the error alarm fires) when some case could not be counted; the next run tries again.
 */
import * as z from 'zod/mini';
import { recountOpenCases } from '../../shared/cases/recount-deadlines.js';
import { advanceDeps } from '../../shared/lambda/advance-deps.js';
import { taskHandler } from '../../shared/lambda/task.js';

export const handler = taskHandler(z.object({}), async (_input, context) => {
  const result = await recountOpenCases(advanceDeps(), {
    timeLeftMs: context ? () => context.getRemainingTimeInMillis() : undefined,
  });
  if (result.failed.length > 0)
    throw Object.assign(new Error(`${result.failed.length} case(s) could not be counted again`), {
      name: 'RecountIncomplete',
    });
  return result;
});

/** RecountDeadlines: daily, counts open cases' running deadlines again after a new calendar edition. */
import * as z from 'zod/mini';
import { recountOpenCases } from '../../shared/cases/recount-deadlines.js';
import { advanceDeps } from '../../shared/lambda/advance-deps.js';
import { taskHandler } from '../../shared/lambda/task.js';

export const handler = taskHandler(z.object({}), async () => recountOpenCases(advanceDeps()));

/** DeadlineAlert: invoked by a one-time schedule at 50/75/90/100 % of a running deadline. */
import * as z from 'zod/mini';
import { recordAlert } from '../../shared/cases/record-alert.js';
import { clock, store } from '../../shared/lambda/deps.js';
import { taskHandler } from '../../shared/lambda/task.js';
import { notifier } from '../../shared/notify/notifier.js';

export const handler = taskHandler(
  z.object({ caseId: z.string().check(z.minLength(1)), key: z.string().check(z.minLength(1)) }),
  async ({ caseId, key }) => {
    const s = store();
    return recordAlert({ store: s, now: clock, notifier: notifier() }, caseId, key);
  },
);

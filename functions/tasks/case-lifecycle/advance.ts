/** Advance: the workflow's re-entry point. Does the case's pending system work, then says whether to park or finish. */
import * as z from 'zod/mini';
import { advanceCase } from '../../../shared/cases/advance-case.js';
import { clock, store, trackingPage } from '../../../shared/lambda/deps.js';
import { keyWrapper } from '../../../shared/lambda/secrets.js';
import { taskHandler } from '../../../shared/lambda/task.js';
import { notifier } from '../../../shared/notify/notifier.js';
import { scheduleAlert, unscheduleAlert } from '../../../shared/schedule/alert-scheduler.js';

export const handler = taskHandler(
  z.object({ caseId: z.string().check(z.minLength(1)) }),
  async ({ caseId }) => {
    const s = store();
    return advanceCase(
      {
        store: s,
        now: clock,
        keyWrapper: keyWrapper(),
        notifier: notifier(),
        schedule: (id, key, at) => scheduleAlert(id, key, at, clock()),
        unschedule: unscheduleAlert,
        trackingPage,
      },
      caseId,
    );
  },
);

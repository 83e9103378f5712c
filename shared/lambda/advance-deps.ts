/** What advancing a case needs in a Lambda: the workflow's Advance task and the daily recount share it. */
import type { AdvanceDeps } from '../cases/advance-case.js';
import { notifier } from '../notify/notifier.js';
import { scheduleAlert, unscheduleAlert } from '../schedule/alert-scheduler.js';
import { clock, store, trackingPage } from './deps.js';
import { keyWrapper } from './secrets.js';

export const advanceDeps = (): AdvanceDeps => ({
  store: store(),
  now: clock,
  keyWrapper: keyWrapper(),
  notifier: notifier(),
  schedule: (id, key, at) => scheduleAlert(id, key, at, clock()),
  unschedule: unscheduleAlert,
  trackingPage,
});

import { GetMetrics } from '../../../shared/api/routes/leadership.js';
import { dashboard } from '../../../shared/cases/metrics-view.js';
import { localDate } from '../../../shared/domain/calendar.js';
import { quarterOf } from '../../../shared/domain/metrics.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { HttpError } from '../../../shared/lambda/problem.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import { listCommittees } from '../../../shared/store/committees.js';

/** The dashboard's figures for a period (default: this quarter), for all committees or one. */
export const handler = staffRouteHandler(GetMetrics, async (req) => {
  const q = req.query;
  const s = store();
  const now = clock();
  const committees = (await listCommittees(s)).map((c) => c.committeeId);
  if (q.committee && !committees.includes(q.committee))
    throw new HttpError(422, 'unknown committee', 'No such committee', [
      { path: ['committee'], message: 'unknown_committee', code: 'unknown_committee' },
    ]);
  const period = q.period ?? quarterOf(localDate(now));
  const body = await dashboard(s, { period, committee: q.committee }, req.actor, committees, now);
  return { status: 200, body };
});

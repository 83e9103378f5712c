import { metricsQuery } from '../../../shared/api/contracts.js';
import { assertLeadership } from '../../../shared/auth/access.js';
import { dashboard } from '../../../shared/cases/metrics-view.js';
import { localDate } from '../../../shared/domain/calendar.js';
import { issuesFromZod } from '../../../shared/domain/messages.js';
import { quarterOf } from '../../../shared/domain/metrics.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';
import { HttpError } from '../../../shared/lambda/problem.js';
import { listCommittees } from '../../../shared/store/committees.js';

/** The dashboard's figures for a period (default: this quarter), for all committees or one. */
export const handler = staffHandler({}, async (req) => {
  assertLeadership(req.actor);
  const q = metricsQuery.safeParse(req.query);
  if (!q.success)
    throw new HttpError(422, 'invalid query', 'The query has invalid parameters', issuesFromZod(q.error));
  const s = store();
  const now = clock();
  const committees = (await listCommittees(s)).map((c) => c.committeeId);
  if (q.data.committee && !committees.includes(q.data.committee))
    throw new HttpError(422, 'unknown committee', 'No such committee', [
      { path: ['committee'], message: 'unknown_committee', code: 'unknown_committee' },
    ]);
  const period = q.data.period ?? quarterOf(localDate(now));
  const body = await dashboard(s, { period, committee: q.data.committee }, req.actor, committees, now);
  return { status: 200, body };
});

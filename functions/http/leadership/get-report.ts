import { reportPeriodId, reportQuery } from '../../../shared/api/contracts.js';
import { assertLeadership } from '../../../shared/auth/access.js';
import { report, reportCsv } from '../../../shared/cases/metrics-view.js';
import { issuesFromZod } from '../../../shared/domain/messages.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';
import { HttpError } from '../../../shared/lambda/problem.js';
import { listCommittees } from '../../../shared/store/committees.js';

/** The periodic report (quarter, 6, 9, 12 months) as JSON, or as CSV with `format=csv`. */
export const handler = staffHandler({}, async (req) => {
  assertLeadership(req.actor);
  const period = reportPeriodId.safeParse(req.params.period);
  const q = reportQuery.safeParse(req.query);
  if (!period.success || !q.success) {
    const issues = [
      ...(period.success ? [] : issuesFromZod(period.error).map((i) => ({ ...i, path: ['period'] }))),
      ...(q.success ? [] : issuesFromZod(q.error)),
    ];
    throw new HttpError(422, 'invalid report request', 'The period or the query is invalid', issues);
  }
  const s = store();
  const committees = (await listCommittees(s)).map((c) => c.committeeId);
  if (q.data.committee && !committees.includes(q.data.committee))
    throw new HttpError(422, 'unknown committee', 'No such committee', [
      { path: ['committee'], message: 'unknown_committee', code: 'unknown_committee' },
    ]);
  const r = await report(s, { period: period.data, committee: q.data.committee }, req.actor, committees);
  if (q.data.format === 'csv') {
    const name = `cong-minh-${period.data}${q.data.committee ? `-${q.data.committee}` : ''}.csv`;
    return {
      status: 200,
      body: `\uFEFF${reportCsv(r)}`,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
      },
    };
  }
  return { status: 200, body: r };
});

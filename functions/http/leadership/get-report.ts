import { GetReport } from '../../../shared/api/routes/leadership.js';
import { report, reportCsv } from '../../../shared/cases/metrics-view.js';
import { store } from '../../../shared/lambda/deps.js';
import { HttpError } from '../../../shared/lambda/problem.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import { listCommittees } from '../../../shared/store/committees.js';

/** The periodic report (quarter, 6, 9, 12 months) as JSON, or as CSV with `format=csv`. */
export const handler = staffRouteHandler(GetReport, async (req) => {
  const { period } = req.params;
  const q = req.query;
  const s = store();
  const committees = (await listCommittees(s)).map((c) => c.committeeId);
  if (q.committee && !committees.includes(q.committee))
    throw new HttpError(422, 'unknown committee', 'No such committee', [
      { path: ['committee'], message: 'unknown_committee', code: 'unknown_committee' },
    ]);
  const r = await report(s, { period: period, committee: q.committee }, req.actor, committees);
  if (q.format === 'csv') {
    const name = `cong-minh-${period}${q.committee ? `-${q.committee}` : ''}.csv`;
    return {
      status: 200,
      body: reportCsv(r, q.lang),
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
      },
    };
  }
  return { status: 200, body: r };
});

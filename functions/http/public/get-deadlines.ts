import { deadlinesQuery } from '../../../shared/api/contracts.js';
import { publicDeadlines } from '../../../shared/cases/public-deadlines.js';
import { localDate } from '../../../shared/domain/calendar.js';
import { issuesFromZod } from '../../../shared/domain/messages.js';
import { clock } from '../../../shared/lambda/deps.js';
import { publicHandler } from '../../../shared/lambda/http.js';
import { HttpError } from '../../../shared/lambda/problem.js';

export const handler = publicHandler({}, async (req) => {
  const q = deadlinesQuery.safeParse(req.query);
  if (!q.success)
    throw new HttpError(422, 'invalid query', 'The query has invalid parameters', issuesFromZod(q.error));
  const body = publicDeadlines({ ...q.data, receivedOn: q.data.receivedOn ?? localDate(clock()) });
  return { status: 200, body, headers: { 'cache-control': 'public, max-age=300' } };
});

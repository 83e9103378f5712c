import { GetDeadlines } from '../../../shared/api/routes/public.js';
import { publicDeadlines } from '../../../shared/cases/public-deadlines.js';
import { localDate } from '../../../shared/domain/calendar.js';
import { clock } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';

export const handler = routeHandler(GetDeadlines, async (req) => {
  const body = publicDeadlines({ ...req.query, receivedOn: req.query.receivedOn ?? localDate(clock()) });
  return { status: 200, body, headers: { 'cache-control': 'public, max-age=300' } };
});

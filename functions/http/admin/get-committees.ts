import { GetCommittees } from '../../../shared/api/routes.js';
import { store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { listCommittees } from '../../../shared/store/committees.js';

export const handler = routeHandler(GetCommittees, async (_req) => {
  return { status: 200, body: { items: await listCommittees(store(), { fresh: true }) } };
});

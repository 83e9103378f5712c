import { queueQuery } from '../../../shared/api/contracts.js';
import { assertCaseRole, assertCommittee } from '../../../shared/auth/access.js';
import { queueItemView } from '../../../shared/cases/views.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';
import { HttpError, issuesFromZod } from '../../../shared/lambda/problem.js';
import { decodeCursor, queryQueue } from '../../../shared/store/case-repository.js';

export const handler = staffHandler({}, async (req) => {
  const q = queueQuery.safeParse(req.query);
  if (!q.success)
    throw new HttpError(422, 'invalid query', 'The query has invalid parameters', issuesFromZod(q.error));
  assertCaseRole(req.actor);
  const committee = q.data.committee ?? req.actor.committees[0] ?? '';
  assertCommittee(req.actor, committee);
  const page = await queryQueue(store(), {
    committee,
    status: q.data.stage,
    limit: q.data.limit,
    cursor: decodeCursor(q.data.cursor),
  });
  const visible = page.items.filter((c) => !c.excludedStaff.includes(req.actor.id));
  const now = clock();
  return {
    status: 200,
    body: { items: visible.map((c) => queueItemView(c, now)), nextCursor: page.nextCursor },
  };
});

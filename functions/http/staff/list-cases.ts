import { queueQuery } from '../../../shared/api/contracts.js';
import { assertCommittee, assertQueueAllowed, canSeeCase } from '../../../shared/auth/access.js';
import { queueItemView } from '../../../shared/cases/views.js';
import { addDays, dayOfWeek, endOfLocalDay, localDate } from '../../../shared/domain/calendar.js';
import { issuesFromZod } from '../../../shared/domain/messages.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';
import { HttpError } from '../../../shared/lambda/problem.js';
import { decodeCursor, type QueueView, queryQueue } from '../../../shared/store/case-repository.js';

export const handler = staffHandler({}, async (req) => {
  const q = queueQuery.safeParse(req.query);
  if (!q.success)
    throw new HttpError(422, 'invalid query', 'The query has invalid parameters', issuesFromZod(q.error));
  const { actor } = req;
  const committee = q.data.committee ?? actor.committees[0] ?? '';
  assertQueueAllowed(actor, q.data.stage ?? '', q.data.assignee === 'me');
  if (q.data.assignee !== 'me') assertCommittee(actor, committee);
  const now = clock();
  const today = localDate(now);
  // The week ends on Sunday, 24:00 Hà Nội time.
  const sunday = addDays(today, (7 - dayOfWeek(today)) % 7);
  const view: QueueView = q.data.stage
    ? { kind: 'stage', committee, status: q.data.stage }
    : q.data.assignee
      ? { kind: 'mine', staffId: actor.id }
      : q.data.overdue
        ? { kind: 'overdue', committee }
        : { kind: 'due_before', committee, before: endOfLocalDay(sunday) };
  const page = await queryQueue(store(), view, { limit: q.data.limit, cursor: decodeCursor(q.data.cursor) });
  // Object-level rules hold in every queue: no case one may not open is listed.
  const visible = page.items.filter((c) => canSeeCase(actor, c, 'summary'));
  return {
    status: 200,
    body: { items: visible.map((c) => queueItemView(c, now)), nextCursor: page.nextCursor },
  };
});

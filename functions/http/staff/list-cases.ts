import { ListCases } from '../../../shared/api/routes/cases.js';
import { assertCommittee, assertQueueAllowed, canSeeCase } from '../../../shared/auth/access.js';
import { queueItemView } from '../../../shared/cases/views.js';
import { addDays, dayOfWeek, endOfLocalDay, localDate } from '../../../shared/domain/calendar.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';
import {
  caseByReference,
  decodeCursor,
  type QueueView,
  queryQueue,
} from '../../../shared/store/case-repository.js';

export const handler = staffRouteHandler(ListCases, async (req) => {
  const { actor, query: q } = req;
  const committee = q.committee ?? actor.committees[0] ?? '';
  // A reference names one case: found wherever it is, listed only if the caller may open it.
  if (q.reference) {
    const c = await caseByReference(store(), q.reference);
    // An auditor finds a case of the committee to read its trail: the row names nobody.
    const items =
      c && (canSeeCase(actor, c, 'summary') || canSeeCase(actor, c, 'audit'))
        ? [queueItemView(c, clock(), canSeeCase(actor, c, 'read'))]
        : [];
    return { status: 200, body: { items, nextCursor: null } };
  }
  const own = q.assignee === 'me' || q.done === 'true';
  assertQueueAllowed(actor, q.stage ?? '', own);
  if (!own) assertCommittee(actor, committee);
  const now = clock();
  const today = localDate(now);
  // The week ends on Sunday, 24:00 Hà Nội time.
  const sunday = addDays(today, (7 - dayOfWeek(today)) % 7);
  const view: QueueView = q.stage
    ? { kind: 'stage', committee, status: q.stage }
    : q.assignee
      ? { kind: 'mine', staffId: actor.id }
      : q.done
        ? { kind: 'done', staffId: actor.id }
        : q.overdue
          ? { kind: 'overdue', committee }
          : { kind: 'due_before', committee, before: endOfLocalDay(sunday) };
  const page = await queryQueue(store(), view, { limit: q.limit, cursor: decodeCursor(q.cursor) });
  // Object-level rules hold in every queue: no case one may not open is listed.
  const visible = page.items.filter((c) => canSeeCase(actor, c, 'summary'));
  return {
    status: 200,
    body: {
      items: visible.map((c) => queueItemView(c, now, canSeeCase(actor, c, 'read'))),
      nextCursor: page.nextCursor,
    },
  };
});

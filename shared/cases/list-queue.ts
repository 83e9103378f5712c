/**
 * A staff queue page (issue 13 §1): a case by its reference, a view (a stage, my work, what I worked
 * on, the overdue cases, those due this week), or a search of the committee's open cases by words and
 * filters. Each is one Query; rows the caller may not open are left out, and a row names whom the case
 * is against only for those who may read it.
 */
import type * as z from 'zod/mini';
import type { queueQuery } from '../api/contracts/cases.js';
import { isFind } from '../api/contracts/cases.js';
import { assertCommittee, assertQueueAllowed, canSeeCase } from '../auth/access.js';
import type { Actor } from '../domain/actor.js';
import { addDays, dayOfWeek, endOfLocalDay, localDate } from '../domain/calendar.js';
import { invalid } from '../domain/errors.js';
import { type CaseCard, cardOf, searchWords } from '../domain/find.js';
import {
  caseByReference,
  decodeCursor,
  encodeCursor,
  type QueueView,
  queryQueue,
  type StoreContext,
} from '../store/case-repository.js';
import { queryFind } from '../store/find-index.js';
import { queueItemView } from './views.js';

type Staff = Actor & { type: 'staff' };
export type QueueQuery = z.infer<typeof queueQuery>;

export async function listQueue(s: StoreContext, actor: Staff, q: QueueQuery, now: Date) {
  const rows = (cards: CaseCard[]) =>
    cards
      .filter((c) => canSeeCase(actor, c, 'summary'))
      .map((c) => queueItemView(c, now, canSeeCase(actor, c, 'read')));
  // A reference names one case: found wherever it is, listed only if the caller may open it.
  if (q.reference) {
    const c = await caseByReference(s, q.reference);
    // An auditor finds a case of the committee to read its trail: the row names nobody.
    const items =
      c && (canSeeCase(actor, c, 'summary') || canSeeCase(actor, c, 'audit'))
        ? [queueItemView(cardOf(c), now, canSeeCase(actor, c, 'read'))]
        : [];
    return { items, nextCursor: null };
  }
  const committee = q.committee ?? actor.committees[0] ?? '';
  const assignee = q.assignee === 'me' ? actor.id : q.assignee;
  if (isFind(q)) {
    assertQueueAllowed(actor, q.stage ?? '', assignee === actor.id);
    assertCommittee(actor, committee);
    const words = q.q ? searchWords(q.q) : undefined;
    if (words && words.length === 0)
      throw invalid('nothing to search by', [{ path: ['q'], message: 'no_search_words' }]);
    const found = await queryFind(
      s,
      {
        committee,
        words,
        kind: q.kind,
        field: q.field,
        risk: q.risk,
        assignee,
        flag: q.flag,
        status: q.stage,
      },
      { limit: q.limit, cursor: decodeCursor(q.cursor) },
    );
    return { items: rows(found.items), nextCursor: encodeCursor(found.lastKey) };
  }
  const own = q.assignee === 'me' || q.done === 'true';
  assertQueueAllowed(actor, q.stage ?? '', own);
  if (!own) assertCommittee(actor, committee);
  // The week ends on Sunday, 24:00 Hà Nội time.
  const today = localDate(now);
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
  const page = await queryQueue(s, view, { limit: q.limit, cursor: decodeCursor(q.cursor) });
  return { items: rows(page.items.map(cardOf)), nextCursor: page.nextCursor };
}

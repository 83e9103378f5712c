/**
 * Rebuilds every metric counter from the audit trail: each case (found through the by-month case
 * index, never a Scan), its fixed facts and its events, through the same projection the live
 * projector uses. `expectedCounters` only reads; `writeCounters` replaces the counters it computed.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, type IsoDate } from '../domain/calendar.js';
import { committeesBySeq, deltaOf, factsOf } from '../domain/metrics.js';
import { getCase, listEvents, type StoreContext } from '../store/case-repository.js';
import { keys } from '../store/keys.js';
import { accumulate, type CounterTotals, counterWrites } from '../store/metrics.js';
import { queryAll } from '../store/query.js';

export interface Recount {
  cases: number;
  events: number;
  counters: CounterTotals;
}

/** The months from `from` to the month of `today`, as `YYYY-MM`. */
export function monthsBetween(from: string, today: IsoDate): string[] {
  const out: string[] = [];
  for (let d = `${from}-01`; d.slice(0, 7) <= today.slice(0, 7); d = addDays(d, 32).slice(0, 8).concat('01'))
    out.push(d.slice(0, 7));
  return out;
}

async function caseIdsOf(s: StoreContext, month: string): Promise<string[]> {
  const items = await queryAll(s, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.caseIndexPk(month) },
  });
  return items.map((i) => String(i.SK));
}

export async function expectedCounters(s: StoreContext, months: string[]): Promise<Recount> {
  const counters: CounterTotals = new Map();
  let cases = 0;
  let events = 0;
  for (const month of months) {
    for (const caseId of await caseIdsOf(s, month)) {
      const c = await getCase(s, caseId);
      if (!c) continue;
      cases++;
      const trail = await listEvents(s, caseId);
      // A case moved between committees counts, event by event, for the committee that held it then.
      const heldBy = c.links.transferredFrom ? committeesBySeq(trail, c.committee) : () => c.committee;
      for (const e of trail) {
        events++;
        const facts = { ...factsOf(c), committee: heldBy(e.seq) };
        const d = deltaOf(facts, e);
        if (!d) continue;
        accumulate(counters, counterWrites(facts, e, d));
      }
    }
  }
  return { cases, events, counters };
}

export async function writeCounters(s: StoreContext, r: Recount): Promise<void> {
  const items = [...r.counters.values()].map((c) => ({
    PutRequest: { Item: { ...c.key, entity: 'metric', ...c.counts } },
  }));
  for (let i = 0; i < items.length; i += 25) {
    let request: Record<string, unknown[]> | undefined = { [s.tableName]: items.slice(i, i + 25) };
    while (request && Object.keys(request).length) {
      const out = await s.db.send(new BatchWriteCommand({ RequestItems: request as never }));
      request = out.UnprocessedItems as typeof request;
    }
  }
}

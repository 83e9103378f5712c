/**
 * The metrics projector's use case: audit events in, counters out, each event at most once. The
 * case's fixed facts (committee, kind, field…) come from the case item, read once per case with one
 * BatchGetItem for the whole batch of events.
 */
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { type CaseFacts, committeesBySeq, deltaOf, factsOf, type ProjectedEvent } from '../domain/metrics.js';
import { listEvents, parseCase, type StoreContext } from '../store/case-repository.js';
import { keys } from '../store/keys.js';
import { applyOnce, counterWrites } from '../store/metrics.js';

export interface ProjectionResult {
  applied: number;
  duplicates: number;
  ignored: number;
}

interface Facts {
  facts: CaseFacts;
  /** A case that moved between committees: which one held it at each event (from its trail). */
  heldBy?: (seq: number) => string;
}

async function factsFor(s: StoreContext, caseIds: string[]): Promise<Map<string, Facts>> {
  const out = new Map<string, Facts>();
  for (let i = 0; i < caseIds.length; i += 100) {
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
      [s.tableName]: { Keys: caseIds.slice(i, i + 100).map((id) => keys.case(id)) },
    };
    while (request && Object.keys(request).length) {
      const got = await s.db.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of got.Responses?.[s.tableName] ?? []) {
        const c = parseCase(item);
        // Rare: a moved case's events may be projected after the move; its trail says who held it.
        const heldBy = c.links.transferredFrom
          ? committeesBySeq(await listEvents(s, c.caseId), c.committee)
          : undefined;
        out.set(c.caseId, { facts: factsOf(c), heldBy });
      }
      request = got.UnprocessedKeys as typeof request;
    }
  }
  return out;
}

export async function projectEvents(
  s: StoreContext,
  events: ProjectedEvent[],
  now: Date,
): Promise<ProjectionResult> {
  const result: ProjectionResult = { applied: 0, duplicates: 0, ignored: 0 };
  const counted = events.filter((e) => e.action && e.caseId);
  const facts = await factsFor(s, [...new Set(counted.map((e) => e.caseId))]);
  for (const e of [...counted].sort((a, b) => a.caseId.localeCompare(b.caseId) || a.seq - b.seq)) {
    const known = facts.get(e.caseId);
    const f = known && (known.heldBy ? { ...known.facts, committee: known.heldBy(e.seq) } : known.facts);
    const delta = f ? deltaOf(f, e) : null;
    if (!f || !delta) {
      result.ignored++;
      continue;
    }
    if (await applyOnce(s, e, counterWrites(f, e, delta), now)) result.applied++;
    else result.duplicates++;
  }
  return result;
}

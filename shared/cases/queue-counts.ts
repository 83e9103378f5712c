/**
 * The counts beside the workspace's tabs (issue 13 §1): the committee's cases at each stage and its
 * overdue cases from the projector's counters (one Query of a few items, whatever the caseload), and
 * the caller's own live cases from their work list (keys only). An investigator sees the counts of
 * what they may open: the accepted cases they may claim, and their own.
 */
import { assertCommittee, assertQueueAllowed, isInvestigatorOnly } from '../auth/access.js';
import type { Actor } from '../domain/actor.js';
import type { StoreContext } from '../store/case-repository.js';
import { readStageCounts } from '../store/metrics.js';
import { workload } from '../store/staff-index.js';

export async function queueCounts(
  s: StoreContext,
  actor: Actor & { type: 'staff' },
  committee: string,
  now: Date,
) {
  assertQueueAllowed(actor, '', true);
  assertCommittee(actor, committee);
  const [counts, mine] = await Promise.all([readStageCounts(s, committee), workload(s, actor.id, now)]);
  const investigatorOnly = isInvestigatorOnly(actor);
  const stages = Object.fromEntries(
    Object.entries(counts.stages).filter(([k, n]) => n > 0 && (!investigatorOnly || k === 'accepted')),
  );
  return {
    committee,
    stages,
    overdue: investigatorOnly ? mine.overdue : counts.overdue,
    mine,
    asOf: now.toISOString(),
  };
}

/**
 * Who the chair may assign to a case (its committee's investigators, or a chair in person), each with
 * their live and overdue cases, and those excluded from it and why (DESIGN.md §1: the chair assigns
 * knowing it). One Query of the committee's staff, then one keys-only Query per person listed.
 */
import type { Actor } from '../domain/actor.js';
import { assignableMembers } from '../domain/assignment.js';
import type { StoreContext } from '../store/case-repository.js';
import { committeeStaff, workload } from '../store/staff-index.js';
import { loadVisibleCase } from './act-on-case.js';

export async function eligibleStaff(s: StoreContext, actor: Actor, caseId: string, now: Date) {
  const c = await loadVisibleCase(s, actor, caseId, 'act');
  const { eligible, excluded } = assignableMembers(c, await committeeStaff(s, c.committee));
  const items = await Promise.all(
    eligible.map(async (m) => {
      const w = await workload(s, m.username, now);
      return {
        username: m.username,
        displayName: m.displayName,
        assigned: c.assignees.includes(m.username),
        liveCases: w.live,
        overdueCases: w.overdue,
      };
    }),
  );
  // The least loaded first: the chair spreads the work.
  items.sort((a, b) => a.liveCases - b.liveCases || a.displayName.localeCompare(b.displayName, 'vi'));
  return {
    caseId: c.caseId,
    committee: c.committee,
    items,
    excluded: excluded.map((m) => ({ username: m.username, displayName: m.displayName, basis: m.basis })),
  };
}

/**
 * Object-level access in one place (DESIGN.md §1), for every staff endpoint: role × intent ×
 * committee × assignment × recusal. A staff member recused from a case, or excluded from it because
 * they are named in it, can never read it, find it in a queue, or act on it.
 */
import type { Actor, StaffRole } from '../domain/actor.js';
import type { Case } from '../domain/case.js';
import { forbidden, notFound } from '../domain/errors.js';
import { rulesFor } from '../domain/profile.js';
import { profileByVersion } from '../domain/profiles/index.js';

type Staff = Actor & { type: 'staff' };

/** What the rules read of a case: a queue's index items carry it too (shared/domain/find.ts). */
type CaseAccess = Pick<
  Case,
  'committee' | 'excludedStaff' | 'status' | 'assignees' | 'profileId' | 'profileVersion' | 'track'
>;

/** What a request wants to do with a case; `summary`: the case page, which may be a claim summary. */
export type Intent = 'summary' | 'read' | 'act' | 'audit' | 'reveal';

const CASE_ROLES: readonly StaffRole[] = ['intake', 'investigator', 'chair'];

/** Roles allowed per intent; further limits below (committee, assignment, recusal). */
const policy: Record<Intent, readonly StaffRole[]> = {
  summary: CASE_ROLES,
  read: CASE_ROLES,
  act: CASE_ROLES,
  audit: [...CASE_ROLES, 'auditor'],
  reveal: ['chair'],
};

export function assertCaseRole(actor: Staff, intent: Intent = 'read'): void {
  if (!actor.roles.some((r) => policy[intent].includes(r)))
    throw forbidden('this role does not work on cases');
}

export function assertCommittee(actor: Staff, committee: string): void {
  if (!actor.committees.includes(committee)) throw forbidden('not a member of this committee');
}

/** An investigator (without a broader role) sees the cases assigned to them, and accepted cases they may claim. */
export function isInvestigatorOnly(actor: Staff): boolean {
  return actor.roles.includes('investigator') && !actor.roles.some((r) => r === 'chair' || r === 'intake');
}

/** An accepted case nobody works on yet, on a track whose profile lets investigators claim cases. */
export function claimable(c: CaseAccess): boolean {
  if (c.status !== 'accepted' || c.assignees.length > 0) return false;
  return rulesFor(profileByVersion(c.profileId, c.profileVersion), c.track).allowClaim;
}

/**
 * True when the actor may see only a redacted summary of the case (DESIGN.md §1): an investigator
 * not assigned to a claimable case sees what they need to decide to claim it, never who is named.
 */
export function summaryOnly(actor: Staff, c: CaseAccess): boolean {
  return isInvestigatorOnly(actor) && !c.assignees.includes(actor.id);
}

export function canSeeCase(actor: Staff, c: CaseAccess, intent: Intent = 'read'): boolean {
  try {
    assertCanSeeCase(actor, c, intent);
    return true;
  } catch {
    return false;
  }
}

export function assertCanSeeCase(actor: Staff, c: CaseAccess, intent: Intent = 'read'): void {
  assertCaseRole(actor, intent);
  assertCommittee(actor, c.committee);
  // For whoever is named in the case or recused, the case does not exist.
  if (c.excludedStaff.includes(actor.id)) throw notFound('no such case');
  // An auditor got here only with intent `audit` (the policy): audit data, never case content.
  if (summaryOnly(actor, c)) {
    // The summary to decide on a claim, and the claim itself; nothing else.
    if ((intent === 'summary' || intent === 'act') && claimable(c)) return;
    throw forbidden('not assigned to this case');
  }
}

/** Committees, staff and profiles are the admin's. */
/** Figures only: leadership reads metrics and reports, never a case or an identity. */
export function assertLeadership(actor: Staff): void {
  if (!actor.roles.includes('leadership')) throw forbidden('leadership only');
}

/** The admin log is read by admins and by auditors, who check the admins. */
export function assertAdminLogReader(actor: Staff): void {
  if (!actor.roles.some((r) => r === 'admin' || r === 'auditor')) throw forbidden('admin or auditor only');
}

export function assertAdmin(actor: Staff): void {
  if (!actor.roles.includes('admin')) throw forbidden('admin only');
}

/** An admin editing its own account may keep or drop roles and committees, never add one (issue 11). */
export function assertNoSelfGrant(
  actor: Staff,
  next: { groups: readonly string[]; committees: readonly string[] },
): void {
  const added = [
    ...next.groups.filter((g) => !actor.roles.includes(g as Staff['roles'][number])),
    ...next.committees.filter((c) => !actor.committees.includes(c)),
  ];
  if (added.length) throw forbidden('an admin cannot grant roles or committees to itself');
}

/** Queues an investigator may list: their own work, and accepted cases to claim (as summaries). */
export function assertQueueAllowed(actor: Staff, stage: string, mine: boolean): void {
  assertCaseRole(actor, 'read');
  if (isInvestigatorOnly(actor) && !mine && stage !== 'accepted')
    throw forbidden('investigators see the cases assigned to them');
}

/**
 * Who may be assigned to a case: an investigator or a chair of the case's committee who is not
 * excluded from it (named in it, recused, or excluded by the chair). A chair may verify in person:
 * the resolver "tự mình tiến hành xác minh" or gives it to others (Law on Complaints art. 29(1)).
 * Pure: the members come from the staff index.
 */
import type { Case } from './case.js';
import type { StaffName } from './conflicts.js';
import { type FieldIssue, invalid } from './errors.js';

export interface CommitteeMember extends StaffName {
  /** Roles (groups) as the admin last saved them. */
  groups: readonly string[];
}

/** The roles whose members may verify a case and so be assigned. */
export const ASSIGNABLE_ROLES: readonly string[] = ['investigator', 'chair'];

const assignable = (m: CommitteeMember) => m.groups.some((g) => ASSIGNABLE_ROLES.includes(g));

export type Refusal = 'assignee_not_member' | 'assignee_not_investigator' | 'assignee_excluded';

/** Why a username may not be assigned to the case, or null if it may. */
export function assigneeRefusal(
  c: Pick<Case, 'excludedStaff'>,
  members: readonly CommitteeMember[],
  username: string,
): Refusal | null {
  const m = members.find((x) => x.username === username);
  if (!m) return 'assignee_not_member';
  if (!assignable(m)) return 'assignee_not_investigator';
  if (c.excludedStaff.includes(username)) return 'assignee_excluded';
  return null;
}

/** Refuses the whole assignment if any assignee may not be assigned, naming each one and why. */
export function checkAssignees(
  c: Pick<Case, 'excludedStaff'>,
  members: readonly CommitteeMember[],
  assignees: readonly string[],
): void {
  const issues: FieldIssue[] = assignees.flatMap((user, i) => {
    const why = assigneeRefusal(c, members, user);
    return why ? [{ path: ['assignees', i], message: why, params: { user } }] : [];
  });
  if (issues.length)
    throw invalid(
      `may not be assigned: ${issues.map((x) => `${x.params!.user} (${x.message})`).join(', ')}`,
      issues,
    );
}

/** The committee's members who may verify, split into those assignable to a case and those excluded with the reason. */
export function assignableMembers(
  c: Pick<Case, 'excludedStaff' | 'exclusions'>,
  members: readonly CommitteeMember[],
) {
  const investigators = members.filter(assignable);
  const basis = (u: string) => c.exclusions.find((e) => e.staffId === u)?.basis ?? ('named_in_case' as const);
  return {
    eligible: investigators.filter((m) => !c.excludedStaff.includes(m.username)),
    excluded: investigators
      .filter((m) => c.excludedStaff.includes(m.username))
      .map((m) => ({ ...m, basis: basis(m.username) })),
  };
}

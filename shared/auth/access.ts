/**
 * Object-level access in one place (DESIGN.md §1): a staff member works only on cases of their
 * committees, never on a case they are named in or recused from; leadership, auditors and admins
 * see no case content.
 */
import type { Actor } from '../domain/actor.js';
import type { Case } from '../domain/case.js';
import { forbidden } from '../domain/errors.js';

const CASE_ROLES = ['intake', 'investigator', 'chair'] as const;

export function assertCaseRole(actor: Actor & { type: 'staff' }): void {
  if (!actor.roles.some((r) => (CASE_ROLES as readonly string[]).includes(r))) {
    throw forbidden('this role does not work on cases');
  }
}

export function assertCommittee(actor: Actor & { type: 'staff' }, committee: string): void {
  if (!actor.committees.includes(committee)) throw forbidden('not a member of this committee');
}

export function assertCanSeeCase(actor: Actor & { type: 'staff' }, c: Case): void {
  assertCaseRole(actor);
  assertCommittee(actor, c.committee);
  if (c.excludedStaff.includes(actor.id)) throw forbidden('recused from this case');
}

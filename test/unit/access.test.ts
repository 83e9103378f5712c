/**
 * DESIGN.md §1 as a table: every role × intent × committee × assignment × exclusion, and the
 * helpers around it. Printed, so a reviewer reads the policy rather than the code.
 */
import { describe, expect, it } from 'vitest';
import {
  assertAdmin,
  assertAdminLogReader,
  assertCanSeeCase,
  assertCaseRole,
  assertCommittee,
  assertLeadership,
  assertNoSelfGrant,
  assertQueueAllowed,
  canSeeCase,
  claimable,
  type Intent,
  summaryOnly,
} from '../../shared/auth/access.js';
import type { Actor, StaffRole } from '../../shared/domain/actor.js';
import type { Case } from '../../shared/domain/case.js';
import { DomainError } from '../../shared/domain/errors.js';
import { newCase, staff } from '../support/cases.js';

type Staff = Actor & { type: 'staff' };
const intents: Intent[] = ['summary', 'read', 'act', 'audit', 'reveal'];
const roles: StaffRole[] = ['intake', 'investigator', 'chair', 'leadership', 'auditor', 'admin'];

/** The outcome of one check: allowed, forbidden (403) or not found (404). */
function verdict(actor: Staff, c: Case, intent: Intent): 'allow' | 403 | 404 {
  try {
    assertCanSeeCase(actor, c, intent);
    expect(canSeeCase(actor, c, intent)).toBe(true);
    return 'allow';
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect(canSeeCase(actor, c, intent)).toBe(false);
    return (err as DomainError).kind === 'not_found' ? 404 : 403;
  }
}

const accepted = (kind: 'complaint' | 'petition' | 'dispute', patch: Partial<Case> = {}): Case => ({
  ...newCase(kind),
  status: 'accepted',
  ...patch,
});

describe('access policy (DESIGN.md §1)', () => {
  it('decides every role × intent on an own-committee case assigned to the investigator', () => {
    const c = { ...accepted('complaint'), status: 'investigating' as const, assignees: ['investigator'] };
    const table = Object.fromEntries(roles.map((r) => [r, intents.map((i) => verdict(staff(r), c, i))]));
    console.log(
      `role × intent (${intents.join(', ')}), own committee, assigned to investigator:\n${roles
        .map((r) => `  ${r.padEnd(13)} ${table[r]!.map(String).join('  ')}`)
        .join('\n')}`,
    );
    expect(table).toEqual({
      intake: ['allow', 'allow', 'allow', 'allow', 403],
      investigator: ['allow', 'allow', 'allow', 'allow', 403],
      chair: ['allow', 'allow', 'allow', 'allow', 'allow'],
      leadership: [403, 403, 403, 403, 403],
      auditor: [403, 403, 403, 'allow', 403],
      admin: [403, 403, 403, 403, 403],
    });
  });

  it('keeps every role out of another committee’s case', () => {
    const c = { ...accepted('complaint'), assignees: ['investigator'] };
    for (const r of roles)
      for (const i of intents) expect(verdict(staff(r, ['ubkt-2']), c, i), `${r} ${i}`).toBe(403);
  });

  it('answers 404 to an excluded or recused member, whatever the role or intent', () => {
    const c = { ...accepted('complaint'), excludedStaff: ['x'], assignees: ['x'] };
    for (const r of ['intake', 'investigator', 'chair', 'auditor'] as const)
      for (const i of intents) {
        const v = verdict(staff(r, ['ubkt-1'], 'x'), c, i);
        // A role that may never use the intent is refused before the case is looked at.
        expect(v, `${r} ${i}`).toBe(
          i === 'reveal' && r !== 'chair' ? 403 : i === 'audit' || r !== 'auditor' ? 404 : 403,
        );
      }
    expect(verdict(staff('chair'), c, 'reveal')).toBe('allow');
  });

  it('shows an unassigned investigator only a claimable case, for the summary and the claim', () => {
    const inv = staff('investigator');
    const petition = accepted('petition');
    expect(claimable(petition)).toBe(true);
    expect(summaryOnly(inv, petition)).toBe(true);
    expect(intents.map((i) => verdict(inv, petition, i))).toEqual(['allow', 403, 'allow', 403, 403]);
    // Not claimable: another track, already assigned, or not accepted.
    const complaint = accepted('complaint');
    expect(claimable(complaint)).toBe(false);
    expect(intents.map((i) => verdict(inv, complaint, i))).toEqual([403, 403, 403, 403, 403]);
    const taken = { ...petition, assignees: ['someone'] };
    expect(claimable(taken)).toBe(false);
    expect(verdict(inv, taken, 'summary')).toBe(403);
    const screening = { ...petition, status: 'screening' as const };
    expect(claimable(screening)).toBe(false);
    expect(verdict(inv, screening, 'summary')).toBe(403);
    // Assigned: the whole case, no summary.
    const mine = { ...petition, assignees: ['investigator'] };
    expect(summaryOnly(inv, mine)).toBe(false);
    expect(verdict(inv, mine, 'read')).toBe('allow');
    // A broader role is never limited to summaries.
    const both: Staff = { ...inv, roles: ['investigator', 'intake'] };
    expect(summaryOnly(both, petition)).toBe(false);
    expect(verdict(both, complaint, 'read')).toBe('allow');
    const withChair: Staff = { ...inv, roles: ['investigator', 'chair'] };
    expect(summaryOnly(withChair, complaint)).toBe(false);
    expect(summaryOnly(staff('intake'), complaint)).toBe(false);
  });

  it('lets an investigator list their own work and the accepted queue only', () => {
    const inv = staff('investigator');
    expect(() => assertQueueAllowed(inv, '', true)).not.toThrow();
    expect(() => assertQueueAllowed(inv, 'accepted', false)).not.toThrow();
    expect(() => assertQueueAllowed(inv, 'screening', false)).toThrow('investigators see the cases assigned');
    expect(() =>
      assertQueueAllowed({ ...inv, roles: ['investigator', 'chair'] }, 'screening', false),
    ).not.toThrow();
    expect(() => assertQueueAllowed(staff('intake'), 'screening', false)).not.toThrow();
    expect(() => assertQueueAllowed(staff('leadership'), 'accepted', false)).toThrow(
      'does not work on cases',
    );
  });

  it('reads by default, lets any one role of several qualify, and says why it refuses', () => {
    const c = { ...accepted('complaint'), assignees: ['investigator'], excludedStaff: ['gone'] };
    expect(canSeeCase(staff('intake'), c)).toBe(true);
    expect(canSeeCase(staff('auditor'), c)).toBe(false);
    expect(() => assertCanSeeCase(staff('auditor'), c)).toThrow('this role does not work on cases');
    const mixed: Staff = { ...staff('leadership'), roles: ['leadership', 'intake'] };
    expect(canSeeCase(mixed, c, 'read')).toBe(true);
    const auditorChair: Staff = { ...staff('auditor'), roles: ['auditor', 'chair'] };
    expect(canSeeCase(auditorChair, c, 'reveal')).toBe(true);
    expect(() => assertCanSeeCase(staff('intake', ['ubkt-1'], 'gone'), c)).toThrow('no such case');
    expect(() => assertCanSeeCase(staff('investigator', ['ubkt-1'], 'other'), c)).toThrow(
      'not assigned to this case',
    );
  });

  it('checks roles and committees on their own', () => {
    expect(() => assertCaseRole(staff('auditor'), 'audit')).not.toThrow();
    expect(() => assertCaseRole(staff('auditor'))).toThrow('does not work on cases');
    expect(() => assertCaseRole(staff('chair'), 'reveal')).not.toThrow();
    expect(() => assertCaseRole(staff('intake'), 'reveal')).toThrow();
    expect(() => assertCommittee(staff('chair'), 'ubkt-1')).not.toThrow();
    expect(() => assertCommittee(staff('chair'), 'ubkt-2')).toThrow('not a member of this committee');
  });

  it('gives figures to leadership, the admin pages to admins, the admin log to admins and auditors', () => {
    const ok = (f: (a: Staff) => void, r: StaffRole) => {
      try {
        f(staff(r));
        return true;
      } catch (err) {
        expect((err as DomainError).kind).toBe('forbidden');
        return false;
      }
    };
    expect(roles.filter((r) => ok(assertLeadership, r))).toEqual(['leadership']);
    expect(roles.filter((r) => ok(assertAdmin, r))).toEqual(['admin']);
    expect(roles.filter((r) => ok(assertAdminLogReader, r))).toEqual(['auditor', 'admin']);
    expect(() => assertLeadership(staff('chair'))).toThrow('leadership only');
    expect(() => assertAdmin(staff('chair'))).toThrow('admin only');
    expect(() => assertAdminLogReader(staff('chair'))).toThrow('admin or auditor only');
    expect(() => assertAdminLogReader({ ...staff('chair'), roles: ['chair', 'auditor'] })).not.toThrow();
  });

  it('refuses an admin anything it would grant itself, keeping and dropping allowed', () => {
    const admin: Staff = { ...staff('admin'), roles: ['admin', 'intake'], committees: ['ubkt-1'] };
    expect(() =>
      assertNoSelfGrant(admin, { groups: ['admin', 'intake'], committees: ['ubkt-1'] }),
    ).not.toThrow();
    expect(() => assertNoSelfGrant(admin, { groups: ['admin'], committees: [] })).not.toThrow();
    expect(() => assertNoSelfGrant(admin, { groups: ['admin', 'chair'], committees: ['ubkt-1'] })).toThrow(
      'cannot grant roles or committees to itself',
    );
    expect(() => assertNoSelfGrant(admin, { groups: ['admin'], committees: ['ubkt-2'] })).toThrow();
  });
});

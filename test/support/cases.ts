/** A case as the core opens it, for domain tests. */
import type { Actor, StaffRole } from '../../shared/domain/actor.js';
import type { CommitteeMember } from '../../shared/domain/assignment.js';
import { type Case, openCase } from '../../shared/domain/case.js';
import { intakeSchema } from '../../shared/domain/intake.js';
import { vnStateLaw2019 } from '../../shared/domain/profiles/vn-state-law.js';
import { intakes } from './fixtures.js';

export const profile = vnStateLaw2019;

export function newCase(
  kind: keyof typeof intakes = 'complaint',
  now = new Date('2026-03-02T03:00:00Z'),
  patch: Record<string, unknown> = {},
): Case {
  const dated = kind === 'complaint' ? { learnedOn: '2026-02-20' } : {};
  const intake = intakeSchema.parse({ ...intakes[kind](), ...dated, ...patch });
  return openCase(intake, { caseId: 'c-1', random8: 'ABCDEFGH', now, profile, pseudonymTag: 'A7' }).case;
}

export function staff(
  role: StaffRole,
  committees = ['ubkt-1'],
  id: string = role,
): Actor & { type: 'staff' } {
  return { type: 'staff', id, role, roles: [role], committees };
}

/** Committee ubkt-1 as the staff index holds it (infra/local/seed.ts): who may be assigned. */
export const committeeStaff: CommitteeMember[] = [
  { username: 'intake', displayName: 'Cán bộ tiếp nhận', groups: ['intake'] },
  { username: 'investigator', displayName: 'Cán bộ xác minh', groups: ['investigator'] },
  { username: 'investigator-2', displayName: 'Lê Thị Hoa', groups: ['investigator'] },
  { username: 'chair', displayName: 'Chủ nhiệm UBKT 1', groups: ['chair'] },
  { username: 'leadership', displayName: 'Lãnh đạo', groups: ['leadership'] },
];

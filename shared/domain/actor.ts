/** Who acts on a case. Staff roles match Cognito groups (DESIGN.md §1). */
export const staffRoles = ['intake', 'investigator', 'chair', 'leadership', 'auditor', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export type Actor =
  | { type: 'staff'; id: string; role: StaffRole; roles: StaffRole[]; committees: string[]; name?: string }
  | { type: 'system' }
  | { type: 'public' };

export const systemActor: Actor = { type: 'system' };
export const publicActor: Actor = { type: 'public' };

/** The audit form of an actor: never more than an id and a role. */
export function auditActor(a: Actor): { id: string; role: string } | 'public' | 'system' {
  return a.type === 'staff' ? { id: a.id, role: a.role } : a.type;
}

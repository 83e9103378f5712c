/**
 * Admin changes to staff, with the rules that keep an admin from being a master key (issue 11): no
 * self-grant, chair and admin grants (and new committees for a chair) need a second admin, and a
 * password reset is its own audited action. Every change is in the chained admin log.
 */

import type * as z from 'zod/mini';
import type { putStaffRequest } from '../api/contracts/admin.js';
import { assertAdmin, assertNoSelfGrant } from '../auth/access.js';
import type { Actor } from '../domain/actor.js';
import { invalid, notFound, preconditionFailed } from '../domain/errors.js';
import type { StoreContext } from '../store/case-repository.js';
import { listCommittees } from '../store/committees.js';
import { indexStaff } from '../store/staff-index.js';
import { logAdminChange } from './admin-log.js';
import type { Directory, StaffMember } from './directory.js';
import { approveGrant, getGrant, requestGrant, splitChange } from './grants.js';

type Staff = Actor & { type: 'staff' };
export interface AdminDeps {
  store: StoreContext;
  directory: Directory;
  now: () => Date;
}

export async function putStaff(
  deps: AdminDeps,
  actor: Staff,
  username: string,
  body: z.infer<typeof putStaffRequest>,
  opts: { createOnly?: boolean } = {},
) {
  assertAdmin(actor);
  const { initialPassword, ...next } = body;
  const known = new Set((await listCommittees(deps.store, { fresh: true })).map((c) => c.committeeId));
  if (next.committees.some((c) => !known.has(c)))
    throw invalid('unknown committee', [{ path: ['committees'], message: 'unknown_committee' }]);
  if (username === actor.id) {
    if (!next.groups.includes('admin'))
      throw invalid('an admin cannot remove their own admin role', [
        { path: ['groups'], message: 'keep_own_admin' },
      ]);
    assertNoSelfGrant(actor, next);
  }
  const before = (await deps.directory.list()).find((m) => m.username === username);
  if (before && opts.createOnly) throw preconditionFailed('the account exists: edit it instead');
  if (before && initialPassword)
    throw invalid('an existing account’s password is changed by a password reset', [
      { path: ['initialPassword'], message: 'use_password_reset' },
    ]);
  if (!before && !initialPassword)
    throw invalid('initial password required', [
      { path: ['initialPassword'], message: 'initial_password_required' },
    ]);
  const { now, pending } = splitChange(before, next);
  const member: StaffMember = { username, displayName: next.displayName, ...now } as StaffMember;
  const outcome = await deps.directory.put(member, initialPassword);
  await indexStaff(deps.store, member, before?.committees ?? []);
  const at = deps.now();
  await logAdminChange(deps.store, actor, `staff_${outcome}`, username, { ...now }, at);
  if (!pending) return { status: outcome === 'created' ? 201 : 200, body: { username, ...next } };
  const grant = await requestGrant(deps.store, {
    username,
    groups: [...pending.groups],
    committees: [...pending.committees],
    basedOn: { groups: [...now.groups], committees: [...now.committees] },
    requestedBy: actor.id,
    requestedAt: at.toISOString(),
  });
  await logAdminChange(
    deps.store,
    actor,
    'grant_requested',
    username,
    {
      grantId: grant.grantId,
      groups: grant.groups,
      committees: grant.committees,
    },
    at,
  );
  // Accepted: part applied, the rest waits for a second admin.
  return { status: 202, body: { username, displayName: next.displayName, ...now, pendingGrant: grant } };
}

export async function approve(deps: AdminDeps, actor: Staff, grantId: string) {
  assertAdmin(actor);
  const grant = await getGrant(deps.store, grantId);
  const current = (await deps.directory.list()).find((m) => m.username === grant.username);
  const at = deps.now();
  const approved = await approveGrant(deps.store, grant, actor.id, current, at.toISOString());
  const member = { ...current!, groups: approved.groups, committees: approved.committees } as StaffMember;
  await deps.directory.put(member);
  await indexStaff(deps.store, member, current!.committees);
  await logAdminChange(
    deps.store,
    actor,
    'grant_approved',
    approved.username,
    { grantId, requestedBy: approved.requestedBy, groups: approved.groups, committees: approved.committees },
    at,
  );
  return approved;
}

export async function resetPassword(deps: AdminDeps, actor: Staff, username: string) {
  assertAdmin(actor);
  const out = await deps.directory.resetPassword(username).catch((err: Error) => {
    if (err.name === 'UserNotFound') throw notFound('no such staff member');
    throw err;
  });
  await logAdminChange(deps.store, actor, 'password_reset', username, {}, deps.now());
  return out;
}

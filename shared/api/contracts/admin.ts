/** HTTP contracts (shared/api/contracts.ts): Administration: staff accounts, grants awaiting a second admin, committees, the admin log. */
import * as z from 'zod/mini';
import { staffRoles } from '../../domain/actor.js';
import { profileIds } from '../../domain/profile.js';
import { committee } from './common.js';

/** The admin log: every change to staff and committees, chained and anchored like a case trail. */
export const adminLogResponse = z.object({
  events: z.array(z.record(z.string(), z.unknown())),
  head: z.object({ seq: z.int(), headHash: z.nullable(z.string()) }),
});

export const putStaffRequest = z.strictObject({
  displayName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  groups: z.array(z.enum(staffRoles)).check(z.minLength(1), z.maxLength(staffRoles.length)),
  committees: z.array(z.string().check(z.regex(/^[a-z0-9-]{2,40}$/))).check(z.maxLength(50)),
  /** Required to create someone; in AWS a temporary password they must change at first sign-in. */
  initialPassword: z.optional(z.string().check(z.minLength(12), z.maxLength(200))),
});

const bilingual = (max: number) =>
  z.strictObject({
    vi: z.string().check(z.trim(), z.minLength(1), z.maxLength(max)),
    en: z.string().check(z.trim(), z.minLength(1), z.maxLength(max)),
  });

export const putCommitteeRequest = z.strictObject({
  name: bilingual(200),
  level: z.optional(z.string().check(z.trim(), z.maxLength(50))),
  profileId: z.optional(z.enum(profileIds)),
  /** How its documents are headed and signed (Decree 30/2020): number symbol, place, parent body. */
  symbol: z.optional(z.string().check(z.trim(), z.regex(/^[A-ZĐ0-9-]{1,20}$/))),
  place: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  parent: z.optional(bilingual(200)),
  /** A collective body signs "TM." (state) / "T/M" (Party) before the signer's title. */
  collective: z.optional(z.boolean()),
  signerTitle: z.optional(bilingual(100)),
});

/** A staff member as the admin pages see it (never a password). */
export const staffMember = z.object({
  username: z.string().check(z.regex(/^[a-z0-9._-]{2,64}$/)),
  displayName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  groups: z.array(z.enum(staffRoles)).check(z.minLength(1), z.maxLength(staffRoles.length)),
  committees: z.array(z.string().check(z.regex(/^[a-z0-9-]{2,40}$/))).check(z.maxLength(50)),
});

export const staffListResponse = z.object({ items: z.array(staffMember) });

/** A grant of chair or admin (or a chair's new committee) waiting for a second admin. */
export const grant = z.object({
  grantId: z.string(),
  username: z.string(),
  groups: z.array(z.string()),
  committees: z.array(z.string()),
  /** The member's access when the grant was requested: approval applies only on top of it. */
  basedOn: z.object({ groups: z.array(z.string()), committees: z.array(z.string()) }),
  requestedBy: z.string(),
  requestedAt: z.string(),
  status: z.enum(['pending', 'approved']),
  approvedBy: z.optional(z.string()),
  approvedAt: z.optional(z.string()),
});

export const grantsResponse = z.object({ items: z.array(grant) });

export const putStaffResponse = z.extend(z.partial(staffMember, { groups: true, committees: true }), {
  pendingGrant: z.optional(grant),
});

export const passwordResetResponse = z.object({ temporaryPassword: z.optional(z.string()) });

export const committeesResponse = z.object({ items: z.array(committee) });

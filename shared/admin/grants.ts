/**
 * The two-person rule (issue 11): granting a role that reveals identities (chair) or grants roles
 * (admin), or a new committee to a chair, takes a second admin's approval. The rest of a change
 * applies at once; the sensitive part waits as a pending grant, recorded in the admin log when
 * requested and when approved. Nobody approves their own request, nor a grant to themselves.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod/mini';
import { grant } from '../api/contracts/admin.js';
import type { StaffRole } from '../domain/actor.js';
import { conflict, forbidden, notFound } from '../domain/errors.js';
import type { StoreContext } from '../store/case-repository.js';

export const SENSITIVE_ROLES: readonly StaffRole[] = ['chair', 'admin'];

interface Access {
  groups: readonly StaffRole[];
  committees: readonly string[];
}

/** Splits a change into what applies now and, if anything is sensitive, the state that needs approval. */
export function splitChange(before: Access | undefined, next: Access) {
  const had = new Set(before?.groups ?? []);
  const in_ = new Set(before?.committees ?? []);
  const pendingRoles = next.groups.filter((g) => SENSITIVE_ROLES.includes(g) && !had.has(g));
  const pendingCommittees = next.groups.includes('chair') ? next.committees.filter((c) => !in_.has(c)) : [];
  const now: Access = {
    groups: next.groups.filter((g) => !pendingRoles.includes(g)),
    committees: next.committees.filter((c) => !pendingCommittees.includes(c)),
  };
  const needsApproval = pendingRoles.length > 0 || pendingCommittees.length > 0;
  return { now, pending: needsApproval ? next : null, pendingRoles, pendingCommittees };
}

/** One definition, in the contracts (the admin page reads the same shape). */
export const grantSchema = grant;
export type Grant = z.infer<typeof grantSchema>;

const PK = 'GRANTS';
const key = (grantId: string) => ({ PK, SK: `GRANT#${grantId}` });
const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

export async function requestGrant(s: StoreContext, g: Omit<Grant, 'grantId' | 'status'>): Promise<Grant> {
  const grant: Grant = { ...g, grantId: randomUUID(), status: 'pending' };
  await s.db.send(
    new PutCommand({
      TableName: s.tableName,
      Item: { ...key(grant.grantId), entity: 'grant', ...grant },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
  return grant;
}

export async function pendingGrants(s: StoreContext): Promise<Grant[]> {
  const out = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': PK },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((i) => grantSchema.parse(i)).filter((g) => g.status === 'pending');
}

/**
 * Checks a grant may be approved by `approver` on the member's current access, then marks it
 * approved (conditioned on it still pending: two approvals cannot both apply).
 */
export async function getGrant(s: StoreContext, grantId: string): Promise<Grant> {
  const out = await s.db.send(
    new GetCommand({ TableName: s.tableName, Key: key(grantId), ConsistentRead: true }),
  );
  if (!out.Item) throw notFound('no such grant');
  return grantSchema.parse(out.Item);
}

/**
 * Checks `grant` may be approved by `approver` on the member's current access, then marks it
 * approved (conditioned on it still pending: two approvals cannot both apply).
 */
export async function approveGrant(
  s: StoreContext,
  grant: Grant,
  approver: string,
  current: Access | undefined,
  at: string,
): Promise<Grant> {
  if (grant.status !== 'pending') throw conflict('this grant was already decided');
  if (grant.requestedBy === approver) throw forbidden('a second admin must approve this grant');
  if (grant.username === approver) throw forbidden('an admin cannot approve a grant to itself');
  if (
    !current ||
    !same(current.groups, grant.basedOn.groups) ||
    !same(current.committees, grant.basedOn.committees)
  )
    throw conflict('the member changed since the grant was requested: request it again');
  try {
    await s.db.send(
      new UpdateCommand({
        TableName: s.tableName,
        Key: key(grant.grantId),
        UpdateExpression: 'SET #s = :approved, approvedBy = :by, approvedAt = :at',
        ConditionExpression: '#s = :pending',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: {
          ':approved': 'approved',
          ':pending': 'pending',
          ':by': approver,
          ':at': at,
        },
      }),
    );
  } catch (err) {
    if ((err as Error).name === 'ConditionalCheckFailedException')
      throw conflict('this grant was already decided');
    throw err;
  }
  return { ...grant, status: 'approved', approvedBy: approver, approvedAt: at };
}

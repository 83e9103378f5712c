/**
 * The staff of each committee as the case path reads them (conflict matching at intake, who may be
 * assigned): one item per member and committee with their roles, written by the admin change that
 * grants or removes the committee or a role, so the case path reads one partition instead of the
 * user directory.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CommitteeMember } from '../domain/assignment.js';
import type { StoreContext } from './case-repository.js';
import { keys } from './keys.js';
import { queryAll } from './query.js';
import { tableDefinition } from './table.js';

const pk = (committee: string) => `STAFF#${committee}`;

/** A committee's members with their roles (one Query; a committee has tens of members, not thousands). */
export async function committeeStaff(s: StoreContext, committee: string): Promise<CommitteeMember[]> {
  const items = await queryAll(s, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': pk(committee) },
  });
  return items.map((i) => ({
    username: String(i.username),
    displayName: String(i.displayName),
    // Entries written before roles were indexed carry none: such a member is not assignable
    // until an admin saves them again.
    groups: Array.isArray(i.groups) ? i.groups.map(String) : [],
  }));
}

/** Puts the member into each of `committees` and out of each of `removed`. */
export async function indexStaff(
  s: StoreContext,
  member: CommitteeMember & { committees: readonly string[] },
  removed: readonly string[] = [],
): Promise<void> {
  const requests = [
    ...member.committees.map((c) => ({
      PutRequest: {
        Item: {
          PK: pk(c),
          SK: member.username,
          entity: 'staff_index',
          username: member.username,
          displayName: member.displayName,
          groups: [...member.groups],
        },
      },
    })),
    ...removed
      .filter((c) => !member.committees.includes(c))
      .map((c) => ({ DeleteRequest: { Key: { PK: pk(c), SK: member.username } } })),
  ];
  for (let i = 0; i < requests.length; i += 25) {
    let batch: Record<string, unknown[]> | undefined = { [s.tableName]: requests.slice(i, i + 25) };
    while (batch && Object.keys(batch).length) {
      const out = await s.db.send(new BatchWriteCommand({ RequestItems: batch as never }));
      batch = out.UnprocessedItems as Record<string, unknown[]> | undefined;
    }
  }
}

/**
 * A staff member's live caseload: the open cases they are assigned (their work-list entries, which
 * exist only while a case is open) and how many of those are past a running deadline (due before
 * `now`; a paused case sorts last and is not counted). One Query of keys only.
 */
export async function workload(
  s: StoreContext,
  staffId: string,
  now: Date,
): Promise<{ live: number; overdue: number }> {
  const index = tableDefinition.indexes.assignee;
  const due = await queryAll(s, {
    IndexName: index.name,
    KeyConditionExpression: `${index.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': keys.assigneePk(staffId) },
    ProjectionExpression: index.sortKey,
  });
  const cutoff = now.toISOString();
  const live = due.length;
  const overdue = due.filter((i) => String(i[index.sortKey]) < cutoff).length;
  return { live, overdue };
}

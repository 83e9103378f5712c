/**
 * The staff of each committee as the case path reads them (conflict matching at intake): one item
 * per member and committee, written by the admin change that grants or removes the committee, so
 * intake reads one partition instead of the user directory.
 */
import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StaffName } from '../domain/conflicts.js';
import type { StoreContext } from './case-repository.js';

const pk = (committee: string) => `STAFF#${committee}`;

export async function committeeStaff(s: StoreContext, committee: string): Promise<StaffName[]> {
  const out = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': pk(committee) },
    }),
  );
  return (out.Items ?? []).map((i) => ({ username: String(i.username), displayName: String(i.displayName) }));
}

/** Puts the member into each of `committees` and out of each of `removed`. */
export async function indexStaff(
  s: StoreContext,
  member: StaffName & { committees: readonly string[] },
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

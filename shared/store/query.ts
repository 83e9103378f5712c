/** Every item a Query matches, through the SDK's own paginator (one request per page). */
import { paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './case-repository.js';

export async function queryAll(
  s: StoreContext,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateQuery({ client: s.db }, { TableName: s.tableName, ...input }))
    items.push(...(page.Items ?? []));
  return items;
}

/**
 * The one table (DESIGN.md §3). This definition is the single source for the CDK data stack and
 * for the local runtime's CreateTable, so both always agree.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const tableDefinition = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Sparse: only open cases carry these keys. */
  indexes: {
    queue: { name: 'queue', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    assignee: { name: 'assignee', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    /** Every open case of a committee by due date ("due this week"). */
    open: { name: 'open', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
    /** Open cases with an overdue deadline, by committee. */
    overdue: { name: 'overdue', partitionKey: 'GSI4PK', sortKey: 'GSI4SK' },
    /** Open cases by committee and facet value or search word, by due date (issue 13 §1). */
    find: { name: 'find', partitionKey: 'GSI5PK', sortKey: 'GSI5SK' },
  },
  stream: 'NEW_AND_OLD_IMAGES',
  ttlAttribute: 'expiresAt',
} as const;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const d = tableDefinition;
  const idx = Object.values(d.indexes);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [d.partitionKey, d.sortKey, ...idx.flatMap((i) => [i.partitionKey, i.sortKey])].map(
      (n) => ({
        AttributeName: n,
        AttributeType: 'S',
      }),
    ),
    KeySchema: [
      { AttributeName: d.partitionKey, KeyType: 'HASH' },
      { AttributeName: d.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: idx.map((i) => ({
      IndexName: i.name,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' },
        { AttributeName: i.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: d.stream },
  };
}

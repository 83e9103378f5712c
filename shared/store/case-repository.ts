/**
 * Case persistence. Every change is one TransactWriteItems: the case (conditioned on its version
 * and on the parked workflow token it was read with) and its audit event, so the case's `seq` and
 * `headHash` always match the last event.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandOutput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { type AuditEvent, auditEventSchema } from '../audit/chain.js';
import { type Case, caseSchema, isOpen } from '../domain/case.js';
import { conflict, invalid } from '../domain/errors.js';
import type { SealedIdentity } from '../vault/vault.js';
import { keys, stripKeys } from './keys.js';
import { tableDefinition } from './table.js';

export interface StoreContext {
  db: DynamoDBDocumentClient;
  tableName: string;
}

/** The item form of a case, with its sparse queue keys while it is open. */
export function caseItem(c: Case): Record<string, unknown> {
  const item: Record<string, unknown> = { ...keys.case(c.caseId), entity: 'case', ...c };
  if (isOpen(c)) {
    item.GSI1PK = keys.queuePk(c.committee, c.status);
    item.GSI1SK = keys.dueSk(c.dueAt, c.caseId);
    const lead = c.assignees[0];
    if (lead) {
      item.GSI2PK = keys.assigneePk(lead);
      item.GSI2SK = keys.dueSk(c.dueAt, c.caseId);
    }
  }
  return item;
}

export function eventItem(e: AuditEvent): Record<string, unknown> {
  return { ...keys.event(e.caseId, e.seq), entity: 'event', ...e };
}

export function parseCase(item: Record<string, unknown>): Case {
  return caseSchema.parse(stripKeys(item));
}

export async function getCase(s: StoreContext, caseId: string): Promise<Case | null> {
  const out = await s.db.send(
    new GetCommand({ TableName: s.tableName, Key: keys.case(caseId), ConsistentRead: true }),
  );
  return out.Item ? parseCase(out.Item) : null;
}

export interface NewCaseWrite {
  case: Case;
  event: AuditEvent;
  identity: SealedIdentity;
  receiptHmac: string;
  idempotency?: {
    keyHash: string;
    requestHash: string;
    response: Record<string, unknown>;
    expiresAt: number;
  };
}

/** Creates a case with its first event, vaulted identity, receipt and idempotency record, atomically. */
export async function createCase(s: StoreContext, w: NewCaseWrite): Promise<void> {
  const put = (Item: Record<string, unknown>) => ({
    Put: { TableName: s.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' },
  });
  const items = [
    put(caseItem(w.case)),
    put(eventItem(w.event)),
    put({ ...keys.identity(w.case.caseId), entity: 'identity', ...w.identity }),
    put({ ...keys.receipt(w.receiptHmac), entity: 'receipt', caseId: w.case.caseId }),
  ];
  if (w.idempotency) {
    const { keyHash, ...rest } = w.idempotency;
    items.push(put({ ...keys.idempotency(keyHash), entity: 'idempotency', ...rest }));
  }
  await s.db.send(new TransactWriteCommand({ TransactItems: items }));
}

/** Thrown when only the parked workflow token changed under us: re-read and try again. */
export class TokenRaceError extends Error {
  override name = 'TokenRaceError';
}

/**
 * Writes a decided transition. A stale version is a 409; a token parked between our read and
 * our write is a TokenRaceError so the caller can re-read (the token must not be lost).
 */
export async function saveTransition(
  s: StoreContext,
  prev: Case,
  next: Case,
  event: AuditEvent,
): Promise<void> {
  const { taskToken: _consumed, awaiting: _a, ...rest } = next;
  const tokenCondition = prev.taskToken ? 'taskToken = :tok' : 'attribute_not_exists(taskToken)';
  try {
    await s.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: s.tableName,
              Item: caseItem({ ...rest, seq: event.seq, headHash: event.hash } as Case),
              ConditionExpression: `version = :v AND ${tokenCondition}`,
              ExpressionAttributeValues: {
                ':v': prev.version,
                ...(prev.taskToken ? { ':tok': prev.taskToken } : {}),
              },
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            },
          },
          {
            Put: {
              TableName: s.tableName,
              Item: eventItem(event),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ],
      }),
    );
  } catch (err) {
    if (err instanceof TransactionCanceledException) {
      const old = err.CancellationReasons?.[0]?.Item;
      if (old && Number(old.version?.N) === prev.version) throw new TokenRaceError('workflow token changed');
      throw conflict('the case was changed by someone else; reload it');
    }
    throw err;
  }
}

export async function listEvents(s: StoreContext, caseId: string): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out: QueryCommandOutput = await s.db.send(
      new QueryCommand({
        TableName: s.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :evt)',
        ExpressionAttributeValues: { ':pk': keys.case(caseId).PK, ':evt': keys.eventPrefix },
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    for (const item of out.Items ?? []) events.push(auditEventSchema.parse(stripKeys(item)));
    start = out.LastEvaluatedKey;
  } while (start);
  return events;
}

export interface QueuePage {
  items: Case[];
  nextCursor: string | null;
}

const encodeCursor = (k: Record<string, unknown> | undefined) =>
  k ? Buffer.from(JSON.stringify(k), 'utf8').toString('base64url') : null;

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (v && typeof v === 'object' && typeof v.PK === 'string' && typeof v.GSI1PK === 'string') return v;
  } catch {}
  throw invalid('invalid cursor', [{ path: ['cursor'], message: 'invalid_cursor' }]);
}

/** One page of a committee's queue at a status, by due date: one Query on the sparse queue index. */
export async function queryQueue(
  s: StoreContext,
  q: { committee: string; status: string; limit: number; cursor?: Record<string, unknown> },
): Promise<QueuePage> {
  const idx = tableDefinition.indexes.queue;
  const out = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      IndexName: idx.name,
      KeyConditionExpression: `${idx.partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': keys.queuePk(q.committee, q.status) },
      Limit: q.limit,
      ExclusiveStartKey: q.cursor,
    }),
  );
  return { items: (out.Items ?? []).map(parseCase), nextCursor: encodeCursor(out.LastEvaluatedKey) };
}

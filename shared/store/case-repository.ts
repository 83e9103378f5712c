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
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { type AuditEvent, auditEventSchema } from '../audit/chain.js';
import { type Case, caseSchema, isOpen, isWorking } from '../domain/case.js';
import { conflict, invalid, unavailable } from '../domain/errors.js';
import type { SealedIdentity } from '../vault/vault.js';
import { findAttributes, findHash, findItems, findWrites } from './find-index.js';
import { keys, stripKeys } from './keys.js';
import { queryAll } from './query.js';
import { tableDefinition } from './table.js';

export interface StoreContext {
  db: DynamoDBDocumentClient;
  tableName: string;
}

/** The item form of a case, with its sparse queue keys while it is open. */
export function caseItem(c: Case): Record<string, unknown> {
  const item: Record<string, unknown> = { ...keys.case(c.caseId), entity: 'case', ...c };
  if (isOpen(c)) {
    Object.assign(item, findAttributes(c));
    const due = keys.dueSk(c.dueAt, c.caseId);
    item.GSI1PK = keys.queuePk(c.committee, c.status);
    item.GSI1SK = due;
    item.GSI3PK = keys.openPk(c.committee);
    item.GSI3SK = due;
    if (c.overdue.length > 0) {
      item.GSI4PK = keys.overduePk(c.committee);
      item.GSI4SK = due;
    }
  }
  return item;
}

/**
 * One work-list entry per assignee: a copy of the case under the assignee's index key, written in the
 * same transaction as the case so it is never stale. While there is work on the case it sorts by due
 * date in their "my cases"; once decided or ended it moves to their "done" list, the latest first;
 * it is removed when the person is unassigned.
 */
function assignmentWrites(tableName: string, prev: Case | null, next: Case): Record<string, unknown>[] {
  const keep = next.assignees;
  const working = isWorking(next);
  const writes: Record<string, unknown>[] = keep.map((a) => ({
    Put: {
      TableName: tableName,
      Item: {
        ...next,
        ...findAttributes(next),
        ...keys.assignment(next.caseId, a),
        entity: 'assignment',
        GSI2PK: working ? keys.assigneePk(a) : keys.donePk(a),
        GSI2SK: working ? keys.dueSk(next.dueAt, next.caseId) : `${next.updatedAt}#${next.caseId}`,
      },
    },
  }));
  for (const a of prev?.assignees ?? []) {
    if (!keep.includes(a))
      writes.push({ Delete: { TableName: tableName, Key: keys.assignment(next.caseId, a) } });
  }
  return writes;
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
  /** Further items in the same transaction (attachments being linked). */
  extra?: Record<string, unknown>[];
  idempotency?: {
    keyHash: string;
    requestHash: string;
    response: Record<string, unknown>;
    expiresAt: number;
  };
  /** Conditional items that refuse the write (rate limits); they come last in the transaction. */
  guards?: Record<string, unknown>[];
}

const putNew = (tableName: string, Item: Record<string, unknown>) => ({
  Put: { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' },
});

/**
 * The items that make a new case exist: the case, its first event, its reference index and (unless
 * `index: false`, for the parts of a split, which a transaction has no room for) its find index.
 */
export function newCaseItems(tableName: string, c: Case, event: AuditEvent, opts = { index: true }) {
  const indexed = opts.index ? { ...c, findHash: findHash(c) } : c;
  return [
    putNew(tableName, caseItem(indexed)),
    putNew(tableName, eventItem(event)),
    putNew(tableName, { ...keys.reference(c.reference), entity: 'reference', caseId: c.caseId }),
    putNew(tableName, { ...keys.caseIndex(c.receivedOn.slice(0, 7), c.caseId), entity: 'case_index' }),
    ...(opts.index ? findItems(c).map((Item) => ({ Put: { TableName: tableName, Item } })) : []),
  ];
}

/**
 * Indexes a case created without its find entries (a part of a split), right after it was created.
 * Conditioned on the case not having been indexed meanwhile; should it fail, the case's next save
 * indexes it (its `findHash` is absent).
 */
export async function indexNewCase(s: StoreContext, c: Case): Promise<void> {
  const hash = findHash(c);
  await s.db.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: s.tableName,
            Key: keys.case(c.caseId),
            UpdateExpression: 'SET findHash = :h',
            ConditionExpression: 'version = :v AND attribute_not_exists(findHash)',
            ExpressionAttributeValues: { ':h': hash, ':v': c.version },
          },
        },
        ...findItems(c).map((Item) => ({ Put: { TableName: s.tableName, Item } })),
      ],
    }),
  );
}

/** Creates a case with its first event, vaulted identity, receipt and idempotency record, atomically. */
export async function createCase(s: StoreContext, w: NewCaseWrite): Promise<void> {
  const items = [
    ...newCaseItems(s.tableName, w.case, w.event),
    putNew(s.tableName, { ...keys.identity(w.case.caseId), entity: 'identity', ...w.identity }),
    putNew(s.tableName, { ...keys.receipt(w.receiptHmac), entity: 'receipt', caseId: w.case.caseId }),
    ...(w.extra ?? []),
  ];
  if (w.idempotency) {
    const { keyHash, ...rest } = w.idempotency;
    items.push(putNew(s.tableName, { ...keys.idempotency(keyHash), entity: 'idempotency', ...rest }));
  }
  items.push(...(w.guards ?? []));
  await s.db.send(new TransactWriteCommand({ TransactItems: items }));
}

/**
 * Thrown when the case changed under us without a new version (a workflow token parked, a notice
 * recorded, an alert): re-read and decide again; the caller's version still holds.
 */
export class TokenRaceError extends Error {
  override name = 'TokenRaceError';
}

/**
 * Runs one read-decide-save attempt until it saves without a race (TokenRaceError), waiting a
 * little, at random, between attempts so that parallel writers spread out. Past `tries` the case
 * is busy: a 503 with Retry-After, nothing written.
 */
export async function untilSaved<T>(attempt: () => Promise<T>, tries = 8): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof TokenRaceError)) throw err;
      if (n >= tries) throw unavailable('the case is busy with other changes; try again', 1);
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(100, 5 * 2 ** n)));
    }
  }
}

export interface SaveOptions {
  /**
   * `consume`: a business change; the parked workflow token is removed (the caller resumes the
   * workflow with it). `keep`: bookkeeping by the system while the workflow may be parked.
   */
  token: 'consume' | 'keep';
  /** Further items in the same transaction (e.g. the cases a split creates). */
  extra?: Record<string, unknown>[];
}

/**
 * Writes a case and its new audit events in one transaction, conditioned on the exact state read
 * (version, audit seq and parked token). A changed version is a 409; any other change is a
 * TokenRaceError so the caller re-reads (nothing is ever lost or overwritten).
 */
export async function saveCase(
  s: StoreContext,
  prev: Case,
  next: Case,
  events: AuditEvent[],
  opts: SaveOptions,
): Promise<Case> {
  const last = events.at(-1);
  // Each public step carries the audit head it was recorded with (the tracking page shows it).
  const history = last
    ? next.history.map((h, i) =>
        i >= prev.history.length && !h.hash ? { ...h, seq: last.seq, hash: last.hash } : h,
      )
    : next.history;
  const base = { ...next, history, seq: last?.seq ?? prev.seq, headHash: last?.hash ?? prev.headHash };
  const { taskToken: _t, awaiting: _a, ...rest } = base;
  const kept: Case =
    opts.token === 'consume' ? rest : { ...rest, taskToken: prev.taskToken, awaiting: prev.awaiting };
  const hash = findHash(kept);
  const saved: Case = { ...kept, findHash: hash };
  const tokenCondition = prev.taskToken ? 'taskToken = :tok' : 'attribute_not_exists(taskToken)';
  try {
    await s.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: s.tableName,
              Item: caseItem(saved),
              ConditionExpression: `version = :v AND seq = :seq AND ${tokenCondition}`,
              ExpressionAttributeValues: {
                ':v': prev.version,
                ':seq': prev.seq,
                ...(prev.taskToken ? { ':tok': prev.taskToken } : {}),
              },
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            },
          },
          ...events.map((e) => putNew(s.tableName, eventItem(e))),
          ...assignmentWrites(s.tableName, prev, saved),
          ...findWrites(s.tableName, prev, saved, hash),
          ...(opts.extra ?? []),
        ],
      }),
    );
  } catch (err) {
    if (err instanceof TransactionCanceledException) {
      const old = err.CancellationReasons?.[0]?.Item;
      if (old && Number(old.version?.N) === prev.version)
        throw new TokenRaceError('the case changed without a new version');
      if (err.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed')
        throw conflict('the case was changed by someone else; reload it');
      // Another item's condition failed (a register number taken meanwhile): read again and retry.
      if (
        err.CancellationReasons?.some(
          (r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict',
        )
      )
        throw new TokenRaceError('a related item changed');
      throw err;
    }
    throw err;
  }
  return saved;
}

/** Case id of a reference, or null. */
export async function caseIdByReference(s: StoreContext, reference: string): Promise<string | null> {
  const out = await s.db.send(new GetCommand({ TableName: s.tableName, Key: keys.reference(reference) }));
  return typeof out.Item?.caseId === 'string' ? out.Item.caseId : null;
}

/** The case of a reference, or null: two reads (the reference, then the case). */
export async function caseByReference(s: StoreContext, reference: string): Promise<Case | null> {
  const caseId = await caseIdByReference(s, reference);
  return caseId ? getCase(s, caseId) : null;
}

export async function listEvents(s: StoreContext, caseId: string): Promise<AuditEvent[]> {
  return (await listEventItems(s, caseId)).map((item) => auditEventSchema.parse(item));
}

/** A case's audit events as stored, unparsed (verify judges a malformed event instead of failing). */
export function listEventItems(s: StoreContext, caseId: string): Promise<Record<string, unknown>[]> {
  return listChainItems(s, keys.case(caseId).PK);
}

/** The `EVT#` items of one chain's partition (a case, or the admin log), oldest first, unparsed. */
export async function listChainItems(s: StoreContext, pk: string): Promise<Record<string, unknown>[]> {
  const items = await queryAll(s, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :evt)',
    ExpressionAttributeValues: { ':pk': pk, ':evt': keys.eventPrefix },
    ConsistentRead: true,
  });
  return items.map(stripKeys);
}

export interface QueuePage {
  items: Case[];
  nextCursor: string | null;
}

export const encodeCursor = (k: Record<string, unknown> | undefined) =>
  k ? Buffer.from(JSON.stringify(k), 'utf8').toString('base64url') : null;

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (v && typeof v === 'object' && typeof v.PK === 'string' && typeof v.SK === 'string') return v;
  } catch {}
  throw invalid('invalid cursor', [{ path: ['cursor'], message: 'invalid_cursor' }]);
}

/**
 * A cursor as the start of a Query on `pk`: one from another list (another stage, another search)
 * is refused as invalid, rather than sent to DynamoDB, which would fail the request.
 */
export function startKey(
  cursor: Record<string, unknown> | undefined,
  index: { partitionKey: string; sortKey: string },
  pk: string,
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const fitting =
    cursor[index.partitionKey] === pk &&
    typeof cursor[index.sortKey] === 'string' &&
    Object.keys(cursor).every((k) => ['PK', 'SK', index.partitionKey, index.sortKey].includes(k));
  if (!fitting) throw invalid('invalid cursor', [{ path: ['cursor'], message: 'invalid_cursor' }]);
  return cursor;
}

export type QueueView =
  | { kind: 'stage'; committee: string; status: string }
  | { kind: 'mine'; staffId: string }
  | { kind: 'done'; staffId: string }
  | { kind: 'overdue'; committee: string }
  | { kind: 'due_before'; committee: string; before: string };

type Index = (typeof tableDefinition.indexes)[keyof typeof tableDefinition.indexes];

function viewKey(v: QueueView): { index: Index; pk: string; before?: string; latestFirst?: boolean } {
  const i = tableDefinition.indexes;
  switch (v.kind) {
    case 'stage':
      return { index: i.queue, pk: keys.queuePk(v.committee, v.status) };
    case 'mine':
      return { index: i.assignee, pk: keys.assigneePk(v.staffId) };
    case 'done':
      return { index: i.assignee, pk: keys.donePk(v.staffId), latestFirst: true };
    case 'overdue':
      return { index: i.overdue, pk: keys.overduePk(v.committee) };
    case 'due_before':
      return { index: i.open, pk: keys.openPk(v.committee), before: v.before };
  }
}

/** One page of a queue, by due date: exactly one Query on a sparse index, whatever the number of cases. */
export async function queryQueue(
  s: StoreContext,
  v: QueueView,
  page: { limit: number; cursor?: Record<string, unknown> },
): Promise<QueuePage> {
  const { index, pk, before, latestFirst } = viewKey(v);
  const out = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      IndexName: index.name,
      KeyConditionExpression: before
        ? `${index.partitionKey} = :pk AND ${index.sortKey} < :before`
        : `${index.partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': pk, ...(before ? { ':before': before } : {}) },
      Limit: page.limit,
      ExclusiveStartKey: startKey(page.cursor, index, pk),
      ScanIndexForward: !latestFirst,
    }),
  );
  return { items: (out.Items ?? []).map(parseCase), nextCursor: encodeCursor(out.LastEvaluatedKey) };
}

/** A committee's overdue cases, by due date, as references only (the leadership dashboard). */
export async function overdueReferences(s: StoreContext, committee: string, limit: number) {
  const index = tableDefinition.indexes.overdue;
  const out = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      IndexName: index.name,
      KeyConditionExpression: `${index.partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': keys.overduePk(committee) },
      ProjectionExpression: '#r, #k, #c, #s, #d, #o',
      ExpressionAttributeNames: {
        '#r': 'reference',
        '#k': 'kind',
        '#c': 'committee',
        '#s': 'status',
        '#d': 'dueAt',
        '#o': 'overdue',
      },
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((i) => ({
    reference: String(i.reference),
    kind: String(i.kind),
    committee: String(i.committee),
    status: String(i.status),
    dueAt: (i.dueAt as string | null) ?? null,
    overdue: (i.overdue as string[]) ?? [],
  }));
}

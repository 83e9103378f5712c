/**
 * Rendered documents of a case, one item each beside the case (`DOC#<sha256>`), written in the
 * action's own transaction; and the committee's register of issued numbers, allocated gap-free in
 * that same transaction (a conditional increment: a lost race re-reads and renders again).
 */
import { BatchGetCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { StoreContext } from './case-repository.js';
import { type Committee, committeeKey, parseCommittee } from './committees.js';
import { keys, stripKeys } from './keys.js';

export const documentRecordSchema = z.object({
  documentId: z.string(),
  caseId: z.string(),
  sha256: z.string(),
  size: z.int().check(z.gte(0)),
  blobKey: z.string(),
  /** draft: a proposal's PDF; decision: the issued document; notice: what a denouncer receives. */
  role: z.enum(['draft', 'decision', 'notice']),
  locale: z.enum(['vi', 'en']),
  /** Only documents addressed to the filer are reachable with the receipt. */
  audience: z.enum(['staff', 'filer']),
  title: z.string(),
  number: z.optional(z.string()),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  renderMs: z.optional(z.int().check(z.gte(0))),
});
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

export function documentPut(tableName: string, d: DocumentRecord) {
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.document(d.caseId, d.documentId), entity: 'document', ...d },
    },
  };
}

export async function listDocuments(s: StoreContext, caseId: string): Promise<DocumentRecord[]> {
  const out = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :doc)',
      ExpressionAttributeValues: { ':pk': keys.case(caseId).PK, ':doc': keys.documentPrefix },
    }),
  );
  return (out.Items ?? [])
    .map((i) => documentRecordSchema.parse(stripKeys(i)))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

export async function getDocument(s: StoreContext, caseId: string, documentId: string) {
  if (!/^[0-9a-f]{64}$/.test(documentId)) return null;
  const out = await s.db.send(
    new GetCommand({ TableName: s.tableName, Key: keys.document(caseId, documentId) }),
  );
  return out.Item ? documentRecordSchema.parse(stripKeys(out.Item)) : null;
}

/**
 * The committee (for the document's heading) and the last number its register gave this year (0 if
 * none), in one BatchGetItem, so an approval stays within three requests.
 */
export async function issuerAndRegister(
  s: StoreContext,
  committee: string,
  year: string,
): Promise<{ committee: Committee | undefined; last: number }> {
  const register = keys.register(committee, year);
  const out = await s.db.send(
    new BatchGetCommand({
      RequestItems: { [s.tableName]: { Keys: [register, committeeKey(committee)], ConsistentRead: true } },
    }),
  );
  const items = out.Responses?.[s.tableName] ?? [];
  const reg = items.find((i) => i.PK === register.PK);
  const com = items.find((i) => i.PK !== register.PK);
  return {
    committee: com ? parseCommittee(com) : undefined,
    last: typeof reg?.last === 'number' ? reg.last : 0,
  };
}

/** Takes the next `count` numbers after `last`; the transaction fails if someone else took one first. */
export function registerNext(tableName: string, committee: string, year: string, last: number, count = 1) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.register(committee, year),
      UpdateExpression: 'SET #last = :next, entity = :e',
      ConditionExpression: last === 0 ? 'attribute_not_exists(#last)' : '#last = :last',
      ExpressionAttributeNames: { '#last': 'last' },
      ExpressionAttributeValues: {
        ':next': last + count,
        ':e': 'register',
        ...(last === 0 ? {} : { ':last': last }),
      },
    },
  };
}

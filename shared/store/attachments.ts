/** Attachment records: reserved before upload, checked and linked to a case at filing. */
import { BatchGetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { attachmentSummarySchema } from '../domain/attachments.js';
import type { StoreContext } from './case-repository.js';
import { stripKeys } from './keys.js';

export const attachmentKey = (id: string) => ({ PK: `ATT#${id}`, SK: 'ATT' });

export const attachmentRecordSchema = z.extend(attachmentSummarySchema, {
  state: z.enum(['pending', 'attached']),
  caseId: z.optional(z.string()),
});
export type AttachmentRecord = z.infer<typeof attachmentRecordSchema>;

/** Unattached reservations expire after a day (TTL). */
export async function reserveAttachment(s: StoreContext, a: AttachmentRecord, now: Date): Promise<void> {
  await s.db.send(
    new PutCommand({
      TableName: s.tableName,
      Item: {
        ...attachmentKey(a.attachmentId),
        entity: 'attachment',
        ...a,
        expiresAt: Math.floor(now.getTime() / 1000) + 86_400,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

/** Every record asked for, in one BatchGetItem (at most 10 per case). */
export async function getAttachments(s: StoreContext, ids: readonly string[]): Promise<AttachmentRecord[]> {
  if (ids.length === 0) return [];
  const out = await s.db.send(
    new BatchGetCommand({
      RequestItems: { [s.tableName]: { Keys: ids.map(attachmentKey), ConsistentRead: true } },
    }),
  );
  return (out.Responses?.[s.tableName] ?? []).map((i) => attachmentRecordSchema.parse(stripKeys(i)));
}

/** The transaction items that link attachments to a new case (only if still pending). */
export function attachItems(tableName: string, records: readonly AttachmentRecord[], caseId: string) {
  return records.map((a) => ({
    Update: {
      TableName: tableName,
      Key: attachmentKey(a.attachmentId),
      UpdateExpression: 'SET #state = :attached, caseId = :c REMOVE expiresAt',
      ConditionExpression: '#state = :pending',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':attached': 'attached', ':pending': 'pending', ':c': caseId },
    },
  }));
}

/**
 * Every admin change is recorded (who, what, when) in one hash chain, anchored like a case's trail:
 * staff roles and committees decide who sees what, so their history must hold against an admin too.
 * An entry is appended in one transaction with the log's head, conditioned on the head read.
 */

import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ADMIN_CHAIN_ID } from '../audit/anchor.js';
import { type AuditEvent, chainEvent } from '../audit/chain.js';
import { type Actor, auditActor } from '../domain/actor.js';
import { listChainItems, type StoreContext } from '../store/case-repository.js';
import { keys } from '../store/keys.js';

export interface AdminLogHead {
  seq: number;
  headHash: string | null;
}

export async function adminLogHead(s: StoreContext): Promise<AdminLogHead> {
  const out = await s.db.send(
    new GetCommand({ TableName: s.tableName, Key: keys.adminLogHead, ConsistentRead: true }),
  );
  return out.Item
    ? { seq: Number(out.Item.seq), headHash: String(out.Item.headHash) }
    : { seq: 0, headHash: null };
}

export async function logAdminChange(
  s: StoreContext,
  actor: Actor,
  action: string,
  target: string,
  data: Record<string, unknown>,
  now: Date,
): Promise<AuditEvent> {
  for (let attempt = 0; ; attempt++) {
    const head = await adminLogHead(s);
    const event = chainEvent(
      ADMIN_CHAIN_ID,
      head.headHash ? { seq: head.seq, headHash: head.headHash } : null,
      {
        at: now.toISOString(),
        actor: auditActor(actor),
        action,
        from: null,
        to: null,
        data: { target, ...data },
      },
    );
    try {
      await s.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: s.tableName,
                Item: {
                  ...keys.adminLogHead,
                  entity: 'admin_log_head',
                  seq: event.seq,
                  headHash: event.hash,
                },
                ConditionExpression: head.headHash ? 'seq = :seq' : 'attribute_not_exists(PK)',
                ...(head.headHash ? { ExpressionAttributeValues: { ':seq': head.seq } } : {}),
              },
            },
            {
              Put: {
                TableName: s.tableName,
                Item: { ...keys.adminLogEvent(event.seq), entity: 'admin_log', ...event },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ],
        }),
      );
      return event;
    } catch (err) {
      // Another admin change took this number: append after it.
      if (err instanceof TransactionCanceledException && attempt < 8) continue;
      throw err;
    }
  }
}

/** The admin log as stored, oldest first (unparsed: verify judges malformed entries). */
export function listAdminLog(s: StoreContext): Promise<Record<string, unknown>[]> {
  return listChainItems(s, keys.adminLogPK);
}

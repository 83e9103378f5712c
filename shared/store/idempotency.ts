/**
 * Idempotency for the public writes that take an optional Idempotency-Key (messages, withdrawals,
 * upload reservations): the first request with a key claims it, runs, and records its answer; a
 * retry with the same key and request gets that answer again; the same key with another request is
 * a 422; a retry while the first is still running is a 409. Filing (`POST /public/cases`) keeps the
 * key inside its own transaction (shared/cases/submit-case.ts).
 */
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { canonicalJson } from '../audit/canonical.js';
import { conflict, invalid } from '../domain/errors.js';
import type { StoreContext } from './case-repository.js';
import { keys } from './keys.js';

const TTL_SECONDS = 24 * 3600;

export interface StoredAnswer {
  status: number;
  body: unknown;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Keys are per route, so one key used on two routes never collides; the request is hashed whole. */
export function idempotencyHashes(route: string, key: string, request: unknown) {
  return { keyHash: sha256(`idem\0${route}\0${key}`), requestHash: sha256(canonicalJson(request)) };
}

/**
 * Claims the key, or returns the answer recorded for it. Throws 422 for the same key with another
 * request, 409 while the first request with the key is still running.
 */
export async function claimKey(
  s: StoreContext,
  h: { keyHash: string; requestHash: string },
  now: Date,
): Promise<StoredAnswer | null> {
  try {
    await s.db.send(
      new PutCommand({
        TableName: s.tableName,
        Item: {
          ...keys.idempotency(h.keyHash),
          requestHash: h.requestHash,
          state: 'running',
          expiresAt: Math.floor(now.getTime() / 1000) + TTL_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return null;
  } catch (err) {
    if (!(err instanceof ConditionalCheckFailedException)) throw err;
  }
  const out = await s.db.send(
    new GetCommand({ TableName: s.tableName, Key: keys.idempotency(h.keyHash), ConsistentRead: true }),
  );
  const item = out.Item;
  if (!item) return claimKey(s, h, now);
  if (item.requestHash !== h.requestHash)
    throw invalid('idempotency key reused with another request', [
      { path: ['Idempotency-Key'], message: 'idempotency_mismatch' },
    ]);
  if (item.state !== 'done') throw conflict('a request with this Idempotency-Key is still running; retry');
  return item.answer as StoredAnswer;
}

/** Records the answer of a successful request under its key. */
export async function recordAnswer(s: StoreContext, keyHash: string, answer: StoredAnswer): Promise<void> {
  await s.db.send(
    new UpdateCommand({
      TableName: s.tableName,
      Key: keys.idempotency(keyHash),
      UpdateExpression: 'SET #state = :done, answer = :a',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':done': 'done', ':a': answer },
    }),
  );
}

/** A request that failed gives its key back, so a retry runs afresh. */
export async function releaseKey(s: StoreContext, keyHash: string): Promise<void> {
  await s.db
    .send(
      new DeleteCommand({
        TableName: s.tableName,
        Key: keys.idempotency(keyHash),
        ConditionExpression: '#state = :running',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':running': 'running' },
      }),
    )
    .catch((err) => {
      // Already recorded as done (or gone): nothing to give back.
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    });
}

/**
 * Abuse limits in the application (DESIGN.md §3), per client and globally, as counters per fixed
 * window expired by TTL. Clients are counted by a hash of their address: the table holds no IP
 * addresses.
 *
 * - Failed receipt lookups: the counters are read with the receipt in one BatchGetItem and
 *   incremented only on a failure.
 * - Filings: the counters are conditional increments inside the filing's own transaction, so a
 *   limit costs no request and a refused filing stores nothing. The global counter is sharded so
 *   that concurrent filings rarely touch the same item.
 */

import { createHash, randomInt } from 'node:crypto';
import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './case-repository.js';

export const LOOKUP_LIMITS = {
  windowSeconds: 600,
  perClient: 20,
  global: 5_000,
} as const;

export interface SubmitLimits {
  perClient: number;
  global: number;
}

/** Filings per hour: a person files a few letters, not dozens; the global figure is a circuit breaker. */
export const SUBMIT_LIMITS = { windowSeconds: 3_600, perClient: 30, global: 20_000, shards: 16 } as const;

function limiterKeys(purpose: 'lookup' | 'submit', clientIp: string, now: Date, windowSeconds: number) {
  const w = Math.floor(now.getTime() / 1000 / windowSeconds);
  const client = createHash('sha256').update(`${purpose}\0${clientIp}`).digest('hex').slice(0, 32);
  return {
    window: w,
    client: { PK: `RATE#${purpose}#${client}`, SK: `W#${w}` },
    global: { PK: `RATE#${purpose}#global`, SK: `W#${w}` },
    retryAfter: (w + 1) * windowSeconds - Math.floor(now.getTime() / 1000),
  };
}

/**
 * Conditional increments for one filing: each fails its condition once its window is full. Put them
 * in the filing's transaction; a ConditionalCheckFailed on one of them means "rate limited".
 */
export function submitLimitItems(
  tableName: string,
  clientIp: string,
  now: Date,
  limits: SubmitLimits,
): { items: Record<string, unknown>[]; retryAfter: number } {
  const k = limiterKeys('submit', clientIp, now, SUBMIT_LIMITS.windowSeconds);
  const shard = randomInt(SUBMIT_LIMITS.shards);
  const perShard = Math.ceil(limits.global / SUBMIT_LIMITS.shards);
  const expiresAt = Math.floor(now.getTime() / 1000) + 2 * SUBMIT_LIMITS.windowSeconds;
  const increment = (Key: Record<string, string>, max: number) => ({
    Update: {
      TableName: tableName,
      Key,
      UpdateExpression: 'ADD #count :one SET expiresAt = :exp, entity = :e',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: { ':one': 1, ':exp': expiresAt, ':e': 'rate', ':max': max },
    },
  });
  return {
    items: [
      increment(k.client, limits.perClient),
      increment({ PK: k.global.PK, SK: `${k.global.SK}#${shard}` }, perShard),
    ],
    retryAfter: k.retryAfter,
  };
}

export interface LookupRead {
  caseId: string | null;
  limited: boolean;
  retryAfter: number;
}

/** One request: the receipt item and both failure counters. */
export async function readReceiptLimited(
  s: StoreContext,
  receiptKey: Record<string, string>,
  clientIp: string,
  now: Date,
): Promise<LookupRead> {
  const k = limiterKeys('lookup', clientIp, now, LOOKUP_LIMITS.windowSeconds);
  const out = await s.db.send(
    new BatchGetCommand({ RequestItems: { [s.tableName]: { Keys: [receiptKey, k.client, k.global] } } }),
  );
  const items = out.Responses?.[s.tableName] ?? [];
  const find = (key: Record<string, string>) => items.find((i) => i.PK === key.PK && i.SK === key.SK);
  const clientCount = Number(find(k.client)?.count ?? 0);
  const globalCount = Number(find(k.global)?.count ?? 0);
  const receipt = find(receiptKey);
  return {
    caseId: typeof receipt?.caseId === 'string' ? receipt.caseId : null,
    limited: clientCount >= LOOKUP_LIMITS.perClient || globalCount >= LOOKUP_LIMITS.global,
    retryAfter: k.retryAfter,
  };
}

export async function recordFailedLookup(s: StoreContext, clientIp: string, now: Date): Promise<void> {
  const k = limiterKeys('lookup', clientIp, now, LOOKUP_LIMITS.windowSeconds);
  const expiresAt = Math.floor(now.getTime() / 1000) + 2 * LOOKUP_LIMITS.windowSeconds;
  for (const key of [k.client, k.global]) {
    await s.db.send(
      new UpdateCommand({
        TableName: s.tableName,
        Key: key,
        UpdateExpression: 'ADD #count :one SET expiresAt = :exp, entity = :e',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':exp': expiresAt, ':e': 'rate' },
      }),
    );
  }
}

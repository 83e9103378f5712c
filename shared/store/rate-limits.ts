/**
 * Failed receipt lookups are limited per client and globally, in the application (DESIGN.md §3):
 * counters per fixed window, read together with the receipt in one BatchGetItem, incremented only
 * on a failure, expired by TTL.
 */

import { createHash } from 'node:crypto';
import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './case-repository.js';

export const LOOKUP_LIMITS = {
  windowSeconds: 600,
  perClient: 20,
  global: 5_000,
} as const;

const windowOf = (now: Date) => Math.floor(now.getTime() / 1000 / LOOKUP_LIMITS.windowSeconds);

/** Clients are counted by a hash of their address: the table holds no IP addresses. */
export function limiterKeys(clientIp: string, now: Date) {
  const w = windowOf(now);
  const client = createHash('sha256').update(`lookup\0${clientIp}`).digest('hex').slice(0, 32);
  return {
    client: { PK: `RATE#lookup#${client}`, SK: `W#${w}` },
    global: { PK: 'RATE#lookup#global', SK: `W#${w}` },
    retryAfter: (w + 1) * LOOKUP_LIMITS.windowSeconds - Math.floor(now.getTime() / 1000),
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
  const k = limiterKeys(clientIp, now);
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
  const k = limiterKeys(clientIp, now);
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

/**
 * Abuse limits in the application (DESIGN.md §3), per client and globally, as token buckets
 * (shared/store/gcra.ts): smooth, and each check-and-count one conditional write. Clients are
 * counted by a hash of their address: the table holds no IP addresses.
 *
 * - Failed receipt lookups: the buckets are read with the receipt in one BatchGetItem; a failure is
 *   counted with a conditional write, which refuses it (429) once the bucket is full, so parallel
 *   guesses cannot all slip under the limit. A receipt that resolves is never refused because of the
 *   global bucket (only because of the client's own).
 * - Filings: the counts are conditional updates inside the filing's own transaction, so a limit
 *   costs no extra write and a refused filing stores nothing. The global bucket is sharded.
 * - Upload reservations: per client and globally, before anything is reserved.
 */

import { createHash, randomInt } from 'node:crypto';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './case-repository.js';
import { consume, countUpdate, judge, type Rate, tatOf, type Verdict } from './gcra.js';

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

/**
 * Desk filings per hour, per staff member (issue 13 §5): a reception desk records far more than one
 * person files, and shares no allowance with the public; the global figure is again a breaker.
 */
export const DESK_LIMITS: SubmitLimits = { perClient: 200, global: 20_000 };

/** Upload reservations per hour (each up to 10 MB): enough for a few letters with their documents. */
export const UPLOAD_LIMITS = { windowSeconds: 3_600, perClient: 60, global: 5_000 } as const;

type Purpose = 'lookup' | 'submit' | 'desk' | 'upload';

function bucketKeys(purpose: Purpose, clientIp: string, shard?: number) {
  const client = createHash('sha256').update(`${purpose}\0${clientIp}`).digest('hex').slice(0, 32);
  return {
    client: { PK: `RATE#${purpose}#${client}`, SK: 'BUCKET' },
    global: { PK: `RATE#${purpose}#global`, SK: shard === undefined ? 'BUCKET' : `BUCKET#${shard}` },
  };
}

const rate = (perWindow: number, windowSeconds: number): Rate => ({ perWindow, windowSeconds });

export interface SubmitBuckets {
  keys: ReturnType<typeof bucketKeys>;
  rates: { client: Rate; global: Rate };
}

/**
 * The buckets one filing counts against (a random shard of the global one): a public filing by the
 * client's address, a desk filing by the staff member who records it.
 */
export function submitBuckets(
  client: string,
  limits: SubmitLimits,
  purpose: 'submit' | 'desk' = 'submit',
): SubmitBuckets {
  return {
    keys: bucketKeys(purpose, client, randomInt(SUBMIT_LIMITS.shards)),
    rates: {
      client: rate(limits.perClient, SUBMIT_LIMITS.windowSeconds),
      global: rate(Math.ceil(limits.global / SUBMIT_LIMITS.shards), SUBMIT_LIMITS.windowSeconds),
    },
  };
}

/**
 * The conditional counts for one filing, for its transaction, from the buckets as last seen: a
 * verdict if either is full already, else the two updates (a ConditionalCheckFailed on one means it
 * filled or changed meanwhile: judge again from the item returned).
 */
export function submitLimitItems(
  tableName: string,
  b: SubmitBuckets,
  seen: { client?: number; global?: number },
  now: Date,
): { refused: Verdict | null; items: Record<string, unknown>[] } {
  const t = now.getTime();
  for (const which of ['client', 'global'] as const) {
    const v = judge(b.rates[which], seen[which], t);
    if (!v.allowed) return { refused: v, items: [] };
  }
  return {
    refused: null,
    items: (['client', 'global'] as const).map((which) => ({
      Update: countUpdate(tableName, b.keys[which], b.rates[which], seen[which], t),
    })),
  };
}

export { tatOf };

export interface LookupRead {
  caseId: string | null;
  clientTat?: number;
  globalTat?: number;
}

const lookupRates = {
  client: rate(LOOKUP_LIMITS.perClient, LOOKUP_LIMITS.windowSeconds),
  global: rate(LOOKUP_LIMITS.global, LOOKUP_LIMITS.windowSeconds),
};

/** One request: the receipt item and both lookup buckets. */
export async function readReceiptLimited(
  s: StoreContext,
  receiptKey: Record<string, string>,
  clientIp: string,
): Promise<LookupRead> {
  const k = bucketKeys('lookup', clientIp);
  const out = await s.db.send(
    new BatchGetCommand({ RequestItems: { [s.tableName]: { Keys: [receiptKey, k.client, k.global] } } }),
  );
  const items = out.Responses?.[s.tableName] ?? [];
  const find = (key: Record<string, string>) => items.find((i) => i.PK === key.PK && i.SK === key.SK);
  const receipt = find(receiptKey);
  return {
    caseId: typeof receipt?.caseId === 'string' ? receipt.caseId : null,
    clientTat: tatOf(find(k.client)),
    globalTat: tatOf(find(k.global)),
  };
}

/** Whether this client may look up at all now (its own bucket; the global one never refuses a valid receipt). */
export function lookupAllowed(read: LookupRead, now: Date): Verdict {
  return judge(lookupRates.client, read.clientTat, now.getTime());
}

/** Counts a failed lookup against the client and in all; refused once either bucket is full. */
export async function countFailedLookup(
  s: StoreContext,
  clientIp: string,
  now: Date,
  read: LookupRead,
): Promise<Verdict> {
  const k = bucketKeys('lookup', clientIp);
  const client = await consume(s, k.client, lookupRates.client, now.getTime(), read.clientTat);
  if (!client.allowed) return client;
  return consume(s, k.global, lookupRates.global, now.getTime(), read.globalTat);
}

/** Counts an upload reservation against the client and in all. */
export async function countUpload(s: StoreContext, clientIp: string, now: Date): Promise<Verdict> {
  const k = bucketKeys('upload', clientIp);
  const t = now.getTime();
  const client = await consume(s, k.client, rate(UPLOAD_LIMITS.perClient, UPLOAD_LIMITS.windowSeconds), t);
  if (!client.allowed) return client;
  return consume(s, k.global, rate(UPLOAD_LIMITS.global, UPLOAD_LIMITS.windowSeconds), t);
}

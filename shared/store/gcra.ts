/**
 * A token bucket as one number per client: GCRA (the generic cell rate algorithm). Each key keeps a
 * theoretical arrival time `tat`; a request is allowed while `tat - now` stays within the burst, and
 * moves `tat` one interval on. Limits roll over smoothly (no window edge that doubles the
 * allowance), and a check-and-count is one conditional write: relative (`tat + T`, so concurrent
 * requests never lose a count) while the bucket is in use, absolute (`now + T`) when it was idle.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './case-repository.js';

export interface Rate {
  /** Requests allowed at once (the burst), and per window on average. */
  perWindow: number;
  windowSeconds: number;
}

export interface Verdict {
  allowed: boolean;
  /** Seconds until one more request is allowed (0 if allowed). */
  retryAfter: number;
}

const interval = (r: Rate) => (r.windowSeconds * 1000) / r.perWindow;
const burst = (r: Rate) => interval(r) * (r.perWindow - 1);

/**
 * A `tat` further ahead than any count can push it (now + burst + one interval) was set by a clock
 * that has since gone back (a corrected clock; tests that travel in time): the bucket starts afresh.
 */
const impossible = (r: Rate, now: number) => now + burst(r) + interval(r);
const stale = (r: Rate, tat: number | undefined, now: number) =>
  tat === undefined || tat < now || tat > impossible(r, now);

/** The verdict for a key whose `tat` was read as `tat` (undefined: never used). Pure. */
export function judge(rate: Rate, tat: number | undefined, now: number): Verdict {
  if (stale(rate, tat, now)) return { allowed: true, retryAfter: 0 };
  const t = Math.max(tat ?? 0, now);
  if (t - now <= burst(rate)) return { allowed: true, retryAfter: 0 };
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((t - burst(rate) - now) / 1000)) };
}

/**
 * The conditional update that counts one request, chosen by the `tat` last seen: it fails (and
 * returns the item as it is) if the bucket is full or changed form meanwhile.
 */
export function countUpdate(
  tableName: string,
  key: { PK: string; SK: string },
  rate: Rate,
  seen: number | undefined,
  now: number,
) {
  const expiresAt = Math.ceil((now + burst(rate) + 2 * interval(rate)) / 1000);
  const idle = stale(rate, seen, now);
  return {
    TableName: tableName,
    Key: key,
    ...(idle
      ? {
          UpdateExpression: 'SET tat = :next, expiresAt = :exp, entity = :e',
          ConditionExpression: 'attribute_not_exists(tat) OR tat < :now OR tat > :impossible',
          ExpressionAttributeValues: {
            ':next': now + interval(rate),
            ':now': now,
            ':impossible': impossible(rate, now),
            ':exp': expiresAt,
            ':e': 'rate',
          },
        }
      : {
          // Relative: concurrent counts add up; the bucket moves on only while it has room.
          UpdateExpression: 'SET tat = tat + :t, expiresAt = :exp',
          ConditionExpression: 'tat BETWEEN :now AND :full',
          ExpressionAttributeValues: {
            ':t': interval(rate),
            ':now': now,
            ':full': now + burst(rate),
            ':exp': expiresAt,
          },
        }),
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
}

/** Counts one request against a key: allowed and counted, or refused (nothing counted). */
export async function consume(
  s: StoreContext,
  key: { PK: string; SK: string },
  rate: Rate,
  now: number,
  seen?: number,
): Promise<Verdict> {
  let tat = seen;
  for (let attempt = 0; attempt < 4; attempt++) {
    const verdict = judge(rate, tat, now);
    if (!verdict.allowed) return verdict;
    try {
      await s.db.send(new UpdateCommand(countUpdate(s.tableName, key, rate, tat, now)));
      return verdict;
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      // Someone counted meanwhile: judge again from the value as it is now.
      tat = tatOf(err.Item);
    }
  }
  // Counted over by others four times in a row: the bucket is as good as full.
  return { allowed: false, retryAfter: 1 };
}

/** The `tat` of an item as returned with a failed condition (marshalled) or read (plain). */
export function tatOf(item: Record<string, unknown> | undefined): number | undefined {
  const v = item?.tat as { N?: string } | number | undefined;
  if (v === undefined) return undefined;
  return typeof v === 'number' ? v : Number(v.N);
}

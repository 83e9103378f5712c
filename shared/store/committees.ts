/**
 * Committees (inspection bodies) as configuration items. Read through a short in-memory cache:
 * the intake path checks the addressed committee exists without a read per request.
 */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { StoreContext } from './case-repository.js';

export const committeeSchema = z.object({
  committeeId: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  level: z.string().optional(),
  /** The procedure profile its cases follow (default: state law). */
  profileId: z.string().optional(),
});
export type Committee = z.infer<typeof committeeSchema>;

const PK = 'CONFIG#committees';
const CACHE_MS = 60_000;
let cache: { at: number; table: string; items: Committee[] } | undefined;

/** The committees, from a cache of up to a minute unless `fresh` (the admin pages). */
export async function listCommittees(s: StoreContext, opts: { fresh?: boolean } = {}): Promise<Committee[]> {
  const now = Date.now();
  if (!opts.fresh && cache && cache.table === s.tableName && now - cache.at < CACHE_MS) return cache.items;
  const out = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': PK },
    }),
  );
  const items = (out.Items ?? []).map((i) =>
    committeeSchema.parse({
      committeeId: i.committeeId,
      name: i.name,
      level: i.level,
      profileId: i.profileId,
    }),
  );
  cache = { at: now, table: s.tableName, items };
  return items;
}

export async function putCommittee(s: StoreContext, c: Committee): Promise<void> {
  await s.db.send(
    new PutCommand({
      TableName: s.tableName,
      Item: { PK, SK: `COMMITTEE#${c.committeeId}`, entity: 'committee', ...c },
    }),
  );
  cache = undefined;
}

/**
 * Committees (inspection bodies) as configuration items. Read through a short in-memory cache:
 * the intake path checks the addressed committee exists without a read per request.
 */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod/mini';
import { committee } from '../api/contracts/common.js';
import type { StoreContext } from './case-repository.js';

/** One definition, in the contracts (the admin API answers with it). */
export const committeeSchema = committee;
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
  const items = (out.Items ?? []).map(parseCommittee);
  cache = { at: now, table: s.tableName, items };
  return items;
}

export const committeeKey = (committeeId: string) => ({ PK, SK: `COMMITTEE#${committeeId}` });

export function parseCommittee(i: Record<string, unknown>): Committee {
  return committeeSchema.parse({
    committeeId: i.committeeId,
    name: i.name,
    level: i.level,
    profileId: i.profileId,
    symbol: i.symbol,
    place: i.place,
    parent: i.parent,
    collective: i.collective,
    signerTitle: i.signerTitle,
  });
}

export async function putCommittee(s: StoreContext, c: Committee): Promise<void> {
  await s.db.send(
    new PutCommand({
      TableName: s.tableName,
      Item: { ...committeeKey(c.committeeId), entity: 'committee', ...c },
    }),
  );
  cache = undefined;
}

/** What a committee's documents say of it. */
export function documentIssuer(c: Committee | undefined, committeeId: string, fallbackPlace: string) {
  return {
    name: c?.name ?? { vi: committeeId, en: committeeId },
    symbol: c?.symbol ?? committeeId.replace(/-/g, '').toUpperCase(),
    place: c?.place ?? fallbackPlace,
    parent: c?.parent,
    collective: c?.collective,
    signerTitle: c?.signerTitle,
  };
}

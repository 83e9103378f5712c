/**
 * The tamper trial (issue 11): clones a real case's trail into `n` cases, lets the anchor sign them,
 * then tampers each one as an insider with table write access would (edit, re-hash, delete, reorder,
 * insert, truncate, move the head, corrupt) and asks both verifiers, the API and the CLI's core,
 * whether they notice. Run by the integration test (a few hundred) and by `npm run bench` (1 000+).
 */
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type AuditEvent, chainEvent } from '../../shared/audit/chain.js';
import { localCheckpointLog } from '../../shared/audit/checkpoint-log.js';
import type { StoreContext } from '../../shared/store/case-repository.js';
import { keys } from '../../shared/store/keys.js';
import type { Runtime } from './runtime.js';
import { verifyAll } from './verify-all.js';

export const TAMPERINGS = [
  'edit',
  'rehash',
  'delete',
  'reorder',
  'insert',
  'truncate',
  'head',
  'malformed',
] as const;
export type Tampering = (typeof TAMPERINGS)[number];

type Item = Record<string, unknown>;

/** A token, or where a run outlives an access token (five minutes), a way to get a fresh one. */
export type TokenSource = string | (() => Promise<string>);
export const bearerOf = async (t: TokenSource) => (typeof t === 'string' ? t : t());

/** Runs `work` over `items`, eight at a time. */
async function pool<T>(items: readonly T[], work: (item: T) => Promise<void>, size = 8): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** A small deterministic generator: the same seed tampers the same way. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

function rechain(caseId: string, events: readonly AuditEvent[], from = 0): AuditEvent[] {
  const out = events.slice(0, from).map((e) => ({ ...e }));
  for (const e of events.slice(from)) {
    const prev = out.at(-1);
    const { caseId: _c, seq: _s, prevHash: _p, hash: _h, ...draft } = e;
    out.push(chainEvent(caseId, prev ? { seq: prev.seq, headHash: prev.hash } : null, draft));
  }
  return out;
}

const eventItem = (e: AuditEvent | Item) => ({
  ...keys.event(String(e.caseId), Number(e.seq)),
  entity: 'event',
  ...e,
});

async function writeAll(s: StoreContext, puts: Item[], deletes: { PK: string; SK: string }[] = []) {
  const requests = [
    ...puts.map((Item) => ({ PutRequest: { Item } })),
    ...deletes.map((Key) => ({ DeleteRequest: { Key } })),
  ];
  for (let i = 0; i < requests.length; i += 25) {
    let batch: Record<string, unknown[]> | undefined = { [s.tableName]: requests.slice(i, i + 25) };
    while (batch && Object.keys(batch).length) {
      const out = await s.db.send(new BatchWriteCommand({ RequestItems: batch as never }));
      batch = out.UnprocessedItems as Record<string, unknown[]> | undefined;
    }
  }
}

async function trailOf(s: StoreContext, caseId: string) {
  const c = await s.db.send(new GetCommand({ TableName: s.tableName, Key: keys.case(caseId) }));
  const ev = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :e)',
      ExpressionAttributeValues: { ':pk': keys.case(caseId).PK, ':e': keys.eventPrefix },
    }),
  );
  const strip = ({ PK: _p, SK: _s, entity: _e, ...rest }: Item) => rest as unknown as AuditEvent;
  return { caseItem: c.Item as Item, events: (ev.Items ?? []).map(strip) };
}

/** `n` copies of a case's trail under new ids, with their case items. */
export async function cloneTrail(s: StoreContext, caseId: string, n: number): Promise<string[]> {
  const { caseItem, events } = await trailOf(s, caseId);
  const ids: string[] = [];
  let puts: Item[] = [];
  for (let k = 0; k < n; k++) {
    const id = randomUUID();
    ids.push(id);
    // Without metric facts: the copies are not cases and must not be counted on the dashboard.
    const trail = rechain(
      id,
      events.map(({ data: { m: _m, ...data }, ...e }) => ({ ...e, data, caseId: id })),
    );
    const head = trail.at(-1)!;
    // Only the base item: the copies stay out of queues and indexes.
    puts.push({
      ...keys.case(id),
      entity: 'case',
      ...stripIndexKeys(caseItem),
      caseId: id,
      seq: head.seq,
      headHash: head.hash,
    });
    puts.push(...trail.map(eventItem));
    if (puts.length >= 500) {
      await writeAll(s, puts);
      puts = [];
    }
  }
  await writeAll(s, puts);
  return ids;
}

function stripIndexKeys(item: Item): Item {
  const out: Item = {};
  for (const [k, v] of Object.entries(item)) if (!/^(PK|SK|GSI\d(PK|SK)|entity)$/.test(k)) out[k] = v;
  return out;
}

/** Tampers one case's stored trail; returns what was done. */
export async function tamper(s: StoreContext, caseId: string, kind: Tampering, pick: (n: number) => number) {
  const { caseItem, events } = await trailOf(s, caseId);
  const n = events.length;
  const i = pick(n);
  const head = (t: readonly AuditEvent[]) => ({
    ...caseItem,
    seq: t.length,
    headHash: t.at(-1)?.hash ?? caseItem.headHash,
  });
  const rewrite = async (t: AuditEvent[]) => {
    const gone = events.slice(t.length).map((e) => keys.event(caseId, e.seq));
    await writeAll(s, [...t.map(eventItem), head(t)], gone);
  };
  switch (kind) {
    case 'edit':
      await writeAll(s, [eventItem({ ...events[i]!, data: { ...events[i]!.data, forged: true } })]);
      break;
    case 'rehash':
      await rewrite(
        rechain(
          caseId,
          events.map((e, k) => (k === i ? { ...e, action: `${e.action}_x` } : e)),
          i,
        ),
      );
      break;
    case 'delete':
      await rewrite(
        rechain(
          caseId,
          events.filter((_, k) => k !== i),
          i,
        ),
      );
      break;
    case 'reorder': {
      const j = i === n - 1 ? i - 1 : i + 1;
      const t = [...events];
      [t[i], t[j]] = [t[j]!, t[i]!];
      await rewrite(rechain(caseId, t, Math.min(i, j)));
      break;
    }
    case 'insert': {
      const forged = { ...events[i]!, action: 'identity_reveal', data: { reason: 'forged' } };
      await rewrite(rechain(caseId, [...events.slice(0, i), forged, ...events.slice(i)], i));
      break;
    }
    case 'truncate':
      await rewrite(events.slice(0, Math.min(i, n - 1)));
      break;
    case 'head': {
      const to = Math.min(i, n - 1);
      await writeAll(s, [{ ...caseItem, seq: to, headHash: events[to - 1]?.hash ?? 'x'.repeat(64) }]);
      break;
    }
    case 'malformed': {
      const broken: Item = { ...events[i]!, seq: i + 1 };
      const field = ['actor', 'at', 'hash', 'data'][pick(4)]!;
      broken[field] = field === 'data' ? 'not an object' : field === 'at' ? 'yesterday' : 42;
      await writeAll(s, [eventItem(broken)]);
      break;
    }
  }
  return { kind, at: i + 1 };
}

export interface TamperResult {
  tampered: number;
  byKind: Record<Tampering, number>;
  api: { detected: number; missed: string[]; serverErrors: number };
  cli: { detected: number; missed: string[] };
}

/**
 * Clones `caseId` `n` times, anchors the clones, tampers each, and verifies through the API
 * (`token` must see the case's committee) and through the CLI's core.
 */
export async function tamperTrial(
  rt: Runtime & { anchors: { drain(): Promise<number> } },
  s: StoreContext,
  opts: { caseId: string; n: number; token: TokenSource; seed?: number; onStep?: (what: string) => void },
): Promise<TamperResult> {
  const lap = (() => {
    let t = Date.now();
    return (what: string) => {
      if (process.env.TAMPER_TRACE) console.error(`tamper: ${what} ${Date.now() - t} ms`);
      opts.onStep?.(what);
      t = Date.now();
    };
  })();
  const ids = await cloneTrail(s, opts.caseId, opts.n);
  lap('clone');
  await rt.anchors.drain();
  lap('anchor clones');
  const pick = rng(opts.seed ?? 11);
  const byKind = Object.fromEntries(TAMPERINGS.map((k) => [k, 0])) as Record<Tampering, number>;
  const what = new Map<string, string>();
  // The positions are drawn up front, so a run is the same whatever order the pool finishes in.
  const plan = ids.map((id, k) => {
    const kind = TAMPERINGS[k % TAMPERINGS.length]!;
    byKind[kind]++;
    const draws = [pick(1 << 30), pick(1 << 30)];
    return { id, kind, pickFrom: (n: number) => draws.shift()! % n };
  });
  await pool(plan, async (p) => {
    const done = await tamper(s, p.id, p.kind, p.pickFrom);
    what.set(p.id, `${done.kind}@${done.at}`);
  });
  lap('tamper');
  // The forged writes reach the stream and are anchored too: verify after that, the harder case.
  await rt.anchors.drain();
  lap('anchor forgeries');

  const api = { detected: 0, missed: [] as string[], serverErrors: 0 };
  await pool(ids, async (id) => {
    const r = await fetch(`${rt.apiUrl}/cases/${id}/audit/verify`, {
      headers: { authorization: `Bearer ${await bearerOf(opts.token)}` },
    });
    if (r.status >= 500) api.serverErrors++;
    const body = (await r.json()) as { valid?: boolean };
    if (r.status === 200 && body.valid === false) api.detected++;
    else api.missed.push(`${what.get(id)} → ${r.status} ${JSON.stringify(body)}`);
  });
  lap('verify through the API');
  const log = localCheckpointLog(rt.checkpointFile, `${rt.dataDir}/anchor-key.pem`);
  const reports = await verifyAll(s, log, ids);
  const cli = { detected: 0, missed: [] as string[] };
  for (const r of reports) {
    if (r.verdict && !r.verdict.valid) cli.detected++;
    else cli.missed.push(`${what.get(r.id)} → ${r.error ?? JSON.stringify(r.verdict)}`);
  }
  lap('verify as the CLI does');
  return { tampered: ids.length, byKind, api, cli };
}

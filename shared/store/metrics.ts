/**
 * Metric counters (DESIGN.md §3, §6), written by the projector only, in three layouts chosen so that
 * every figure the dashboard and the reports show is one Query whatever the number of cases:
 *
 * - totals    `METRIC#<scope>#T`          `<D|M|Q|Y>#<period>#<kind or *>`   trends and report rows
 * - breakdown `METRIC#<scope>#<period>`   `<kind>#<field>`                  by kind, field, outcome
 * - now       `METRIC#<scope>#NOW`        `OPEN#<week of receipt>`, `OVERDUE#<committee>`   backlog
 *                                          `STAGE#<status>` (a committee's own scope only)  tab counts
 *
 * `scope` is a committee id, or `*` for all committees. Each event is applied once: its counter
 * updates and a marker `METRIC#SEEN#<caseId>` / `<seq>` go in one transaction conditioned on the
 * marker's absence, so replaying a stream record never counts twice.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseFacts, Counts, Delta, ProjectedEvent } from '../domain/metrics.js';
import { counterNames, periodsOf, sumCounts, weekOf } from '../domain/metrics.js';
import type { StoreContext } from './case-repository.js';
import { queryAll } from './query.js';

export const ALL = '*';
/** Markers outlive the stream's 24-hour retention, then expire. */
const SEEN_TTL_SECONDS = 7 * 24 * 3600;

export interface CounterWrite {
  key: { PK: string; SK: string };
  counts: Counts;
}

export const metricKeys = {
  totalsPk: (scope: string) => `METRIC#${scope}#T`,
  breakdownPk: (scope: string, period: string) => `METRIC#${scope}#${period}`,
  nowPk: (scope: string) => `METRIC#${scope}#NOW`,
  seen: (caseId: string, seq: number) => ({ PK: `METRIC#SEEN#${caseId}`, SK: String(seq).padStart(8, '0') }),
};

/**
 * Every counter item carries every counter (zeros added), so items have the same shape and size at
 * a thousand cases as at a million: what a read costs depends on the number of items only.
 */
const ZEROS: Counts = Object.fromEntries(counterNames.map((k) => [k, 0]));

/** Every counter one event changes (the same list for the live projector and the recount). */
export function counterWrites(facts: CaseFacts, e: ProjectedEvent, delta: Delta): CounterWrite[] {
  const p = periodsOf(e.at);
  const out: CounterWrite[] = [];
  const scopes = [facts.committee, ALL];
  const d = { ...delta, counts: { ...ZEROS, ...delta.counts } };
  if (Object.keys(delta.counts).length) {
    for (const scope of delta.countsOwnScopeOnly ? [facts.committee] : scopes) {
      for (const [grain, period] of [
        ['D', p.day],
        ['M', p.month],
        ['Q', p.quarter],
        ['Y', p.year],
      ] as const) {
        for (const kind of [facts.kind, ALL]) {
          out.push({
            key: { PK: metricKeys.totalsPk(scope), SK: `${grain}#${period}#${kind}` },
            counts: d.counts,
          });
        }
      }
      for (const period of [p.month, p.quarter, p.year]) {
        out.push({
          key: { PK: metricKeys.breakdownPk(scope, period), SK: `${facts.kind}#${facts.field}` },
          counts: d.counts,
        });
      }
    }
  }
  for (const scope of scopes) {
    if (d.open)
      out.push({
        key: { PK: metricKeys.nowPk(scope), SK: `OPEN#${weekOf(facts.receivedOn)}` },
        counts: { open: d.open } as Counts,
      });
    if (d.overdueNow)
      out.push({
        key: { PK: metricKeys.nowPk(scope), SK: `OVERDUE#${facts.committee}` },
        counts: { overdue: d.overdueNow },
      });
  }
  for (const [status, n] of Object.entries(d.stages ?? {}))
    out.push({
      key: { PK: metricKeys.nowPk(facts.committee), SK: `STAGE#${status}` },
      counts: { cases: n } as Counts,
    });
  return out;
}

/** Counter items by key, summed in memory (the recount and the bench seed). */
export type CounterTotals = Map<string, CounterWrite>;

export function accumulate(totals: CounterTotals, writes: CounterWrite[]): void {
  for (const w of writes) {
    const id = `${w.key.PK}\u0000${w.key.SK}`;
    const at = totals.get(id) ?? { key: w.key, counts: {} };
    sumCounts(at.counts, w.counts);
    totals.set(id, at);
  }
}

function increment(tableName: string, w: CounterWrite) {
  const entries = Object.entries(w.counts).filter(([, v]) => v !== undefined);
  const names = Object.fromEntries(entries.map(([k], i) => [`#c${i}`, k]));
  const values = Object.fromEntries(entries.map(([, v], i) => [`:c${i}`, v]));
  return {
    Update: {
      TableName: tableName,
      Key: w.key,
      UpdateExpression: `ADD ${entries.map((_, i) => `#c${i} :c${i}`).join(', ')} SET entity = :entity`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ...values, ':entity': 'metric' },
    },
  };
}

/** Applies one event's counter writes once; `false` if it had already been applied. */
export async function applyOnce(
  s: StoreContext,
  e: Pick<ProjectedEvent, 'caseId' | 'seq'>,
  writes: CounterWrite[],
  now: Date,
): Promise<boolean> {
  const marker = {
    Put: {
      TableName: s.tableName,
      Item: {
        ...metricKeys.seen(e.caseId, e.seq),
        entity: 'metric_seen',
        expiresAt: Math.floor(now.getTime() / 1000) + SEEN_TTL_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
  for (let attempt = 1; ; attempt++) {
    try {
      await s.db.send(
        new TransactWriteCommand({
          TransactItems: [marker, ...writes.map((w) => increment(s.tableName, w))],
        }),
      );
      return true;
    } catch (err) {
      if (!(err instanceof TransactionCanceledException)) throw err;
      const codes = (err.CancellationReasons ?? []).map((r) => r.Code);
      if (codes[0] === 'ConditionalCheckFailed') return false;
      // Another worker updated the same counters at the same moment: try again.
      if (codes.includes('TransactionConflict') && attempt < 6) {
        await new Promise((r) => setTimeout(r, 20 * attempt));
        continue;
      }
      throw err;
    }
  }
}

export interface CounterItem {
  PK: string;
  SK: string;
  [counter: string]: unknown;
}

function countersOf(
  s: StoreContext,
  pk: string,
  sk?: { beginsWith?: string; from?: string; to?: string },
): Promise<CounterItem[]> {
  const cond = sk?.beginsWith
    ? ' AND begins_with(SK, :b)'
    : sk?.from !== undefined
      ? ' AND SK BETWEEN :from AND :to'
      : '';
  return queryAll(s, {
    KeyConditionExpression: `PK = :pk${cond}`,
    ExpressionAttributeValues: {
      ':pk': pk,
      ...(sk?.beginsWith ? { ':b': sk.beginsWith } : {}),
      ...(sk?.from !== undefined ? { ':from': sk.from, ':to': sk.to } : {}),
    },
  }) as Promise<CounterItem[]>;
}

/** Monthly totals of a scope, all kinds, since the first case: one Query (a few dozen items a year). */
export const readMonthlyTotals = (s: StoreContext, scope: string) =>
  countersOf(s, metricKeys.totalsPk(scope), { beginsWith: 'M#' });

/** One period's counters by kind and field: one Query (at most kinds × fields items). */
export const readBreakdown = (s: StoreContext, scope: string, period: string) =>
  countersOf(s, metricKeys.breakdownPk(scope, period));

/** The open backlog by day of receipt and the overdue cases by committee: one Query. */
export const readNow = (s: StoreContext, scope: string) => countersOf(s, metricKeys.nowPk(scope));

/**
 * A committee's cases at each stage and its overdue cases, as the projector keeps them: one Query of
 * a few items (`OVERDUE#…` and `STAGE#…` sort after the `OPEN#` weeks), and the newest event counted.
 */
export async function readStageCounts(s: StoreContext, committee: string) {
  const items = await queryAll(s, {
    KeyConditionExpression: 'PK = :pk AND SK >= :from',
    ExpressionAttributeValues: { ':pk': metricKeys.nowPk(committee), ':from': 'OVERDUE#' },
  });
  const stages: Record<string, number> = {};
  let overdue = 0;
  for (const i of items) {
    const [kind, key = ''] = String(i.SK).split('#');
    if (kind === 'STAGE') stages[key] = Math.max(0, Number(i.cases ?? 0));
    if (kind === 'OVERDUE' && key === committee) overdue = Math.max(0, Number(i.overdue ?? 0));
  }
  return { stages, overdue };
}

/** One counter item (the recount compares with it). */
export async function readCounter(s: StoreContext, key: { PK: string; SK: string }) {
  const out = await s.db.send(new GetCommand({ TableName: s.tableName, Key: key }));
  return out.Item as CounterItem | undefined;
}

/**
 * Leadership figures (DESIGN.md §6) from the metric counters, at a cost that does not grow with the
 * number of cases: the dashboard reads the monthly totals, one period's breakdown and the backlog
 * (three Queries) and, for one committee, its overdue cases (a fourth); a report reads the monthly
 * totals, one breakdown per quarter it spans and nothing else.
 *
 * Definitions, in the shape of the national report:
 * - to resolve = carried in (accepted and reopened before the period, not yet ended) + accepted and
 *   reopened in the period; resolution rate = resolved ÷ to resolve (target 85 %);
 * - on-time rate = resolved by the deadline ÷ resolved; overturn rate = second-instance complaints
 *   upheld in whole or part ÷ second-instance complaints resolved;
 * - mean days: to acceptance from receipt, to resolution from acceptance, paused time excluded.
 * Counts from 1 to 4 are shown as "<5" outside the committees the reader belongs to.
 */

import { type IsoDate, localDate } from '../domain/calendar.js';
import { csvDocument } from '../domain/csv.js';
import { ageBandOf, ageBands, type Counts, durationBands, monthsOf, sumCounts } from '../domain/metrics.js';
import { type CaseKind, kindLabels } from '../domain/profile.js';
import { profiles } from '../domain/profiles/index.js';
import { overdueReferences, type StoreContext } from '../store/case-repository.js';
import { ALL, type CounterItem, readBreakdown, readMonthlyTotals, readNow } from '../store/metrics.js';

export const RESOLUTION_TARGET = 0.85;
/** The overdue references listed for one committee, most overdue first (their count is in the backlog). */
const OVERDUE_LIST = 20;
export const KINDS = ['complaint', 'denunciation', 'petition', 'dispute'] as const;

export type Figure = number | '<5';

/** Outcome labels of every procedure (the first that names a code), for the figures' readers. */
const outcomeLabels: Record<string, { vi: string; en: string }> = {};
for (const p of profiles)
  for (const rules of Object.values(p.tracks))
    for (const o of rules?.outcomes ?? []) outcomeLabels[o.code] ??= o.label;

/** The months of a dashboard or report period: `YYYY-MM`, `YYYY-Qn`, `YYYY-6M|9M|12M`, `YYYY`. */
export function periodMonths(period: string): string[] | null {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return [period];
  return monthsOf(period);
}

/** The breakdown partitions that add up to a period (a month, quarters, or the year). */
function breakdownPeriods(period: string, months: string[]): string[] {
  if (months.length === 1) return [months[0]!];
  if (months.length === 12) return [period.slice(0, 4)];
  const year = period.slice(0, 4);
  const quarters = [...new Set(months.map((m) => Math.floor((Number(m.slice(5)) - 1) / 3) + 1))];
  return quarters.map((q) => `${year}-Q${q}`);
}

const countsOf = (item: CounterItem | undefined): Counts => {
  const out: Counts = {};
  if (!item) return out;
  for (const [k, v] of Object.entries(item)) if (typeof v === 'number') out[k as keyof Counts] = v;
  return out;
};
const n = (c: Counts, k: string) => (c as Record<string, number | undefined>)[k] ?? 0;
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** The duration band that holds the median (e.g. "11-20"), or null with no case. */
function medianBand(c: Counts, what: 'accept' | 'resolve'): string | null {
  const total = n(c, `${what}DaysN`);
  if (total === 0) return null;
  let seen = 0;
  for (const b of durationBands) {
    seen += n(c, `${what}Days_${b.code}`);
    if (seen >= total / 2) return b.code;
  }
  return null;
}

/** Derived figures of one set of counters over a period, with what was carried in. */
function figuresOf(c: Counts, carriedIn: number) {
  const toResolve = carriedIn + n(c, 'accepted') + n(c, 'reopened');
  const outcomes = Object.fromEntries(
    Object.entries(c)
      .filter(([k]) => k.startsWith('outcome_'))
      .map(([k, v]) => [k.slice('outcome_'.length), v ?? 0]),
  );
  return {
    received: n(c, 'received'),
    anonymous: n(c, 'anonymous'),
    eligible: n(c, 'eligible'),
    withinJurisdiction: n(c, 'withinJurisdiction'),
    accepted: n(c, 'accepted'),
    rejected: n(c, 'rejected'),
    transferred: n(c, 'transferred'),
    duplicate: n(c, 'duplicate'),
    carriedIn,
    toResolve,
    resolved: n(c, 'resolved'),
    resolvedOnTime: n(c, 'resolvedOnTime'),
    unresolvedAtEnd: toResolve - n(c, 'endedAfterAcceptance'),
    withdrawn: n(c, 'withdrawn'),
    terminated: n(c, 'terminated'),
    extensions: n(c, 'extensions'),
    becameOverdue: n(c, 'overdue'),
    reopened: n(c, 'reopened'),
    secondInstanceResolved: n(c, 'secondInstanceResolved'),
    overturned: n(c, 'overturned'),
    resolutionRate: ratio(n(c, 'resolved'), toResolve),
    onTimeRate: ratio(n(c, 'resolvedOnTime'), n(c, 'resolved')),
    overturnRate: ratio(n(c, 'overturned'), n(c, 'secondInstanceResolved')),
    meanDaysToAccept: ratio(n(c, 'acceptDaysSum'), n(c, 'acceptDaysN')),
    meanDaysToResolve: ratio(n(c, 'resolveDaysSum'), n(c, 'resolveDaysN')),
    medianDaysToAccept: medianBand(c, 'accept'),
    medianDaysToResolve: medianBand(c, 'resolve'),
    outcomes,
  };
}
type Figures = ReturnType<typeof figuresOf>;

/** The monthly totals as sums per kind over a set of months, and what was carried into them. */
function fromTotals(items: CounterItem[], months: string[]) {
  const first = months[0]!;
  const inPeriod = new Set(months);
  const byKind = new Map<string, Counts>();
  const carried = new Map<string, number>();
  for (const item of items) {
    const [, month, kind] = String(item.SK).split('#') as [string, string, string];
    const c = countsOf(item);
    if (inPeriod.has(month)) byKind.set(kind, sumCounts(byKind.get(kind) ?? {}, c));
    else if (month < first)
      carried.set(
        kind,
        (carried.get(kind) ?? 0) + n(c, 'accepted') + n(c, 'reopened') - n(c, 'endedAfterAcceptance'),
      );
  }
  const figures = (kind: string) => figuresOf(byKind.get(kind) ?? {}, carried.get(kind) ?? 0);
  return { figures };
}

/** Suppression: exact for one's own committees, "<5" for 1–4 elsewhere; rates need 5 in the denominator. */
function suppressor(exact: boolean) {
  const count = (v: number): Figure => (exact || v === 0 || v >= 5 ? v : '<5');
  const rate = <T>(r: T | null, denominator: number) => (exact || denominator >= 5 ? r : null);
  return {
    exact,
    count,
    rate,
    figures(f: Figures) {
      return {
        ...Object.fromEntries(
          Object.entries(f).map(([k, v]) => [
            k,
            typeof v === 'number' && !k.endsWith('Rate') && !k.startsWith('mean') ? count(v) : v,
          ]),
        ),
        resolutionRate: rate(f.resolutionRate, f.toResolve),
        onTimeRate: rate(f.onTimeRate, f.resolved),
        overturnRate: rate(f.overturnRate, f.secondInstanceResolved),
        meanDaysToAccept: rate(f.meanDaysToAccept, f.accepted),
        meanDaysToResolve: rate(f.meanDaysToResolve, f.resolved),
        medianDaysToAccept: rate(f.medianDaysToAccept, f.accepted),
        medianDaysToResolve: rate(f.medianDaysToResolve, f.resolved),
        outcomes: Object.fromEntries(Object.entries(f.outcomes).map(([k, v]) => [k, count(v)])),
      };
    },
  };
}

/** The last day a period's figures cover: the end of its last month, or today while it runs. */
export function throughOf(lastMonth: string, today: IsoDate): IsoDate {
  const [y, m] = lastMonth.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return end < today ? end : today;
}

export interface Viewer {
  committees: string[];
}

/** True when every figure of the scope comes from the reader's own committees. */
export function isOwnScope(viewer: Viewer, committee: string | undefined, allCommittees: string[]): boolean {
  if (committee) return viewer.committees.includes(committee);
  return allCommittees.every((c) => viewer.committees.includes(c));
}

function backlogOf(now: CounterItem[], today: IsoDate) {
  const bands = Object.fromEntries(ageBands.map((b) => [b.code, 0])) as Record<string, number>;
  const overdueByCommittee: Record<string, number> = {};
  for (const item of now) {
    const [kind, key] = String(item.SK).split('#') as [string, string];
    if (kind === 'OPEN') bands[ageBandOf(key, today)]! += Number(item.open ?? 0);
    if (kind === 'OVERDUE') overdueByCommittee[key] = Number(item.overdue ?? 0);
  }
  const open = Object.values(bands).reduce((a, b) => a + b, 0);
  return { open, bands, overdueByCommittee };
}

function sumField(items: CounterItem[]) {
  const byField = new Map<string, Counts>();
  const outcomes: Counts = {};
  for (const item of items) {
    const [, field] = String(item.SK).split('#') as [string, string];
    const c = countsOf(item);
    byField.set(field, sumCounts(byField.get(field) ?? {}, c));
    sumCounts(
      outcomes,
      Object.fromEntries(Object.entries(c).filter(([k]) => k.startsWith('outcome_'))) as Counts,
    );
  }
  return { byField, outcomes };
}

export async function dashboard(
  s: StoreContext,
  q: { period: string; committee?: string },
  viewer: Viewer,
  allCommittees: string[],
  now: Date,
) {
  const months = periodMonths(q.period)!;
  const today = localDate(now);
  const scope = q.committee ?? ALL;
  const own = isOwnScope(viewer, q.committee, allCommittees);
  const sup = suppressor(own);
  const [totals, breakdown, nowItems, overdue] = await Promise.all([
    readMonthlyTotals(s, scope),
    Promise.all(breakdownPeriods(q.period, months).map((p) => readBreakdown(s, scope, p))).then((x) =>
      x.flat(),
    ),
    readNow(s, scope),
    q.committee && own ? overdueReferences(s, q.committee, OVERDUE_LIST) : Promise.resolve(null),
  ]);
  const t = fromTotals(totals, months);
  const last = months.at(-1)!;
  const trendMonths = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(`${last}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - (11 - i));
    return d.toISOString().slice(0, 7);
  });
  const byMonth = new Map(
    totals.filter((i) => String(i.SK).endsWith('#*')).map((i) => [String(i.SK).split('#')[1]!, countsOf(i)]),
  );
  const fields = sumField(breakdown);
  const backlog = backlogOf(nowItems, today);
  return {
    period: q.period,
    months,
    committee: q.committee ?? null,
    exact: own,
    target: RESOLUTION_TARGET,
    through: throughOf(last, today),
    asOf: now.toISOString(),
    headline: sup.figures(t.figures(ALL)),
    trend: trendMonths.map((m) => {
      const c = byMonth.get(m) ?? {};
      return {
        month: m,
        received: sup.count(n(c, 'received')),
        resolved: sup.count(n(c, 'resolved')),
        onTimeRate: sup.rate(ratio(n(c, 'resolvedOnTime'), n(c, 'resolved')), n(c, 'resolved')),
      };
    }),
    byKind: Object.fromEntries(KINDS.map((k) => [k, sup.figures(t.figures(k))])),
    byField: Object.fromEntries(
      [...fields.byField].map(([f, c]) => [
        f,
        { received: sup.count(n(c, 'received')), resolved: sup.count(n(c, 'resolved')) },
      ]),
    ),
    byOutcome: Object.fromEntries(
      Object.entries(fields.outcomes).map(([k, v]) => [k.slice('outcome_'.length), sup.count(v ?? 0)]),
    ),
    outcomeLabels: Object.fromEntries(
      Object.keys(fields.outcomes).map((k) => {
        const code = k.slice('outcome_'.length);
        return [code, outcomeLabels[code] ?? { vi: code, en: code }];
      }),
    ),
    backlog: {
      open: sup.count(backlog.open),
      bands: Object.fromEntries(Object.entries(backlog.bands).map(([k, v]) => [k, sup.count(v)])),
      overdueByCommittee: Object.fromEntries(
        Object.entries(backlog.overdueByCommittee).map(([k, v]) => [
          k,
          viewer.committees.includes(k) ? v : suppressor(false).count(v),
        ]),
      ),
    },
    overdue,
  };
}
export type Dashboard = Awaited<ReturnType<typeof dashboard>>;

/** The periodic report (quarter, 6, 9, 12 months) in the national report's shape: a row per kind and a total. */
export async function report(
  s: StoreContext,
  q: { period: string; committee?: string },
  viewer: Viewer,
  allCommittees: string[],
) {
  const months = periodMonths(q.period)!;
  const scope = q.committee ?? ALL;
  const own = isOwnScope(viewer, q.committee, allCommittees);
  const sup = suppressor(own);
  const [totals, breakdown] = await Promise.all([
    readMonthlyTotals(s, scope),
    Promise.all(breakdownPeriods(q.period, months).map((p) => readBreakdown(s, scope, p))).then((x) =>
      x.flat(),
    ),
  ]);
  const t = fromTotals(totals, months);
  const fields = sumField(breakdown);
  return {
    period: q.period,
    from: `${months[0]}-01`,
    to: months.at(-1)!,
    committee: q.committee ?? null,
    exact: own,
    target: RESOLUTION_TARGET,
    rows: [...KINDS, ALL].map((k) => ({ kind: k === ALL ? 'total' : k, ...sup.figures(t.figures(k)) })),
    byField: Object.fromEntries(
      [...fields.byField].map(([f, c]) => [
        f,
        { received: sup.count(n(c, 'received')), resolved: sup.count(n(c, 'resolved')) },
      ]),
    ),
  };
}
export type Report = Awaited<ReturnType<typeof report>>;

/** The report's columns with their headers; a rate is a percentage, a mean or median a number of days. */
const csvColumns: { key: string; vi: string; en: string; as: 'count' | 'rate' | 'days' }[] = [
  { key: 'received', vi: 'Tiếp nhận', en: 'Received', as: 'count' },
  { key: 'eligible', vi: 'Đủ điều kiện xử lý', en: 'Eligible', as: 'count' },
  { key: 'withinJurisdiction', vi: 'Thuộc thẩm quyền', en: 'Within jurisdiction', as: 'count' },
  { key: 'carriedIn', vi: 'Kỳ trước chuyển sang', en: 'Carried in', as: 'count' },
  { key: 'toResolve', vi: 'Phải giải quyết', en: 'To resolve', as: 'count' },
  { key: 'resolved', vi: 'Đã giải quyết', en: 'Resolved', as: 'count' },
  { key: 'resolutionRate', vi: 'Tỷ lệ giải quyết (%)', en: 'Resolution rate (%)', as: 'rate' },
  { key: 'resolvedOnTime', vi: 'Giải quyết đúng hạn', en: 'Resolved on time', as: 'count' },
  { key: 'onTimeRate', vi: 'Tỷ lệ đúng hạn (%)', en: 'On-time rate (%)', as: 'rate' },
  { key: 'withdrawn', vi: 'Rút đơn', en: 'Withdrawn', as: 'count' },
  { key: 'unresolvedAtEnd', vi: 'Tồn cuối kỳ', en: 'Unresolved at the end', as: 'count' },
  {
    key: 'secondInstanceResolved',
    vi: 'Giải quyết lần hai',
    en: 'Second instance resolved',
    as: 'count',
  },
  { key: 'overturnRate', vi: 'Tỷ lệ sửa, hủy lần đầu (%)', en: 'Overturn rate (%)', as: 'rate' },
  { key: 'meanDaysToAccept', vi: 'Thời gian thụ lý TB (ngày)', en: 'Mean days to accept', as: 'days' },
  { key: 'meanDaysToResolve', vi: 'Thời gian giải quyết TB (ngày)', en: 'Mean days to resolve', as: 'days' },
  {
    key: 'medianDaysToResolve',
    vi: 'Trung vị thời gian giải quyết (ngày)',
    en: 'Median days to resolve',
    as: 'days',
  },
];

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * The report as CSV (issue 13 §8): headers in the reader's language, a row per kind and a total, then
 * the outcome counts. Every figure is a number a spreadsheet can add (rates as percentages, days with
 * one decimal); a cell suppressed outside the reader's committees ("<5") is left empty and named in
 * the last column, so nobody mistakes it for a zero.
 */
export function reportCsv(r: Report, lang: 'vi' | 'en' = 'vi'): string {
  const outcomes = [...new Set(r.rows.flatMap((row) => Object.keys(row.outcomes)))].sort();
  const L = (x: { vi: string; en: string }) => x[lang];
  const head = [
    L({ vi: 'Loại đơn', en: 'Kind' }),
    ...csvColumns.map(L),
    L({ vi: 'Chỉ tiêu giải quyết (%)', en: 'Resolution target (%)' }),
    ...outcomes.map(
      (o) => `${L({ vi: 'Kết quả', en: 'Outcome' })}: ${L(outcomeLabels[o] ?? { vi: o, en: o })}`,
    ),
    L({ vi: 'Ô bị ẩn (dưới 5)', en: 'Suppressed cells (under 5)' }),
  ];
  const lines = r.rows.map((row) => {
    const v = row as Record<string, unknown>;
    const hidden: string[] = [];
    const cell = (key: string, label: string, as: 'count' | 'rate' | 'days'): number | null => {
      const x = key.startsWith('outcome:') ? (row.outcomes[key.slice(8)] ?? 0) : v[key];
      if (x === '<5') {
        hidden.push(label);
        return null;
      }
      if (typeof x !== 'number') return as === 'count' ? 0 : null;
      return as === 'rate' ? oneDecimal(x * 100) : as === 'days' ? oneDecimal(x) : x;
    };
    const kind = row.kind === 'total' ? { vi: 'Tổng cộng', en: 'Total' } : kindLabels[row.kind as CaseKind];
    return [
      L(kind ?? { vi: row.kind, en: row.kind }),
      ...csvColumns.map((c) => cell(c.key, L(c), c.as)),
      oneDecimal(r.target * 100),
      ...outcomes.map((o) => cell(`outcome:${o}`, o, 'count')),
      hidden.join('; '),
    ];
  });
  return csvDocument([head, ...lines]);
}

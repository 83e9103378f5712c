/**
 * Leadership figures as counters (DESIGN.md §6): what one audit event adds to which counter. The
 * projection is a pure function of the case's fixed facts and one event, so the live projector and
 * a recount from the audit trail produce the same numbers by construction. What a figure needs from
 * the moment of the event (was the case overdue, was the decision on time, how many active days)
 * is computed by the core when the event is made and carried in the event (`data.m`).
 */
import { addDays, dayOfWeek, daysBetween, type IsoDate, localDate } from './calendar.js';
import type { Case } from './case.js';
import type { Status } from './status.js';

/** Statuses in which a case has left the backlog (decided or ended otherwise). */
export const endedStatuses: readonly Status[] = [
  'rejected',
  'transferred',
  'decided',
  'notified',
  'closed',
  'withdrawn',
  'terminated',
];

/** The deadlines whose breach makes a case "overdue" in the figures. */
const OVERDUE_CLOCKS = ['resolution', 'answer'];

/** Outcomes of a second-instance complaint that overturn the first decision. */
const OVERTURNING = ['upheld', 'partly_upheld'];

/**
 * Duration bands in days, so a median can be told (to its band) from counters: a count per band is
 * kept beside the sum and the count.
 */
export const durationBands = [
  { code: '0-10', max: 10 },
  { code: '11-20', max: 20 },
  { code: '21-30', max: 30 },
  { code: '31-45', max: 45 },
  { code: '46-60', max: 60 },
  { code: '61-90', max: 90 },
  { code: '91+', max: Number.POSITIVE_INFINITY },
] as const;
const bandCounter = (what: 'accept' | 'resolve', days: number) =>
  `${what}Days_${durationBands.find((b) => days <= b.max)!.code}` as const;

export const counterNames = [
  'received',
  'anonymous',
  'secondInstance',
  'screened',
  'eligible',
  'withinJurisdiction',
  'accepted',
  'rejected',
  'transferred',
  'duplicate',
  'split',
  'resolved',
  'resolvedOnTime',
  'withdrawn',
  'terminated',
  'extensions',
  'overdue',
  'reopened',
  'endedAfterAcceptance',
  'secondInstanceResolved',
  'overturned',
  'acceptDaysSum',
  'acceptDaysN',
  'resolveDaysSum',
  'resolveDaysN',
  ...durationBands.map((b) => `acceptDays_${b.code}` as const),
  ...durationBands.map((b) => `resolveDays_${b.code}` as const),
] as const;
export type CounterName = (typeof counterNames)[number];
/** Counters plus one `outcome_<code>` per decision outcome. */
export type Counts = Partial<Record<CounterName | `outcome_${string}`, number>>;

/** What never changes on a case and places its events in the figures. */
export interface CaseFacts {
  caseId: string;
  committee: string;
  kind: string;
  field: string;
  track: string;
  anonymous: boolean;
  receivedOn: IsoDate;
}

export const factsOf = (c: Case): CaseFacts => ({
  caseId: c.caseId,
  committee: c.committee,
  kind: c.kind,
  field: c.field,
  track: c.track,
  anonymous: c.anonymous,
  receivedOn: c.receivedOn,
});

/** The slice of an audit event the projection reads. */
export interface ProjectedEvent {
  caseId: string;
  seq: number;
  at: string;
  action: string;
  from: string | null;
  to: string | null;
  data: Record<string, unknown>;
}

export interface Delta {
  /** Added to the period counters (the event's local day, month, quarter, year). */
  counts: Counts;
  /** Change of the open backlog, kept by the day the case was received. */
  open: number;
  /** Change of the cases overdue now. */
  overdueNow: number;
  /** The counts go to the committee only, not to "all committees" (a case received twice by transfer). */
  countsOwnScopeOnly?: boolean;
  /** Change of the committee's cases at each stage (the workspace's tab counts, issue 13 §1). */
  stages?: Record<string, number>;
}

/**
 * How an event moves the committee's cases between stages: out of the one it leaves, into the one
 * it enters. A move between committees takes the case out of the first (`transfer` to a committee
 * that uses Công Minh) and into the second (`received_by_transfer`), at the same stage.
 */
export function stageDelta(
  e: Pick<ProjectedEvent, 'action' | 'from' | 'to' | 'data'>,
): Record<string, number> {
  const d: Record<string, number> = {};
  const add = (status: string | null, n: number) => {
    if (status) d[status] = (d[status] ?? 0) + n;
  };
  if (e.action === 'transfer' && e.data.toCommittee) add(e.from, -1);
  else if (e.action === 'received_by_transfer') add(e.to, 1);
  else if (e.from !== e.to) {
    add(e.from, -1);
    add(e.to, 1);
  }
  for (const [k, v] of Object.entries(d)) if (v === 0) delete d[k];
  return d;
}

/**
 * For a case that moved between committees (issue 13 §6): the committee that held it at each event
 * of its trail. It starts with the committee the first move left, and changes at each
 * `received_by_transfer`; a move itself counts for the committee it leaves.
 */
export function committeesBySeq(
  trail: readonly Pick<ProjectedEvent, 'seq' | 'action' | 'data'>[],
  current: string,
): (seq: number) => string {
  const sorted = [...trail].sort((a, b) => a.seq - b.seq);
  const firstMove = sorted.find((e) => e.action === 'transfer' && e.data.toCommittee);
  const changes: [number, string][] = [];
  let held = String((firstMove?.data.m as { committee?: string } | undefined)?.committee ?? current);
  const start = held;
  for (const e of sorted)
    if (e.action === 'received_by_transfer') {
      held = String(e.data.committee);
      changes.push([e.seq, held]);
    }
  return (seq) => changes.filter(([at]) => at <= seq).at(-1)?.[1] ?? start;
}

/** Facts the core adds to an event for the figures (see the module comment). */
export function metricFacts(prev: Case, next: Case, action: string, today: IsoDate): Record<string, unknown> {
  const m: Record<string, unknown> = {};
  if (action === 'accept') m.days = daysBetween(prev.receivedOn, today);
  // A case moved to another committee: this event still counts for the one it leaves.
  if (prev.committee !== next.committee) m.committee = prev.committee;
  if (action === 'approve_decision') {
    const clock = prev.clocks.find((k) => OVERDUE_CLOCKS.includes(k.name) && k.state === 'running');
    const paused = (clock?.pauses ?? []).reduce((n, p) => n + daysBetween(p.from, p.to ?? today), 0);
    m.outcome = next.outcome;
    m.onTime = !clock?.dueOn || today <= clock.dueOn;
    m.days = Math.max(0, daysBetween(prev.acceptedOn ?? prev.receivedOn, today) - paused);
  }
  if (!endedStatuses.includes(prev.status) && endedStatuses.includes(next.status)) {
    m.wasAccepted = Boolean(prev.acceptedOn);
    m.wasOverdue = prev.overdue.some((o) => OVERDUE_CLOCKS.includes(o));
  }
  return m;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** What one event adds to the figures; null when it adds nothing (notes, notices, messages…). */
export function deltaOf(facts: CaseFacts, e: ProjectedEvent): Delta | null {
  const c: Counts = {};
  let ownScopeOnly = false;
  let open = 0;
  let overdueNow = 0;
  const add = (k: keyof Counts, n = 1) => {
    c[k] = (c[k] ?? 0) + n;
  };
  const m = (e.data.m ?? {}) as Record<string, unknown>;
  switch (e.action) {
    case 'submit':
    case 'split_from':
      add('received');
      if (facts.anonymous) add('anonymous');
      if (facts.track === 'complaint_2') add('secondInstance');
      open += 1;
      break;
    case 'accept':
      add('screened');
      add('eligible');
      add('withinJurisdiction');
      add('accepted');
      add('acceptDaysSum', num(m.days));
      add('acceptDaysN');
      add(bandCounter('accept', num(m.days)));
      break;
    case 'reject':
      add('screened');
      add('rejected');
      break;
    case 'transfer':
      add('screened');
      add('eligible');
      add('transferred');
      // Moved to a committee that uses Công Minh: out of this committee's open cases.
      if (e.data.toCommittee) open -= 1;
      break;
    case 'received_by_transfer':
      // Into the receiving committee's received and open cases; not received twice in all.
      add('received');
      open += 1;
      ownScopeOnly = true;
      break;
    case 'mark_duplicate':
      add('screened');
      add('duplicate');
      break;
    case 'split':
      add('screened');
      add('split');
      break;
    case 'approve_decision': {
      add('resolved');
      if (m.onTime === true) add('resolvedOnTime');
      add('resolveDaysSum', num(m.days));
      add('resolveDaysN');
      add(bandCounter('resolve', num(m.days)));
      if (typeof m.outcome === 'string') add(`outcome_${m.outcome}`);
      if (facts.track === 'complaint_2') {
        add('secondInstanceResolved');
        if (OVERTURNING.includes(String(m.outcome))) add('overturned');
      }
      break;
    }
    case 'withdraw':
      if (e.to === 'withdrawn') add('withdrawn');
      break;
    case 'terminate':
      add('terminated');
      break;
    case 'extend':
      add('extensions');
      break;
    case 'reopen':
      add('reopened');
      break;
    case 'deadline_alert':
      if (num(e.data.pct) >= 100 && OVERDUE_CLOCKS.includes(String(e.data.clock))) {
        add('overdue');
        overdueNow += 1;
      }
      break;
  }
  const wasEnded = e.from !== null && endedStatuses.includes(e.from as Status);
  const isEnded = e.to !== null && endedStatuses.includes(e.to as Status);
  if (!wasEnded && isEnded && e.from !== null) {
    open -= 1;
    if (m.wasAccepted === true) add('endedAfterAcceptance');
    if (m.wasOverdue === true) overdueNow -= 1;
  }
  if (wasEnded && !isEnded) open += 1; // reopened
  const stages = stageDelta(e);
  const moved = Object.keys(stages).length > 0;
  if (Object.keys(c).length === 0 && open === 0 && overdueNow === 0 && !moved) return null;
  return {
    counts: c,
    open,
    overdueNow,
    ...(ownScopeOnly ? { countsOwnScopeOnly: true } : {}),
    ...(moved ? { stages } : {}),
  };
}

/** The periods an event counts in, by its local (Vietnam) date. */
export function periodsOf(at: string): { day: string; month: string; quarter: string; year: string } {
  const day = localDate(at);
  return { day, month: day.slice(0, 7), quarter: quarterOf(day), year: day.slice(0, 4) };
}

/** The quarter a day is in, as `YYYY-Qn`. */
export const quarterOf = (day: IsoDate) =>
  `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** The months of a report period: `2026-Q3`, `2026-6M`, `2026-9M`, `2026-12M` (or a plain `2026`). */
export function monthsOf(period: string): string[] | null {
  const m = /^(\d{4})(?:-(Q[1-4]|6M|9M|12M))?$/.exec(period);
  if (!m) return null;
  const year = m[1]!;
  const span = m[2] ?? '12M';
  const [first, last] = span.startsWith('Q')
    ? [(Number(span[1]) - 1) * 3 + 1, Number(span[1]) * 3]
    : [1, Number(span.slice(0, -1))];
  return Array.from({ length: last - first + 1 }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
}

/** Age bands of the open backlog, in days since receipt. */
export const ageBands = [
  { code: '0-30', max: 30 },
  { code: '31-60', max: 60 },
  { code: '61-90', max: 90 },
  { code: '91-180', max: 180 },
  { code: '181-365', max: 365 },
  { code: '>365', max: Number.POSITIVE_INFINITY },
] as const;

export function ageBandOf(receivedOn: IsoDate, today: IsoDate): (typeof ageBands)[number]['code'] {
  const age = daysBetween(receivedOn, today);
  return ageBands.find((b) => age <= b.max)!.code;
}

/**
 * The open backlog is kept by the Monday of the week of receipt: at most 53 items a year whatever
 * the number of cases (age bands are then exact to within six days).
 */
export const weekOf = (day: IsoDate): IsoDate => addDays(day, -((dayOfWeek(day) + 6) % 7));

export function sumCounts(into: Counts, more: Counts): Counts {
  for (const [k, v] of Object.entries(more))
    into[k as keyof Counts] = (into[k as keyof Counts] ?? 0) + (v ?? 0);
  return into;
}

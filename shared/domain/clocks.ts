/**
 * Running deadlines on a case. A clock is started from a profile rule when its triggering event
 * happens, and ends when the step it limits is done. Stored on the case so queues can sort by due date.
 */
import * as z from 'zod/mini';
import { type IsoDate, isoDate, localDate } from './calendar.js';
import { CALENDAR_VERSION } from './calendar-years.js';
import { dueAt, dueOn, elapsedShare } from './deadlines.js';
import {
  type ClockEvent,
  type Complexity,
  calendarOf,
  type DeadlineRule,
  deadlineNames,
  type Profile,
  type TrackRules,
} from './profile.js';

export const clockSchema = z.strictObject({
  name: z.enum(deadlineNames),
  startedOn: isoDate,
  dayType: z.enum(['calendar', 'working']),
  days: z.int().check(z.positive()),
  extensions: z.int().check(z.gte(0)),
  pauses: z.array(z.strictObject({ from: isoDate, to: z.nullable(isoDate) })),
  basis: z.string(),
  state: z.enum(['running', 'met', 'stopped']),
  dueOn: z.nullable(isoDate),
  dueAt: z.nullable(z.iso.datetime()),
  /**
   * The due day is counted through days the Prime Minister has not decided yet (public-holidays.ts):
   * it may move when the year is published. Absent on clocks stored before the calendar said so.
   */
  provisional: z.optional(z.boolean()),
  /** The calendar edition the due day was counted with (absent on clocks stored before editions). */
  calendar: z.optional(z.string()),
  endedOn: z.optional(isoDate),
});
export type Clock = z.infer<typeof clockSchema>;

export interface ClockFlags {
  remoteArea: boolean;
  complexity: Complexity;
}

/** The number of days a rule gives for these flags (complex/remote variants). */
export function periodDays(rule: DeadlineRule, flags: ClockFlags): number {
  const table = flags.remoteArea && rule.remoteDays ? rule.remoteDays : rule.days;
  return table[flags.complexity] ?? table.normal;
}

export { calendarOf };

function withDue(
  clock: Omit<Clock, 'dueOn' | 'dueAt' | 'provisional' | 'calendar'>,
  profile: Profile,
): Clock {
  const cal = calendarOf(profile);
  const spec = { startedOn: clock.startedOn, days: clock.days, dayType: clock.dayType, pauses: clock.pauses };
  const last = dueOn(spec, cal);
  return {
    ...clock,
    dueOn: last,
    dueAt: dueAt(spec, cal),
    provisional: last !== null && cal.isProvisional(clock.startedOn, last),
    calendar: CALENDAR_VERSION,
  };
}

/** Clocks that start on `event`, counted from the day after `on`. */
export function startClocks(
  rules: TrackRules,
  event: ClockEvent,
  on: IsoDate,
  flags: ClockFlags,
  profile: Profile,
): Clock[] {
  return rules.deadlines
    .filter((r) => r.from === event && r.runsOnCase)
    .map((r) =>
      withDue(
        {
          name: r.name,
          startedOn: on,
          dayType: r.dayType,
          days: periodDays(r, flags),
          extensions: 0,
          pauses: [],
          basis: r.basis,
          state: 'running',
        },
        profile,
      ),
    );
}

/** Marks running clocks with the given names as met on `on`. */
export function meetClocks(clocks: readonly Clock[], names: readonly string[], on: IsoDate): Clock[] {
  return clocks.map((c) =>
    c.state === 'running' && names.includes(c.name) ? { ...c, state: 'met', endedOn: on } : c,
  );
}

/** Stops every running clock (the case left the procedure: rejected, withdrawn, closed). */
export function stopAllClocks(clocks: readonly Clock[], on: IsoDate): Clock[] {
  return clocks.map((c) => (c.state === 'running' ? { ...c, state: 'stopped', endedOn: on } : c));
}

/** The earliest due instant among running clocks: what a queue sorts by. */
export function nextDueAt(clocks: readonly Clock[]): string | null {
  const due = clocks.filter((c) => c.state === 'running' && c.dueAt).map((c) => c.dueAt as string);
  return due.length ? due.sort()[0]! : null;
}

/** Recomputes due dates, e.g. after a pause or an extension. */
export function refreshClock(clock: Clock, profile: Profile): Clock {
  return withDue(clock, profile);
}

/**
 * Suspension: the resolution period stops counting after `on`. The law leaves suspended time out
 * of the resolution period only (Law on Denunciations art. 34(2)); the periods to accept and to
 * notify keep running.
 */
export function pauseClocks(clocks: readonly Clock[], on: IsoDate, profile: Profile): Clock[] {
  return clocks.map((c) =>
    c.name === 'resolution' && c.state === 'running' && !c.pauses.some((p) => p.to === null)
      ? refreshClock({ ...c, pauses: [...c.pauses, { from: on, to: null }] }, profile)
      : c,
  );
}

/** Resumption: the open pause ends on `on`; the clock runs on with the time it had left. */
export function resumeClocks(clocks: readonly Clock[], on: IsoDate, profile: Profile): Clock[] {
  return clocks.map((c) =>
    c.pauses.some((p) => p.to === null)
      ? refreshClock({ ...c, pauses: c.pauses.map((p) => (p.to === null ? { ...p, to: on } : p)) }, profile)
      : c,
  );
}

/** An extension adds `days` of the clock's own day type. */
export function extendClock(clocks: readonly Clock[], name: string, days: number, profile: Profile): Clock[] {
  return clocks.map((c) =>
    c.name === name && c.state === 'running'
      ? refreshClock({ ...c, days: c.days + days, extensions: c.extensions + 1 }, profile)
      : c,
  );
}

/** A running deadline the calendar edition moved: its last day before and after. */
export interface DeadlineChange {
  clock: string;
  from: IsoDate | null;
  to: IsoDate | null;
  provisional: boolean;
}

/**
 * Whether some running clock was counted with an older calendar edition (editions are ISO dates, so
 * they compare as strings). Never a newer one: code still running from before a deployment must not
 * count a case back with the calendar it replaced.
 */
const countedOld = (c: Clock): boolean =>
  c.state === 'running' && (c.calendar === undefined || c.calendar < CALENDAR_VERSION);

export const countedWithOldCalendar = (clocks: readonly Clock[]): boolean => clocks.some(countedOld);

/**
 * Counts the running clocks again with the current calendar edition (a year decided, a correction):
 * every running clock is stamped with the edition; `changes` lists those whose last day moved.
 */
export function recountClocks(
  clocks: readonly Clock[],
  profile: Profile,
): { clocks: Clock[]; changes: DeadlineChange[] } {
  const changes: DeadlineChange[] = [];
  const out = clocks.map((c) => {
    if (!countedOld(c)) return c;
    const next = refreshClock(c, profile);
    if (next.dueOn !== c.dueOn)
      changes.push({ clock: c.name, from: c.dueOn, to: next.dueOn, provisional: next.provisional ?? false });
    return next;
  });
  return { clocks: out, changes };
}

export type Risk = 'ok' | 'p50' | 'p75' | 'p90' | 'overdue' | 'paused' | 'none';

/** How far the earliest running clock has gone, for the queue's risk badge. */
export function riskOf(clocks: readonly Clock[], now: Date, profile: Profile): Risk {
  const running = clocks.filter((c) => c.state === 'running');
  if (running.length === 0) return 'none';
  if (running.every((c) => c.dueAt === null)) return 'paused';
  const next = running.filter((c) => c.dueAt).sort((a, b) => (a.dueAt! < b.dueAt! ? -1 : 1))[0]!;
  if (now.toISOString() > next.dueAt!) return 'overdue';
  const share = elapsedShare(
    { startedOn: next.startedOn, days: next.days, dayType: next.dayType, pauses: next.pauses },
    localDate(now),
    calendarOf(profile),
  );
  return share >= 0.9 ? 'p90' : share >= 0.75 ? 'p75' : share >= 0.5 ? 'p50' : 'ok';
}

/**
 * The deadline engine: Civil Code 2015 art. 147–148 counting, calendar or working days,
 * suspension pauses that stop the clock, and extensions. Pure functions of their inputs.
 */
import { addDays, daysBetween, endOfLocalDay, type IsoDate, type WorkCalendar } from './days.js';

export type DayType = 'calendar' | 'working';

/** A suspension: the days after `from` up to and including `to` are not counted. */
export interface Pause {
  from: IsoDate;
  to: IsoDate | null;
}

export interface ClockSpec {
  /** The triggering event's local date; counting starts the day after (art. 147). */
  startedOn: IsoDate;
  days: number;
  dayType: DayType;
  pauses?: readonly Pause[];
}

function isPaused(date: IsoDate, pauses: readonly Pause[]): boolean {
  return pauses.some((p) => date > p.from && (p.to === null || date <= p.to));
}

/** The next working day on or after `date` (art. 148(5)-(6)). */
export function rollToWorkingDay(date: IsoDate, cal: WorkCalendar): IsoDate {
  let d = date;
  while (!cal.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/**
 * The last day of a period, or null while an open pause holds the clock.
 * Working-day periods count only working days; calendar periods count every day and, if the
 * last day is not a working day, end on the next working day.
 */
export function dueOn(spec: ClockSpec, cal: WorkCalendar): IsoDate | null {
  const pauses = spec.pauses ?? [];
  if (pauses.some((p) => p.to === null)) return null;
  if (spec.days <= 0) return rollToWorkingDay(spec.startedOn, cal);
  let d = spec.startedOn;
  let counted = 0;
  while (counted < spec.days) {
    d = addDays(d, 1);
    if (isPaused(d, pauses)) continue;
    if (spec.dayType === 'working' && !cal.isWorkingDay(d)) continue;
    counted += 1;
  }
  return spec.dayType === 'calendar' ? rollToWorkingDay(d, cal) : d;
}

/** Days of the period already used on `today` (paused and, for working periods, non-working days excluded). */
export function daysUsed(spec: ClockSpec, today: IsoDate, cal: WorkCalendar): number {
  const pauses = spec.pauses ?? [];
  let used = 0;
  for (let d = addDays(spec.startedOn, 1); d <= today; d = addDays(d, 1)) {
    if (isPaused(d, pauses)) continue;
    if (spec.dayType === 'working' && !cal.isWorkingDay(d)) continue;
    used += 1;
  }
  return used;
}

/** The instant a period ends: 24:00 Asia/Ho_Chi_Minh on its last day. */
export function dueAt(spec: ClockSpec, cal: WorkCalendar): string | null {
  const last = dueOn(spec, cal);
  return last === null ? null : endOfLocalDay(last);
}

/** Fraction of the period elapsed at `today`, for the 50/75/90/100 % alerts. */
export function elapsedShare(spec: ClockSpec, today: IsoDate, cal: WorkCalendar): number {
  const last = dueOn(spec, cal);
  if (last === null) return daysUsed(spec, today, cal) / spec.days;
  const total = daysBetween(spec.startedOn, last);
  return total <= 0 ? 1 : Math.max(0, daysBetween(spec.startedOn, today)) / total;
}

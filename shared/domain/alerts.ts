/**
 * Deadline alerts: for every running clock, alerts at 50 %, 75 % and 90 % of its days and at expiry
 * (DESIGN.md §2). A p % alert fires at 08:00 Hà Nội time on the first day after p % of the period's
 * counted days are used (so working-day clocks skip weekends and holidays); the 100 % alert fires
 * when the period ends (24:00 on its last day).
 */
import { addDays, type IsoDate, toDayNumber } from './calendar.js';
import { type Clock, calendarOf } from './clocks.js';
import { daysUsed, rollToWorkingDay } from './deadlines.js';
import type { Profile } from './profile.js';

export const ALERT_PERCENTS = [50, 75, 90, 100] as const;
export type AlertPercent = (typeof ALERT_PERCENTS)[number];

export interface PlannedAlert {
  /** Stable key: a changed due date (pause, extension) gives new keys. */
  key: string;
  clock: string;
  pct: AlertPercent;
  at: string;
}

export const alertKey = (clock: string, pct: number, dueAt: string) => `${clock}:${pct}:${dueAt}`;

export function parseAlertKey(key: string): { clock: string; pct: number; dueAt: string } | null {
  const m = key.match(/^([a-z_]+):(50|75|90|100):(.+)$/);
  return m ? { clock: m[1]!, pct: Number(m[2]), dueAt: m[3]! } : null;
}

const morning = (date: IsoDate) => new Date(Date.parse(`${date}T08:00:00+07:00`)).toISOString();

export function alertsFor(clock: Clock, profile: Profile): PlannedAlert[] {
  if (clock.state !== 'running' || !clock.dueAt || !clock.dueOn) return [];
  const cal = calendarOf(profile);
  const spec = { startedOn: clock.startedOn, days: clock.days, dayType: clock.dayType, pauses: clock.pauses };
  const out: PlannedAlert[] = [];
  for (const pct of ALERT_PERCENTS) {
    let at: string;
    if (pct === 100) {
      at = clock.dueAt;
    } else {
      const needed = Math.ceil((clock.days * pct) / 100);
      let d = clock.startedOn;
      while (daysUsed(spec, d, cal) < needed && toDayNumber(d) < toDayNumber(clock.dueOn)) d = addDays(d, 1);
      // Alerts are read at the start of a working day.
      at = morning(rollToWorkingDay(addDays(d, 1), cal));
      if (at > clock.dueAt) at = clock.dueAt;
    }
    out.push({ key: alertKey(clock.name, pct, clock.dueAt), clock: clock.name, pct, at });
  }
  return out;
}

/** Every alert the case's running clocks should have scheduled now. */
export function alertPlan(clocks: readonly Clock[], profile: Profile): PlannedAlert[] {
  return clocks.flatMap((c) => alertsFor(c, profile));
}

/**
 * Local-date arithmetic for Asia/Ho_Chi_Minh (UTC+7, no daylight saving), with no dependency: the
 * pages that only count days (the holiday calendar, a queue's due dates) need not carry the schemas.
 * Dates are ISO `YYYY-MM-DD` strings; arithmetic goes through a day number so it never depends on
 * the host's time zone.
 */
export type IsoDate = string;

const OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 86_400_000;

export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The Vietnamese calendar date of an instant. */
export function localDate(instant: Date | string): IsoDate {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** 24:00 local time at the end of `date`, as an ISO instant (Civil Code art. 148(1)). */
export function endOfLocalDay(date: IsoDate): string {
  return new Date((toDayNumber(date) + 1) * DAY_MS - OFFSET_MS).toISOString();
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (toDayNumber(date) + 4) % 7; // 1970-01-01 was a Thursday
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export interface WorkCalendar {
  isWorkingDay(date: IsoDate): boolean;
}

/** Monday to Friday, minus the listed holidays (Tết and public holidays by year). */
export function workCalendar(holidays: Iterable<IsoDate>): WorkCalendar {
  const off = new Set(holidays);
  return {
    isWorkingDay: (date) => {
      const dow = dayOfWeek(date);
      return dow !== 0 && dow !== 6 && !off.has(date);
    },
  };
}

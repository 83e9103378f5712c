/**
 * Dates, one way for every page and notice: the Asia/Ho_Chi_Minh calendar day, `dd/mm/yyyy`, and
 * days left counted in the deadline's own day type.
 */
import { addDays, daysBetween, type IsoDate, localDate, type WorkCalendar } from './days.js';

/** `2026-12-01` → `01/12/2026` (both languages: the same fact reads the same everywhere). */
export function formatDay(date: IsoDate | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** `ngày 01 tháng 12 năm 2026` / `1 December 2026`, for the place-and-date line of a document. */
export function longDay(date: IsoDate, locale: 'vi' | 'en'): string {
  const [y, m, d] = date.split('-');
  // Decree 30/2020 appendix I: days under 10 and the months 1 and 2 take a leading zero, others none.
  if (locale === 'vi') return `ngày ${d} tháng ${Number(m) <= 2 ? m : String(Number(m))} năm ${y}`;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${Number(d)} ${month} ${y}`;
}

/** The calendar day an instant falls on in Hà Nội; a deadline's 24:00 belongs to its own last day. */
export function dayOfDeadline(dueAt: string): IsoDate {
  return localDate(new Date(Date.parse(dueAt) - 1));
}

/** The Hà Nội time of an instant, `dd/mm/yyyy hh:mm`. */
export function formatTime(instant: string): string {
  const local = new Date(Date.parse(instant) + 7 * 3600_000).toISOString();
  return `${formatDay(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

export interface Remaining {
  /** Days left after today, in the deadline's day type (0 on the last day). */
  daysLeft: number;
  /** Days past the last day, in the deadline's day type (0 while not overdue). */
  overdueDays: number;
}

/** Counts the days between today and the last day in calendar or working days. */
export function remaining(
  due: IsoDate,
  dayType: 'calendar' | 'working',
  today: IsoDate,
  cal: WorkCalendar,
): Remaining {
  const count = (from: IsoDate, to: IsoDate) => {
    if (dayType === 'calendar') return daysBetween(from, to);
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) n += 1;
    return n;
  };
  if (today <= due) return { daysLeft: count(today, due), overdueDays: 0 };
  return { daysLeft: 0, overdueDays: Math.max(1, count(due, today)) };
}

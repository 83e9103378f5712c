/**
 * Vietnam's public holidays as data, outside the procedure profiles (issue 14 §1), and the rule that
 * computes a year not yet decided. A year is `decided` when the Prime Minister's arrangement for it
 * is published (Tết and the day beside 2 September, Labour Code 2019 art. 112(3)); until then it is
 * computed here and `provisional`: fixed-date holidays, Tết and Hùng Kings' day from the lunar
 * calendar, compensatory days (art. 111(3)). The state sector's swaps (a weekday off, a Saturday
 * worked) are kept as data too; a profile says whether its periods honour them (LEGAL.md §0: [U]).
 */
import { addDays, dayOfWeek, type IsoDate, type WorkCalendar } from './days.js';

export const holidayNames = ['new_year', 'tet', 'hung_kings', 'reunification', 'labour', 'national'] as const;
export type HolidayName = (typeof holidayNames)[number];

export interface DayOff {
  date: IsoDate;
  holiday: HolidayName;
  /** The holiday itself, a compensatory day for one on a weekend (art. 111(3)), or a swapped weekday. */
  kind: 'holiday' | 'compensatory' | 'swap';
}

export interface CalendarYear {
  year: number;
  status: 'decided' | 'provisional';
  /** Weekdays off (weekend days are off anyway). */
  daysOff: DayOff[];
  /** Weekend days worked in exchange for a swapped weekday. */
  workedDays: { date: IsoDate; for: IsoDate }[];
  /**
   * Where a provisional year could still change once decided: around each holiday whose days the
   * Prime Minister fixes or may swap. A deadline counted through one of these rests on a provisional day.
   */
  provisionalWindows: { from: IsoDate; to: IsoDate; holiday: HolidayName }[];
}

/** The lunar dates a year's holidays hang on, as solar dates (Vietnam's lunar calendar, UTC+7). */
export interface LunarAnchors {
  /** Mùng 1 Tết: the first day of the lunar year that begins in this solar year. */
  tet: IsoDate;
  /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
  hungKings: IsoDate;
}

const isWeekend = (d: IsoDate) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A year computed by the law's rule, for a year the Prime Minister has not decided yet:
 * - 1 January, 30 April, 1 May, Hùng Kings' day: one day each (art. 112(1)(a),(c),(d),(e));
 * - Tết: five days (art. 112(1)(b)), placed as the Prime Minister placed them in every year decided
 *   since 2019: the last two days of the old lunar year and the first three of the new, or the last
 *   day and the first four when Tết falls on a Tuesday (2019, 2022, 2026);
 * - 2 September and the day beside it that joins a weekend (art. 112(1)(đ)); one day before 2021
 *   (Labour Code 2012 art. 115);
 * - a holiday on a Saturday or Sunday gives the next working day off (art. 111(3)).
 * Swaps are never guessed.
 */
export function provisionalYear(year: number, lunar: LunarAnchors): CalendarYear {
  const holidays: { date: IsoDate; holiday: HolidayName }[] = [
    { date: iso(year, 1, 1), holiday: 'new_year' },
    ...(dayOfWeek(lunar.tet) === 2 ? [-1, 0, 1, 2, 3] : [-2, -1, 0, 1, 2]).map((i) => ({
      date: addDays(lunar.tet, i),
      holiday: 'tet' as const,
    })),
    { date: lunar.hungKings, holiday: 'hung_kings' },
    { date: iso(year, 4, 30), holiday: 'reunification' },
    { date: iso(year, 5, 1), holiday: 'labour' },
    ...nationalDays(year).map((date) => ({ date, holiday: 'national' as const })),
  ];
  const taken = new Set(holidays.map((x) => x.date));
  const daysOff: DayOff[] = holidays
    .filter((x) => !isWeekend(x.date))
    .map((x) => ({ ...x, kind: 'holiday' as const }));
  // Each holiday on a weekend moves to the next day that is neither a weekend nor already off.
  for (const x of holidays.filter((h) => isWeekend(h.date)).sort((a, b) => (a.date < b.date ? -1 : 1))) {
    let d = addDays(x.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    daysOff.push({ date: d, holiday: x.holiday, kind: 'compensatory' });
  }
  daysOff.sort((a, b) => (a.date < b.date ? -1 : 1));
  return {
    year,
    status: 'provisional',
    daysOff,
    workedDays: [],
    provisionalWindows: windowsOf(year, lunar),
  };
}

/** 2 September and the adjacent day (art. 112(1)(đ)) that makes the longest break with a weekend. */
function nationalDays(year: number): IsoDate[] {
  const sep2 = iso(year, 9, 2);
  if (year < 2021) return [sep2];
  // Monday, Thursday, Sunday: the day after (Tue, Fri, Mon); otherwise the day before.
  const after = [1, 4, 0].includes(dayOfWeek(sep2));
  return after ? [sep2, iso(year, 9, 3)] : [iso(year, 9, 1), sep2];
}

/** Around each holiday, the days a decision could still move: a week either side of Tết, a few days elsewhere. */
function windowsOf(year: number, lunar: LunarAnchors): CalendarYear['provisionalWindows'] {
  return [
    { from: iso(year - 1, 12, 29), to: iso(year, 1, 5), holiday: 'new_year' },
    { from: addDays(lunar.tet, -8), to: addDays(lunar.tet, 8), holiday: 'tet' },
    { from: addDays(lunar.hungKings, -3), to: addDays(lunar.hungKings, 3), holiday: 'hung_kings' },
    { from: iso(year, 4, 25), to: iso(year, 5, 5), holiday: 'reunification' },
    { from: iso(year, 8, 22), to: iso(year, 9, 7), holiday: 'national' },
  ];
}

/** The days a calendar year gives off and asks to work, as a profile counts them. */
export interface HolidayCalendar extends WorkCalendar {
  /** Whether counting from `from` (excluded) to `to` (included) crosses a day not yet decided. */
  isProvisional(from: IsoDate, to: IsoDate): boolean;
  /** The first and last day the calendar knows. */
  range: { from: IsoDate; to: IsoDate };
}

export function holidayCalendar(
  years: readonly CalendarYear[],
  opts: { honourSwaps: boolean },
): HolidayCalendar {
  const off = new Set<IsoDate>();
  const worked = new Set<IsoDate>();
  const windows: CalendarYear['provisionalWindows'] = [];
  for (const y of years) {
    for (const d of y.daysOff) if (d.kind !== 'swap' || opts.honourSwaps) off.add(d.date);
    if (opts.honourSwaps) for (const w of y.workedDays) worked.add(w.date);
    if (y.status === 'provisional') windows.push(...y.provisionalWindows);
  }
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const range = { from: iso(sorted[0]!.year, 1, 1), to: iso(sorted.at(-1)!.year, 12, 31) };
  return {
    isWorkingDay: (d) => worked.has(d) || (!isWeekend(d) && !off.has(d)),
    // Past the last year nothing is known: a period that ends there is provisional too.
    isProvisional: (from, to) => to > range.to || windows.some((w) => w.from <= to && w.to > from),
    range,
  };
}

/**
 * The holiday calendar's data, 2019–2040 (issue 14 §1): the years the Prime Minister has decided,
 * each with its text, and the rest computed from the law's rule (public-holidays.ts) and marked
 * provisional. Publishing a year means adding its line here and its sources in calendar-sources.ts;
 * test/unit/domain/public-holidays.test.ts checks every year against the rule and the lunar calendar.
 */
import {
  type CalendarYear,
  type HolidayName,
  holidayCalendar,
  type LunarAnchors,
  provisionalYear,
} from './public-holidays.js';

/**
 * Tết and Hùng Kings' day as solar dates, from Vietnam's lunar calendar (Hồ Ngọc Đức's algorithm at
 * UTC+7, as `@dqcai/vn-lunar` computes it; the test recomputes each one). Vietnam's new year can
 * differ from China's (UTC+8): 2030 begins on 2 February here, 3 February there.
 */
export const lunarAnchors: Readonly<Record<number, LunarAnchors>> = {
  2019: { tet: '2019-02-05', hungKings: '2019-04-14' },
  2020: { tet: '2020-01-25', hungKings: '2020-04-02' },
  2021: { tet: '2021-02-12', hungKings: '2021-04-21' },
  2022: { tet: '2022-02-01', hungKings: '2022-04-10' },
  2023: { tet: '2023-01-22', hungKings: '2023-04-29' },
  2024: { tet: '2024-02-10', hungKings: '2024-04-18' },
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
  2028: { tet: '2028-01-26', hungKings: '2028-04-04' },
  2029: { tet: '2029-02-13', hungKings: '2029-04-23' },
  2030: { tet: '2030-02-02', hungKings: '2030-04-12' },
  2031: { tet: '2031-01-23', hungKings: '2031-04-01' },
  2032: { tet: '2032-02-11', hungKings: '2032-04-19' },
  2033: { tet: '2033-01-31', hungKings: '2033-04-09' },
  2034: { tet: '2034-02-19', hungKings: '2034-04-28' },
  2035: { tet: '2035-02-08', hungKings: '2035-04-17' },
  2036: { tet: '2036-01-28', hungKings: '2036-04-06' },
  2037: { tet: '2037-02-15', hungKings: '2037-04-24' },
  2038: { tet: '2038-02-04', hungKings: '2038-04-13' },
  2039: { tet: '2039-01-24', hungKings: '2039-04-03' },
  2040: { tet: '2040-02-12', hungKings: '2040-04-20' },
};

/**
 * The calendar's edition, named on every deadline counted with it and in the audit event when a
 * new edition moves a running deadline (advance-case.ts). Change it whenever the days change: a
 * test holds the fingerprint of every day 2019–2040 to this name.
 */
export const CALENDAR_VERSION = '2026-12-02';

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2040;

/**
 * Years whose days are decided, as the state sector keeps them (research of 2 Dec 2026; 2027 is not
 * decided yet). One line a year, kept short because every function that counts a period carries it:
 * `holiday:kind:MMDD,…` (kind h = the holiday, c = a compensatory day under art. 111(3), s = a
 * swapped weekday; eight digits for a day of the year before) and `worked:MMDD>MMDD` for a
 * Saturday worked in exchange. The Government Office letters and ministry notices that decided
 * each year are in calendar-sources.ts.
 */
const decidedDays: Readonly<Record<number, string>> = {
  2019: 'new_year:s:20181231 new_year:h:0101 tet:h:0204,0205,0206,0207,0208 hung_kings:c:0415 reunification:s:0429 reunification:h:0430 labour:h:0501 national:h:0902 worked:0105>20181231 worked:0504>0429',
  2020: 'new_year:h:0101 tet:h:0123,0124,0127 tet:c:0128,0129 hung_kings:h:0402 reunification:h:0430 labour:h:0501 national:h:0902',
  2021: 'new_year:h:0101 tet:h:0210,0211,0212 tet:c:0215,0216 hung_kings:h:0421 reunification:h:0430 labour:c:0503 national:h:0902,0903',
  2022: 'new_year:c:0103 tet:h:0131,0201,0202,0203,0204 hung_kings:c:0411 reunification:c:0502 labour:c:0503 national:h:0901,0902',
  2023: 'new_year:c:0102 tet:h:0120,0123,0124 tet:c:0125,0126 labour:h:0501 hung_kings:c:0502 reunification:c:0503 national:h:0901 national:c:0904',
  2024: 'new_year:h:0101 tet:h:0208,0209,0212 tet:c:0213,0214 hung_kings:h:0418 reunification:s:0429 reunification:h:0430 labour:h:0501 national:h:0902,0903 worked:0504>0429',
  2025: 'new_year:h:0101 tet:h:0127,0128,0129,0130,0131 hung_kings:h:0407 reunification:h:0430 labour:h:0501 labour:s:0502 national:h:0901,0902 worked:0426>0502',
  2026: 'new_year:h:0101 new_year:s:0102 tet:h:0216,0217,0218,0219,0220 hung_kings:c:0427 reunification:h:0430 labour:h:0501 national:s:0831 national:h:0901,0902 worked:0110>0102 worked:0822>0831',
};

const kinds = { h: 'holiday', c: 'compensatory', s: 'swap' } as const;

function decidedYear(year: number, line: string): CalendarYear {
  const day = (d: string) =>
    d.length === 8
      ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`
      : `${year}-${d.slice(0, 2)}-${d.slice(2)}`;
  const out: CalendarYear = { year, status: 'decided', daysOff: [], workedDays: [], provisionalWindows: [] };
  for (const group of line.split(' ')) {
    const parts = group.split(':');
    if (parts[0] === 'worked') {
      const [date, swapped] = parts[1]!.split('>') as [string, string];
      out.workedDays.push({ date: day(date), for: day(swapped) });
      continue;
    }
    const [holiday, kind, dates] = parts as [HolidayName, keyof typeof kinds, string];
    for (const d of dates.split(',')) out.daysOff.push({ date: day(d), holiday, kind: kinds[kind] });
  }
  return out;
}

function computedOrDecided(year: number): CalendarYear {
  const line = decidedDays[year];
  if (line) return decidedYear(year, line);
  const anchors = lunarAnchors[year];
  if (!anchors) throw new Error(`no lunar anchors for ${year}`);
  return provisionalYear(year, anchors);
}

/** Every year the calendar serves, decided or computed. */
export const calendarYears: readonly CalendarYear[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => computedOrDecided(FIRST_YEAR + i),
);

/** The calendar without the state sector's swaps: the one every period counts by today (LEGAL.md §0). */
export const stateCalendar = holidayCalendar(calendarYears, { honourSwaps: false });

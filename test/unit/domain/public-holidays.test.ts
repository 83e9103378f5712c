/**
 * The holiday calendar (issue 14 §1): lunar anchors recomputed from the lunar calendar, the rule for
 * undecided years checked against the decided ones, hand-computed periods across a provisional New
 * Year, and properties of counting over the whole calendar, 2019–2040.
 */
import { getSolarDate } from '@dqcai/vn-lunar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, fromDayNumber, toDayNumber } from '../../../shared/domain/calendar.js';
import { calendarSources } from '../../../shared/domain/calendar-sources.js';
import { calendarYears, FIRST_YEAR, LAST_YEAR, lunarAnchors } from '../../../shared/domain/calendar-years.js';
import { dueOn } from '../../../shared/domain/deadlines.js';
import { calendarOf } from '../../../shared/domain/profile.js';
import { servedDates } from '../../../shared/domain/profiles/index.js';
import { holidayCalendar, provisionalYear } from '../../../shared/domain/public-holidays.js';

const cal = calendarOf({ honoursSwaps: false });
const pad = (n: number) => String(n).padStart(2, '0');
const solar = (s: { day: number; month: number; year: number }) => `${s.year}-${pad(s.month)}-${pad(s.day)}`;
const isWeekend = (d: string) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

describe('lunar anchors', () => {
  it('are the lunar calendar’s mùng 1 Tết and 10/3 for every year 2019–2040 (UTC+7)', () => {
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      expect(lunarAnchors[y]).toEqual({
        tet: solar(getSolarDate(1, 1, y)),
        hungKings: solar(getSolarDate(10, 3, y)),
      });
    }
    // Where Vietnam's calendar and China's part: Tết Canh Tuất is 2 February 2030 here.
    expect(lunarAnchors[2030]!.tet).toBe('2030-02-02');
  });
});

describe('the rule for a year not yet decided', () => {
  const decided = calendarYears.filter((y) => y.status === 'decided');

  it('names the texts that decided each decided year, and none for a computed one', () => {
    expect(decided.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of calendarYears)
      expect((calendarSources[y.year] ?? []).length > 0).toBe(y.status === 'decided');
    // Each swapped weekday has its Saturday worked, and the other way round.
    for (const y of decided)
      expect(y.workedDays.map((w) => w.for).sort()).toEqual(
        y.daysOff
          .filter((d) => d.kind === 'swap')
          .map((d) => d.date)
          .sort(),
      );
  });

  it('puts every fixed-date and lunar holiday of the decided years where the decisions did', () => {
    expect(decided.length).toBeGreaterThan(0);
    for (const year of decided) {
      const computed = provisionalYear(year.year, lunarAnchors[year.year]!);
      const anchors = [
        `${year.year}-01-01`,
        lunarAnchors[year.year]!.tet,
        lunarAnchors[year.year]!.hungKings,
        `${year.year}-04-30`,
        `${year.year}-05-01`,
        `${year.year}-09-02`,
      ];
      const decidedOff = new Set(year.daysOff.map((d) => d.date));
      const computedOff = new Set(computed.daysOff.map((d) => d.date));
      for (const a of anchors) {
        // A holiday on a weekday is a day off in both; on a weekend, both give the next working day.
        if (!isWeekend(a)) {
          expect(decidedOff.has(a), `${a} decided`).toBe(true);
          expect(computedOff.has(a), `${a} computed`).toBe(true);
        }
      }
      // Compensatory days (art. 111(3)) agree wherever the decision names them.
      for (const d of year.daysOff.filter((x) => x.kind === 'compensatory'))
        expect(computedOff.has(d.date), `${d.date} compensatory`).toBe(true);
      // Tết's days off, compensatory ones included, are the decided ones in every year.
      const tet = (days: typeof year.daysOff) =>
        days
          .filter((d) => d.holiday === 'tet')
          .map((d) => d.date)
          .sort();
      expect(tet(computed.daysOff), `Tết ${year.year}`).toEqual(tet(year.daysOff));
    }
  });

  it('gives the next working day for a holiday on a weekend (Labour Code 2019 art. 111(3))', () => {
    const y2027 = provisionalYear(2027, lunarAnchors[2027]!);
    // 1 May 2027 is a Saturday: Monday 3 May off.
    expect(y2027.daysOff).toContainEqual({ date: '2027-05-03', holiday: 'labour', kind: 'compensatory' });
    const y2028 = provisionalYear(2028, lunarAnchors[2028]!);
    // 1 January 2028 is a Saturday: Monday 3 January off.
    expect(y2028.daysOff).toContainEqual({ date: '2028-01-03', holiday: 'new_year', kind: 'compensatory' });
    expect(y2028.status).toBe('provisional');
  });

  it('keeps one day for 2 September before 2021 (Labour Code 2012 art. 115), two after', () => {
    const national = (y: number) =>
      provisionalYear(y, lunarAnchors[y]!).daysOff.filter(
        (d) => d.holiday === 'national' && d.kind === 'holiday',
      );
    expect(national(2020).map((d) => d.date)).toEqual(['2020-09-02']);
    expect(national(2024).map((d) => d.date)).toEqual(['2024-09-02', '2024-09-03']);
  });
});

describe('periods over the calendar', () => {
  it('2 Dec 2027 + 30 days ends Tuesday 4 Jan 2028, provisionally (Civil Code art. 148(5); LC art. 111(3))', () => {
    // Day 30 is Saturday 1 January (a holiday on a weekend), Sunday 2, Monday 3 in its place.
    const last = dueOn({ startedOn: '2027-12-02', days: 30, dayType: 'calendar' }, cal);
    expect(last).toBe('2028-01-04');
    expect(cal.isProvisional('2027-12-02', last!)).toBe(true);
  });

  it('says a period counted through decided days only is not provisional', () => {
    const last = dueOn({ startedOn: '2026-03-02', days: 30, dayType: 'calendar' }, cal);
    expect(last).toBe('2026-04-01');
    expect(cal.isProvisional('2026-03-02', last!)).toBe(false);
    // Across Tết 2027, not yet decided: provisional.
    const tet = dueOn({ startedOn: '2027-01-25', days: 10, dayType: 'working' }, cal)!;
    expect(cal.isProvisional('2027-01-25', tet)).toBe(true);
  });

  it('serves 2019 to 2040 for the state-law profile', () => {
    expect(servedDates('vn-state-law')).toEqual({ from: '2019-01-01', to: '2040-12-31' });
  });

  it('honours swaps only for a profile that says so (LEGAL.md §0 [U])', () => {
    const swapping = holidayCalendar(calendarYears, { honourSwaps: true });
    // 2026: Friday 2 January off, Saturday 10 January worked (Ministry of Home Affairs).
    expect(cal.isWorkingDay('2026-01-02')).toBe(true);
    expect(swapping.isWorkingDay('2026-01-02')).toBe(false);
    expect(swapping.isWorkingDay('2026-01-10')).toBe(true);
    expect(cal.isWorkingDay('2026-01-10')).toBe(false);
  });

  const day = fc
    .integer({ min: toDayNumber(`${FIRST_YEAR}-01-01`), max: toDayNumber(`${LAST_YEAR}-10-01`) })
    .map(fromDayNumber);

  it('never ends a working-day period on a day off', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 90 }), (startedOn, days) => {
        const last = dueOn({ startedOn, days, dayType: 'working' }, cal)!;
        expect(cal.isWorkingDay(last)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('only ever moves a calendar-day period’s end later, to the next working day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (startedOn, days) => {
        const raw = addDays(startedOn, days);
        const last = dueOn({ startedOn, days, dayType: 'calendar' }, cal)!;
        expect(last >= raw).toBe(true);
        expect(cal.isWorkingDay(last)).toBe(true);
        for (let d = raw; d < last; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

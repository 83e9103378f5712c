import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  endOfLocalDay,
  fromDayNumber,
  toDayNumber,
} from '../../../shared/domain/calendar.js';
import { type ClockSpec, daysUsed, dueOn } from '../../../shared/domain/deadlines.js';
import { calendarOf } from '../../../shared/domain/profile.js';
import { vnStateLaw2019 } from '../../../shared/domain/profiles/vn-state-law.js';

const cal = calendarOf(vnStateLaw2019);
const isWorking = (d: string) => cal.isWorkingDay(d);

/** Dates within the years the profile has holiday tables for. */
const dateArb = fc
  .integer({ min: toDayNumber('2025-01-01'), max: toDayNumber('2027-06-30') })
  .map(fromDayNumber);

describe('calendar', () => {
  it('knows weekdays and the end of a local day in Asia/Ho_Chi_Minh', () => {
    expect(dayOfWeek('2026-11-28')).toBe(6); // a Saturday
    expect(endOfLocalDay('2026-12-08')).toBe('2026-12-08T17:00:00.000Z'); // 24:00 +07:00
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('dueOn (Civil Code art. 147–148)', () => {
  it('starts counting the day after the event', () => {
    expect(dueOn({ startedOn: '2026-03-02', days: 10, dayType: 'calendar' }, cal)).toBe('2026-03-12');
  });

  it('moves a calendar deadline ending on a weekend to the next working day', () => {
    // 2026-03-06 + 30 days = 2026-04-05, a Sunday
    expect(dueOn({ startedOn: '2026-03-06', days: 30, dayType: 'calendar' }, cal)).toBe('2026-04-06');
  });

  it('moves a calendar deadline ending in Tết past the holiday', () => {
    // 2026-02-06 + 10 days = 2026-02-16 (Tết holiday, Mon) → first working day after Tết is 2026-02-23
    expect(dueOn({ startedOn: '2026-02-06', days: 10, dayType: 'calendar' }, cal)).toBe('2026-02-23');
  });

  it('counts working days around weekends and Tết', () => {
    // Received Thu 2026-02-12: Fri 13 is day 1, Tết 16–20 and weekends skipped, Thu 26 is day 5
    expect(dueOn({ startedOn: '2026-02-12', days: 5, dayType: 'working' }, cal)).toBe('2026-02-26');
    expect(dueOn({ startedOn: '2026-11-28', days: 7, dayType: 'working' }, cal)).toBe('2026-12-08');
  });

  it('has no due date while a suspension is open', () => {
    expect(
      dueOn(
        {
          startedOn: '2026-03-02',
          days: 30,
          dayType: 'calendar',
          pauses: [{ from: '2026-03-10', to: null }],
        },
        cal,
      ),
    ).toBeNull();
  });

  it('never ends a working-day period on a weekend or holiday', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (startedOn, days) => {
        const due = dueOn({ startedOn, days, dayType: 'working' }, cal)!;
        expect(isWorking(due)).toBe(true);
        expect(daysUsed({ startedOn, days, dayType: 'working' }, due, cal)).toBe(days);
      }),
    );
  });

  it('ends a calendar period on a working day no earlier than start + days', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 90 }), (startedOn, days) => {
        const due = dueOn({ startedOn, days, dayType: 'calendar' }, cal)!;
        expect(isWorking(due)).toBe(true);
        expect(due >= addDays(startedOn, days)).toBe(true);
        // it only moves past non-working days
        for (let d = addDays(startedOn, days); d < due; d = addDays(d, 1)) expect(isWorking(d)).toBe(false);
      }),
    );
  });

  it('moves a working-day deadline by exactly the working days suspended', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 2, max: 40 }),
        fc.nat(),
        fc.integer({ min: 0, max: 30 }),
        (startedOn, days, at, len) => {
          const spec: ClockSpec = { startedOn, days, dayType: 'working' };
          const before = dueOn(spec, cal)!;
          const from = addDays(startedOn, at % Math.max(1, toDayNumber(before) - toDayNumber(startedOn)));
          const to = addDays(from, len);
          const k = daysUsed({ startedOn: from, days: 1, dayType: 'working' }, to, cal);
          const after = dueOn({ ...spec, pauses: [{ from, to }] }, cal)!;
          // `after` is the k-th working day after `before`
          expect(
            k === 0
              ? after === before
              : daysUsed({ startedOn: before, days: 1, dayType: 'working' }, after, cal) === k,
          ).toBe(true);
        },
      ),
    );
  });

  it('moves a calendar deadline by exactly the days suspended, before the weekend rule', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 2, max: 60 }),
        fc.nat(),
        fc.integer({ min: 0, max: 30 }),
        (startedOn, days, at, len) => {
          const from = addDays(startedOn, at % days);
          const to = addDays(from, len);
          const after = dueOn({ startedOn, days, dayType: 'calendar', pauses: [{ from, to }] }, cal)!;
          const rawAfter = addDays(startedOn, days + len);
          expect(after >= rawAfter).toBe(true);
          for (let d = rawAfter; d < after; d = addDays(d, 1)) expect(isWorking(d)).toBe(false);
        },
      ),
    );
  });

  it('never shortens a period when days are added', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('calendar', 'working'),
        (startedOn, days, more, dayType) => {
          const a = dueOn({ startedOn, days, dayType: dayType as 'calendar' | 'working' }, cal)!;
          const b = dueOn({ startedOn, days: days + more, dayType: dayType as 'calendar' | 'working' }, cal)!;
          expect(b > a || (dayType === 'calendar' && b >= a)).toBe(true);
        },
      ),
    );
  });
});

describe('suspension (Law on Denunciations art. 34(2))', () => {
  it('stops the resolution period only; the acceptance notice keeps running', async () => {
    const { pauseClocks, startClocks } = await import('../../../shared/domain/clocks.js');
    const rules = vnStateLaw2019.tracks.denunciation!;
    const flags = { remoteArea: false, complexity: 'normal' as const };
    const running = [
      ...startClocks(rules, 'received', '2026-03-02', flags, vnStateLaw2019),
      ...startClocks(rules, 'accepted', '2026-03-09', flags, vnStateLaw2019),
    ];
    const paused = pauseClocks(running, '2026-03-20', vnStateLaw2019);
    for (const k of paused.filter((x) => x.state === 'running')) {
      const open = k.pauses.some((p) => p.to === null);
      expect(open, k.name).toBe(k.name === 'resolution');
      if (k.name !== 'resolution') expect(k.dueOn).toBe(running.find((r) => r.name === k.name)!.dueOn);
    }
    expect(paused.some((k) => k.name === 'resolution')).toBe(true);
    expect(paused.some((k) => k.name !== 'resolution' && k.state === 'running')).toBe(true);
  });
});

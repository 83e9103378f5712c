/**
 * Calendar editions (issue 14 §2): every deadline names the edition it was counted with; a new
 * edition counts the running deadlines again and says which last days moved.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CALENDAR_VERSION, calendarYears } from '../../../shared/domain/calendar-years.js';
import { countedWithOldCalendar, recountClocks, startClocks } from '../../../shared/domain/clocks.js';
import { vnStateLaw2019 } from '../../../shared/domain/profiles/vn-state-law.js';

const flags = { remoteArea: false, complexity: 'normal' as const };

describe('calendar editions', () => {
  it('are named after the days they hold: changing a day without a new name fails here', () => {
    // Every holiday, compensatory day, swap, Saturday worked and provisional window, 2019–2040.
    const fingerprint = createHash('sha256').update(JSON.stringify(calendarYears)).digest('hex').slice(0, 16);
    expect(EDITIONS[CALENDAR_VERSION]).toBe(fingerprint);
  });

  it('stamp every clock started with the edition', () => {
    const clocks = startClocks(
      vnStateLaw2019.tracks.complaint_1!,
      'accepted',
      '2027-01-20',
      flags,
      vnStateLaw2019,
    );
    expect(clocks.length).toBeGreaterThan(0);
    expect(clocks.every((c) => c.calendar === CALENDAR_VERSION)).toBe(true);
    expect(countedWithOldCalendar(clocks)).toBe(false);
  });

  it('count running deadlines again, listing only the last days that moved', () => {
    const [now] = startClocks(
      vnStateLaw2019.tracks.complaint_1!,
      'accepted',
      '2027-01-20',
      flags,
      vnStateLaw2019,
    );
    // As counted by an older edition that did not have Tết 2027 yet: five days earlier.
    const old = { ...now!, dueOn: '2027-02-25', calendar: '2026-06-01' };
    const met = { ...now!, name: 'acceptance' as const, state: 'met' as const, calendar: '2026-06-01' };
    expect(countedWithOldCalendar([old, met])).toBe(true);
    const { clocks, changes } = recountClocks([old, met], vnStateLaw2019);
    expect(changes).toEqual([{ clock: now!.name, from: '2027-02-25', to: now!.dueOn, provisional: true }]);
    expect(clocks[0]).toEqual(now);
    // A clock that is met or stopped keeps what it was counted with.
    expect(clocks[1]).toBe(met);
    // Counted with this edition already: stamped, nothing moved.
    expect(recountClocks([now!], vnStateLaw2019).changes).toEqual([]);
    // Counted with a newer edition (code still running from before a deployment): left as it is.
    const newer = { ...now!, dueOn: '2027-03-05', calendar: '2099-01-01' };
    expect(countedWithOldCalendar([newer])).toBe(false);
    expect(recountClocks([newer], vnStateLaw2019).clocks[0]).toBe(newer);
  });
});

/**
 * Each edition's days by fingerprint: a new edition (a year decided, a correction) adds a line here
 * and names itself in CALENDAR_VERSION; running cases are then counted again (advance-case.ts).
 */
const EDITIONS: Record<string, string> = {
  '2026-12-02': 'a3d728d1fd905ee3',
};

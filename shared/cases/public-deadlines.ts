/** What the profile in force on a date says about a kind's deadlines, before anyone files. */
import type { IsoDate } from '../domain/calendar.js';
import { periodDays } from '../domain/clocks.js';
import { dueOn } from '../domain/deadlines.js';
import { invalid } from '../domain/errors.js';
import {
  type CaseKind,
  type ClockEvent,
  type Complexity,
  calendarOf,
  rulesFor,
  trackOf,
} from '../domain/profile.js';
import { profileOn, servedDates } from '../domain/profiles/index.js';

export interface DeadlineQuery {
  profile?: string;
  kind: CaseKind;
  instance?: 1 | 2;
  anonymous?: boolean;
  receivedOn: IsoDate;
  acceptedOn?: IsoDate;
  assignedOn?: IsoDate;
  remote: boolean;
  complexity: Complexity;
}

/** Refuses dates outside those served (422 naming the range), never a failure deeper down. */
function assertServed(q: DeadlineQuery): void {
  const { from, to } = servedDates(q.profile);
  const issues = (['receivedOn', 'acceptedOn', 'assignedOn'] as const)
    .filter((f) => q[f] !== undefined && (q[f]! < from || q[f]! > to))
    .map((f) => ({ path: [f], message: 'date_not_served', code: 'date_not_served', params: { from, to } }));
  if (issues.length) throw invalid(`dates served: ${from} to ${to}`, issues);
}

export function publicDeadlines(q: DeadlineQuery) {
  assertServed(q);
  const profile = profileOn(q.receivedOn, q.profile);
  const track = trackOf(q.kind, { instance: q.instance, anonymous: q.anonymous });
  const rules = rulesFor(profile, track);
  const cal = calendarOf(profile);
  const starts: Record<ClockEvent, IsoDate | undefined> = {
    received: q.receivedOn,
    accepted: q.acceptedOn,
    assigned: q.assignedOn,
    decided: undefined,
  };
  return {
    profile: {
      id: profile.id,
      version: profile.version,
      effectiveFrom: profile.effectiveFrom,
      name: profile.name,
    },
    track,
    trackLabel: rules.label,
    deadlines: rules.deadlines.map((r) => {
      const days = periodDays(r, { remoteArea: q.remote, complexity: q.complexity });
      const startedOn = starts[r.from];
      const due = startedOn ? dueOn({ startedOn, days, dayType: r.dayType }, cal) : null;
      return {
        name: r.name,
        from: r.from,
        startedOn: startedOn ?? null,
        dueOn: due,
        /** Counted through days not yet decided (a year's Tết, the day beside 2 September…). */
        provisional: startedOn && due ? cal.isProvisional(startedOn, due) : false,
        dayType: r.dayType,
        days,
        maxExtensions: r.extension ? r.extension.maxTimes[q.complexity] : 0,
        extensionDays: r.extension?.days ?? 0,
        basis: r.basis,
        verification: r.verification,
      };
    }),
  };
}

/**
 * The dashboard's cost at 1 000 and at 100 000 cases (DESIGN.md §7): both tables are seeded with
 * the counters those cases give — their events run through the same projection as the live
 * projector, written in bulk instead of one transaction per event — plus real overdue case items
 * for the overdue list. Then the dashboard and a report are read repeatedly from each, counting
 * DynamoDB requests and timing them.
 */
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dashboard, report } from '../../shared/cases/metrics-view.js';
import { addDays, type IsoDate, localDate } from '../../shared/domain/calendar.js';
import { openCase } from '../../shared/domain/case.js';
import { type Intake, intakeSchema } from '../../shared/domain/intake.js';
import { type CaseFacts, deltaOf, type ProjectedEvent, quarterOf } from '../../shared/domain/metrics.js';
import { profileOn } from '../../shared/domain/profiles/index.js';
import { caseItem } from '../../shared/store/case-repository.js';
import { accumulate, type CounterTotals, counterWrites } from '../../shared/store/metrics.js';

const KINDS = ['complaint', 'denunciation', 'petition', 'dispute'] as const;
const FIELDS = ['land_housing', 'policy_benefits', 'civil_service', 'corruption', 'other'] as const;
const COMMITTEES = ['ubkt-1', 'ubkt-2'];

/** A small seeded generator (mulberry32): both sizes are built the same way, and tests can replay a seed. */
export function seededRandom(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const at = (day: IsoDate) => `${day}T03:00:00.000Z`;

/** One synthetic case's facts and events over the two years before `today`. */
function synthetic(
  i: number,
  rnd: () => number,
  today: IsoDate,
): { facts: CaseFacts; events: ProjectedEvent[] } {
  const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
  const receivedOn = addDays(today, -Math.floor(rnd() * 730));
  const caseId = `bench-${i}`;
  const facts: CaseFacts = {
    caseId,
    committee: COMMITTEES[i % 2]!,
    kind,
    field: FIELDS[Math.floor(rnd() * FIELDS.length)]!,
    track: kind === 'complaint' ? 'complaint_1' : kind,
    anonymous: false,
    receivedOn,
  };
  const ev = (seq: number, day: IsoDate, action: string, from: string | null, to: string, data = {}) => ({
    caseId,
    seq,
    at: at(day > today ? today : day),
    action,
    from,
    to,
    data,
  });
  const events: ProjectedEvent[] = [ev(1, receivedOn, 'submit', null, 'screening')];
  const r = rnd();
  if (r < 0.1) {
    events.push(
      ev(2, addDays(receivedOn, 5), 'reject', 'screening', 'rejected', { m: { wasAccepted: false } }),
    );
  } else if (r < 0.15) {
    events.push(
      ev(2, addDays(receivedOn, 3), 'withdraw', 'screening', 'withdrawn', { m: { wasAccepted: false } }),
    );
  } else if (r < 0.9) {
    const acceptDays = Math.floor(rnd() * 10);
    const acceptedOn = addDays(receivedOn, acceptDays);
    events.push(ev(2, acceptedOn, 'accept', 'screening', 'accepted', { m: { days: acceptDays } }));
    const decideDays = 10 + Math.floor(rnd() * 50);
    if (rnd() < 0.8 && addDays(acceptedOn, decideDays) <= today) {
      events.push(
        ev(3, addDays(acceptedOn, decideDays), 'approve_decision', 'decision_proposed', 'decided', {
          m: {
            outcome: 'upheld',
            onTime: decideDays <= 30,
            days: decideDays,
            wasAccepted: true,
            wasOverdue: false,
          },
        }),
      );
    }
  }
  return { facts, events };
}

export interface MetricsBench {
  cases: number;
  counterItems: number;
  dashboard: { requests: Record<string, number>; p50: number; p95: number };
  report: { requests: Record<string, number>; p50: number };
}

async function writeAll(db: DynamoDBDocumentClient, tableName: string, items: Record<string, unknown>[]) {
  for (let i = 0; i < items.length; i += 25) {
    let request: Record<string, unknown[]> | undefined = {
      [tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    while (request && Object.keys(request).length) {
      const out = await db.send(new BatchWriteCommand({ RequestItems: request as never }));
      request = out.UnprocessedItems as typeof request;
    }
  }
}

/** Seeds `n` cases' counters and 1 % of them as real overdue cases, then measures. */
export async function benchDashboard(
  db: DynamoDBDocumentClient,
  tableName: string,
  n: number,
  overdueIntake: Intake,
  counted: () => Record<string, number>,
  resetCount: () => void,
  /** Called once per case synthesised (the bench's progress line). */
  onCase: () => void = () => {},
): Promise<MetricsBench> {
  const today = localDate(new Date());
  const rnd = seededRandom(20261128);
  const counters: CounterTotals = new Map();
  for (let i = 0; i < n; i++) {
    onCase();
    const { facts, events } = synthetic(i, rnd, today);
    for (const e of events) {
      const d = deltaOf(facts, e);
      if (!d) continue;
      accumulate(counters, counterWrites(facts, e, d));
    }
  }
  await writeAll(
    db,
    tableName,
    [...counters.values()].map((c) => ({ ...c.key, entity: 'metric', ...c.counts })),
  );
  const profile = profileOn(today);
  const overdue = Array.from({ length: Math.ceil(n / 100) }, (_, i) => {
    const intake = intakeSchema.parse({
      ...overdueIntake,
      committee: COMMITTEES[i % 2]!,
      learnedOn: addDays(today, -70),
    });
    const opened = openCase(intake, {
      caseId: randomUUID(),
      random8: String(i).padStart(8, '0'),
      now: new Date(at(addDays(today, -60))),
      profile,
      pseudonymTag: 'BN',
    }).case;
    return caseItem({
      ...opened,
      status: 'investigating',
      overdue: ['resolution'],
      acceptedOn: addDays(today, -55),
    });
  });
  await writeAll(db, tableName, overdue);

  const s = { db, tableName };
  const quarter = quarterOf(today);
  const viewer = { committees: ['ubkt-1'] };
  const times: number[] = [];
  let dashRequests: Record<string, number> = {};
  for (let i = 0; i < 40; i++) {
    resetCount();
    const t0 = performance.now();
    await dashboard(s, { period: quarter, committee: 'ubkt-1' }, viewer, COMMITTEES, new Date());
    times.push(performance.now() - t0);
    dashRequests = counted();
  }
  const reportTimes: number[] = [];
  let reportRequests: Record<string, number> = {};
  for (let i = 0; i < 20; i++) {
    resetCount();
    const t0 = performance.now();
    await report(s, { period: `${today.slice(0, 4)}-9M` }, viewer, COMMITTEES);
    reportTimes.push(performance.now() - t0);
    reportRequests = counted();
  }
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
  return {
    cases: n,
    counterItems: counters.size,
    dashboard: { requests: dashRequests, p50: pct(times.slice(5), 0.5), p95: pct(times.slice(5), 0.95) },
    report: { requests: reportRequests, p50: pct(reportTimes.slice(3), 0.5) },
  };
}

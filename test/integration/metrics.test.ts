/**
 * Issue 6: the live counters, projected from the table's stream, equal a recount from the audit
 * trail after a randomized workload with retried requests, a failed projector batch and replayed
 * stream records; and the projection counts what happened (a hand-checked case).
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../infra/local/bench-metrics.js';
import { dynamo } from '../../shared/aws/clients/dynamo.js';
import { expectedCounters, monthsBetween } from '../../shared/cases/recount-metrics.js';
import { localDate } from '../../shared/domain/calendar.js';
import { intakes } from '../support/fixtures.js';
import { act, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime, testClock } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;

beforeAll(async () => {
  testClock.set('2026-03-02T03:00:00Z');
  rt = await startTestRuntime();
  t = await loginAll(rt);
});
afterAll(async () => {
  testClock.at = null;
  await rt?.stop();
});

/** Every live counter item (a test may Scan; the product never does). */
async function liveCounters(): Promise<Map<string, Record<string, number>>> {
  const out = new Map<string, Record<string, number>>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new ScanCommand({
        TableName: rt.tableName,
        FilterExpression: 'entity = :m',
        ExpressionAttributeValues: { ':m': 'metric' },
        ExclusiveStartKey: start,
      }),
    );
    for (const { PK, SK, entity: _e, ...counts } of page.Items ?? []) out.set(`${PK}\u0000${SK}`, counts);
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

async function recount() {
  const r = await expectedCounters(
    { db: dynamo(), tableName: rt.tableName },
    monthsBetween('2026-01', '2026-12-31'),
  );
  return new Map([...r.counters].map(([k, v]) => [k, v.counts as Record<string, number>]));
}

/** A rejection ground each kind's procedure has. */
const groundFor = (kind: string) =>
  ({ denunciation: 'form_requirements', petition: 'ineligible', dispute: 'public_interest' })[kind] ??
  'not_signed';

const propose = (outcome: string) => ({
  action: 'propose_decision',
  outcome,
  summary: 'Kết quả xác minh nội dung đơn tại địa phương.',
});

describe('metrics projection', () => {
  it('counts one complaint’s life exactly', async () => {
    const c = await fileCase(rt, t.intake, { ...intakes.complaint(), learnedOn: '2026-02-20' });
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    testClock.set('2026-03-12T03:00:00Z');
    await act(rt, t.investigator, c.caseId, propose('partly_upheld'));
    await act(rt, t.chair, c.caseId, { action: 'approve_decision' });
    await rt.metrics.drain();
    const live = await liveCounters();
    const march = live.get('METRIC#ubkt-1#T\u0000M#2026-03#complaint')!;
    expect(march).toMatchObject({
      received: 1,
      screened: 1,
      eligible: 1,
      withinJurisdiction: 1,
      accepted: 1,
      resolved: 1,
      resolvedOnTime: 1,
      endedAfterAcceptance: 1,
      acceptDaysSum: 0,
      resolveDaysSum: 10,
      resolveDaysN: 1,
      outcome_partly_upheld: 1,
    });
    expect(live.get('METRIC#*#T\u0000Q#2026-Q1#*')).toMatchObject({ received: 1, resolved: 1 });
    expect(live.get('METRIC#ubkt-1#NOW\u0000OPEN#2026-03-02')).toMatchObject({ open: 0 });
  });

  it('equals a recount from the audit trail after a randomized workload with retries and replays', async () => {
    const seed = Number(process.env.METRICS_SEED ?? Date.now() % 100_000);
    const rnd = seededRandom(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const references: string[] = [];
    for (let i = 0; i < 14; i++) {
      testClock.set(
        `2026-0${pick([3, 4, 5, 6])}-${String(2 + Math.floor(rnd() * 20)).padStart(2, '0')}T03:00:00Z`,
      );
      const kind = pick(['complaint', 'denunciation', 'petition', 'dispute'] as const);
      const body = {
        ...intakes[kind](),
        committee: pick(['ubkt-1', 'ubkt-2']),
        ...(kind === 'complaint' ? { learnedOn: localDate(testClock.now()) } : {}),
      };
      // A retried filing (same Idempotency-Key) is one case.
      const key = `metrics-${seed}-${i}`;
      const first = await rt.call('/public/cases', { body, headers: { 'idempotency-key': key } });
      expect(first.status, JSON.stringify(first.body)).toBe(201);
      const [screen, chair, inv] =
        body.committee === 'ubkt-1'
          ? [t.intake, t.chair, t.investigator]
          : [t.chairB, t.chairB, t.investigatorB];
      const c = await fileCase(rt, screen, body, { 'idempotency-key': key });
      const outcomes = {
        complaint: ['upheld', 'not_upheld'],
        denunciation: ['true', 'false'],
        petition: ['answered'],
        dispute: ['settled'],
      };
      // Cases of the second committee (another procedure) end at screening.
      const endings =
        body.committee === 'ubkt-1'
          ? (['decide', 'decide', 'reject', 'transfer', 'withdraw', 'duplicate', 'open'] as const)
          : (['transfer', 'withdraw', 'open'] as const);
      const ending = pick(endings);
      if (ending === 'reject') {
        await act(rt, screen, c.caseId, {
          action: 'reject',
          ground: kind === 'complaint' ? 'not_signed' : groundFor(kind),
          reason: 'Đơn không đủ điều kiện.',
        });
      } else if (ending === 'transfer') {
        // To an outside body (closed), or to the other committee (open there, out of this one).
        const other = body.committee === 'ubkt-1' ? 'ubkt-2' : 'ubkt-1';
        await act(rt, screen, c.caseId, {
          action: 'transfer',
          ...(rnd() < 0.5 ? { toBody: 'Thanh tra tỉnh' } : { toCommittee: other }),
          reason: 'Không thuộc thẩm quyền.',
        });
      } else if (ending === 'withdraw') {
        expect((await rt.call(`/public/cases/${c.receipt}/withdraw`, { body: {} })).status).toBe(200);
        await rt.sfn.idle();
      } else if (ending === 'duplicate' && references.length) {
        await act(rt, screen, c.caseId, {
          action: 'mark_duplicate',
          duplicateOf: pick(references),
          reason: 'Trùng nội dung với đơn trước.',
        });
      } else if (ending === 'decide') {
        await act(rt, screen, c.caseId, { action: 'accept' });
        await act(rt, chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
        testClock.advanceDays(Math.floor(rnd() * 50));
        await rt.scheduler.fireDue(testClock.now()); // late cases get their overdue alerts
        await rt.sfn.idle();
        if (kind === 'dispute')
          await act(rt, inv, c.caseId, {
            action: 'record_dialogue',
            heldOn: localDate(testClock.now()),
            participants: 3,
            summary: 'Buổi hòa giải giữa các bên tại nhà văn hóa.',
          });
        await act(rt, inv, c.caseId, propose(pick(outcomes[kind])));
        await act(rt, chair, c.caseId, { action: 'approve_decision' });
        if (rnd() < 0.3) {
          await act(rt, chair, c.caseId, { action: 'close' });
          await act(rt, chair, c.caseId, { action: 'reopen', reason: 'Có tình tiết mới.' });
        }
      }
      references.push(c.reference);
      // Now and then the projector gets the last records again, as after a Lambda retry.
      if (rnd() < 0.4) {
        await rt.metrics.drain();
        await rt.metrics.replayLast(1 + Math.floor(rnd() * 30));
      }
    }
    await rt.metrics.drain();
    await rt.metrics.replayLast(200);
    const live = await liveCounters();
    const expected = await recount();
    expect(live.size, `seed ${seed}`).toBeGreaterThan(0);
    expect([...live.keys()].sort(), `seed ${seed}`).toEqual([...expected.keys()].sort());
    for (const [k, counts] of expected) expect(live.get(k), `${k} (seed ${seed})`).toEqual(counts);
  }, 180_000);
});

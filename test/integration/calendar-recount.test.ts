/**
 * Issue 14 §2: a new calendar edition reaches the cases already running. A case counted with an
 * older edition (here: one that did not know Tết 2027) is counted again by the daily recount: its
 * deadline moves, the audit event names the old and the new day and the edition, the filer is told
 * (notice and tracking page), the alerts move, and the case goes on as before.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR_VERSION } from '../../shared/domain/calendar-years.js';
import { store } from '../../shared/lambda/deps.js';
import { keys } from '../../shared/store/keys.js';
import { intakes } from '../support/fixtures.js';
import { act, auditOf, detail, fileCase, loginAll, outboxFor, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime, testClock } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;

beforeAll(async () => {
  rt = await startTestRuntime();
  t = await loginAll(rt);
});
afterEach(() => {
  testClock.at = null;
});
afterAll(() => rt?.stop());

/** Rewrites the stored resolution clock as an older calendar edition had counted it. */
async function countedByOlderEdition(caseId: string, dueOn: string): Promise<void> {
  const s = store();
  const item = (await s.db.send(new GetCommand({ TableName: s.tableName, Key: keys.case(caseId) }))).Item!;
  const clocks = (item.clocks as Record<string, unknown>[]).map((c) =>
    c.name === 'resolution'
      ? {
          ...c,
          dueOn,
          dueAt: new Date(Date.parse(`${dueOn}T24:00:00+07:00`)).toISOString(),
          calendar: '2026-06-01',
        }
      : c,
  );
  await s.db.send(
    new UpdateCommand({
      TableName: s.tableName,
      Key: keys.case(caseId),
      UpdateExpression: 'SET clocks = :c',
      ExpressionAttributeValues: { ':c': clocks },
    }),
  );
}

describe('a new calendar edition', () => {
  it('moves a running deadline, records old and new day with the edition, tells the filer, moves the alerts', async () => {
    testClock.set('2027-01-20T03:00:00Z');
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    const right = (await detail(rt, t.chair, c.caseId)).deadlines.find(
      (k: { name: string }) => k.name === 'resolution',
    );
    // Counted through Tết 2027, which the Prime Minister has not decided yet.
    expect(right).toMatchObject({ provisional: true });
    await countedByOlderEdition(c.caseId, '2027-02-25');
    const before = await detail(rt, t.chair, c.caseId);
    expect(before.deadlines.find((k: { name: string }) => k.name === 'resolution').dueOn).toBe('2027-02-25');

    const run = await rt.recountDeadlines();
    expect(run.recounted).toBeGreaterThanOrEqual(1);
    expect(run.failed).toEqual([]);

    const after = await detail(rt, t.chair, c.caseId);
    expect(after.deadlines.find((k: { name: string }) => k.name === 'resolution')).toMatchObject({
      dueOn: right.dueOn,
      provisional: true,
    });
    expect(after.version).toBe(before.version + 1);
    const { verdict, events } = await auditOf(rt, t.chair, c.caseId);
    expect(verdict.valid).toBe(true);
    expect(events.find((e) => e.action === 'recount_deadlines')?.data).toEqual({
      calendar: CALENDAR_VERSION,
      changes: [{ clock: 'resolution', from: '2027-02-25', to: right.dueOn, provisional: true }],
    });
    expect(outboxFor(rt, c.caseId).map((n) => `${n.noticeType}>${n.audience}`)).toContain(
      'deadline_change>filer',
    );
    const tracked = (await rt.call(`/public/cases/${c.receipt}`)).body;
    expect(tracked.messages.at(-1)).toMatchObject({ type: 'deadline_change', from: 'committee' });
    expect(tracked.messages.at(-1).text.vi).toContain('từ ngày 25/02/2027 chuyển thành ngày');
    const alerts = rt.scheduler
      .list()
      .map((s) => JSON.parse(s.input) as { caseId: string; key: string })
      .filter((a) => a.caseId === c.caseId && a.key.startsWith('resolution:'));
    expect(alerts).toHaveLength(4);
    expect(alerts.every((a) => a.key.endsWith(`:${right.dueAt}`))).toBe(true);

    // Once is enough: nothing left to count; the case goes on with the same people.
    expect((await rt.recountDeadlines()).failed).toEqual([]);
    expect((await detail(rt, t.chair, c.caseId)).version).toBe(after.version);
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    expect((await detail(rt, t.chair, c.caseId)).status).toBe('assigned');
  });

  it('only re-stamps a case whose days did not move: no event, no notice', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    const before = await detail(rt, t.chair, c.caseId);
    const due = before.deadlines.find((k: { name: string }) => k.name === 'resolution').dueOn;
    await countedByOlderEdition(c.caseId, due);
    await rt.recountDeadlines();
    const after = await detail(rt, t.chair, c.caseId);
    expect(after.version).toBe(before.version);
    expect((await auditOf(rt, t.chair, c.caseId)).events.some((e) => e.action === 'recount_deadlines')).toBe(
      false,
    );
    expect(outboxFor(rt, c.caseId).some((n) => n.noticeType === 'deadline_change')).toBe(false);
  });
});

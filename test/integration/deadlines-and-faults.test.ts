/**
 * Issue 3: deadlines with a controllable clock (suspension, alerts at 50/75/90/100 % across Tết,
 * escalation), and workflow faults (a failing task, a duplicate callback, an execution aborted
 * between stages) ending in the same state as a clean run.
 */
import { SendTaskSuccessCommand, SFNClient, TaskDoesNotExist } from '@aws-sdk/client-sfn';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordAlert } from '../../shared/cases/record-alert.js';
import { ENV } from '../../shared/lambda/config.js';
import { clock, store } from '../../shared/lambda/deps.js';
import { notifier } from '../../shared/notify/notifier.js';
import { startCaseWorkflow } from '../../shared/workflow/signal.js';
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

const clockOf = async (caseId: string, name: string) =>
  (await detail(rt, t.chair, caseId)).deadlines.find((k: { name: string }) => k.name === name);

describe('suspension stops the clock', () => {
  it('moves the resolution deadline by exactly the suspended days', async () => {
    testClock.set('2026-03-02T03:00:00Z'); // Monday 2 March 2026, Hà Nội
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    expect(await clockOf(c.caseId, 'resolution')).toMatchObject({
      startedOn: '2026-03-02',
      days: 30,
      dueOn: '2026-04-01',
    });

    testClock.set('2026-03-05T03:00:00Z');
    await act(rt, t.chair, c.caseId, {
      action: 'suspend',
      ground: 'awaiting_expert_examination',
      reason: 'Chờ kết quả giám định chữ ký.',
    });
    expect(await clockOf(c.caseId, 'resolution')).toMatchObject({ dueOn: null, paused: true });
    expect((await detail(rt, t.chair, c.caseId)).status).toBe('suspended');

    testClock.set('2026-03-12T03:00:00Z'); // 7 days later
    await act(rt, t.chair, c.caseId, { action: 'resume' });
    const resumed = await clockOf(c.caseId, 'resolution');
    expect(resumed).toMatchObject({
      paused: false,
      pauses: [{ from: '2026-03-05', to: '2026-03-12' }],
      dueOn: '2026-04-08',
    });
    expect((await detail(rt, t.chair, c.caseId)).status).toBe('accepted');
    expect(outboxFor(rt, c.caseId).map((n) => `${n.noticeType}>${n.audience}`)).toEqual(
      expect.arrayContaining([
        'suspension>filer',
        'suspension>respondent',
        'resumption>filer',
        'resumption>respondent',
      ]),
    );
  });
});

describe('alert schedules follow the deadline', () => {
  it('are replaced when a suspension or an extension moves the deadline', async () => {
    testClock.set('2026-03-02T03:00:00Z');
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    await act(rt, t.intake, c.caseId, { action: 'accept', complexity: 'complex' });
    const alertsOf = () =>
      rt.scheduler
        .list()
        .filter(
          (s) => JSON.parse(s.input).caseId === c.caseId && JSON.parse(s.input).key.startsWith('resolution:'),
        )
        .map((s) => JSON.parse(s.input).key as string);
    expect(alertsOf()).toHaveLength(4);
    expect(alertsOf().every((k) => k.endsWith(':2026-04-01T17:00:00.000Z'))).toBe(true);
    await act(rt, t.chair, c.caseId, {
      action: 'suspend',
      ground: 'awaiting_other_result',
      reason: 'Chờ kết quả của cơ quan điều tra.',
    });
    expect(alertsOf()).toEqual([]); // a suspended clock has no due date
    testClock.set('2026-03-04T03:00:00Z');
    await act(rt, t.chair, c.caseId, { action: 'resume' });
    expect(alertsOf().every((k) => k.endsWith(':2026-04-03T17:00:00.000Z'))).toBe(true);
    await act(rt, t.chair, c.caseId, { action: 'extend', reason: 'Vụ việc phức tạp, cần xác minh thêm.' });
    expect(alertsOf()).toHaveLength(4);
    expect(alertsOf().every((k) => k.endsWith(':2026-05-04T17:00:00.000Z'))).toBe(true); // +30 days, Sat 2 May → Mon 4 May
  });
});

describe('deadline alerts', () => {
  it('are scheduled at 50/75/90/100 % in working days around Tết, fire once each, and escalate at expiry', async () => {
    testClock.set('2027-02-01T03:00:00Z'); // Monday 1 Feb 2027; Tết holidays 4–10 Feb
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    const screening = await clockOf(c.caseId, 'screening');
    expect(screening).toMatchObject({ dayType: 'working', days: 7, dueOn: '2027-02-17' });
    const mine = () => rt.scheduler.list().filter((s) => JSON.parse(s.input).caseId === c.caseId);
    expect(mine().map((s) => [JSON.parse(s.input).key.split(':').slice(0, 2).join(':'), s.at])).toEqual([
      ['screening:50', '2027-02-15T01:00:00.000Z'], // 4 working days used on Fri 12 → Monday 08:00
      ['screening:75', '2027-02-17T01:00:00.000Z'],
      ['screening:90', '2027-02-17T17:00:00.000Z'],
      ['screening:100', '2027-02-17T17:00:00.000Z'],
    ]);

    testClock.set('2027-02-15T01:00:00Z');
    await rt.scheduler.fireDue('2027-02-15T01:00:00Z');
    testClock.set('2027-02-18T00:00:00Z');
    await rt.scheduler.fireDue('2027-02-18T00:00:00Z');
    expect(mine()).toEqual([]);

    const { events, verdict } = await auditOf(rt, t.chair, c.caseId);
    expect(verdict.valid).toBe(true);
    const alerts = events.filter((e) => e.action === 'deadline_alert').map((e) => e.data.pct);
    expect(alerts).toEqual([50, 75, 90, 100]);
    expect(events.filter((e) => e.action === 'escalate')).toHaveLength(1);
    const d = await detail(rt, t.chair, c.caseId);
    expect(d.overdue).toEqual(['screening']);
    expect(
      outboxFor(rt, c.caseId)
        .filter((n) => n.noticeType === 'escalation')
        .map((n) => n.audience),
    ).toEqual(['chair']);

    // A late duplicate firing is harmless.
    const again = await recordAlert(
      { store: store(), now: clock, notifier: notifier() },
      c.caseId,
      `screening:100:${d.deadlines[0].dueAt}`,
    );
    expect(again).toEqual({ acted: false });
    expect((await auditOf(rt, t.chair, c.caseId)).events).toHaveLength(events.length);
  });

  it('stop once the case moves on: schedules of a met deadline are removed and a stale firing does nothing', async () => {
    testClock.set('2026-12-01T03:00:00Z');
    const c = await fileCase(rt, t.intake, intakes.complaint());
    const acceptance = await clockOf(c.caseId, 'acceptance');
    const before = rt.scheduler.list().filter((s) => JSON.parse(s.input).caseId === c.caseId);
    expect(before).toHaveLength(4);
    await rt.scheduler.fireDue(before[0]!.at); // 50 %
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    const after = rt.scheduler.list().filter((s) => JSON.parse(s.input).caseId === c.caseId);
    expect(after.map((s) => JSON.parse(s.input).key.split(':')[0])).toEqual([
      'resolution',
      'resolution',
      'resolution',
      'resolution',
    ]);
    const stale = await recordAlert(
      { store: store(), now: clock, notifier: notifier() },
      c.caseId,
      `acceptance:75:${acceptance.dueAt}`,
    );
    expect(stale).toEqual({ acted: false });
    const alerts = (await auditOf(rt, t.chair, c.caseId)).events.filter((e) => e.action === 'deadline_alert');
    expect(alerts.map((e) => `${e.data.clock}:${e.data.pct}`)).toEqual(['acceptance:50']);
  });
});

/** Drives a petition to its decision; returns the final status and the number of audit events. */
async function petitionToDecision(during?: (caseId: string) => Promise<void>) {
  const c = await fileCase(rt, t.intake, intakes.petition());
  await act(rt, t.intake, c.caseId, { action: 'accept' });
  await during?.(c.caseId);
  await act(rt, t.investigator, c.caseId, { action: 'claim' });
  await act(rt, t.investigator, c.caseId, {
    action: 'propose_decision',
    outcome: 'answered',
    summary: 'Đã trả lời đầy đủ nội dung kiến nghị.',
  });
  await act(rt, t.chair, c.caseId, { action: 'approve_decision' });
  await act(rt, t.chair, c.caseId, { action: 'close' });
  const d = await detail(rt, t.chair, c.caseId);
  const { verdict, events } = await auditOf(rt, t.chair, c.caseId);
  expect(verdict.valid).toBe(true);
  return {
    status: d.status,
    outcome: d.outcome,
    events: events.map((e) => `${e.action}${e.data.type ? `:${e.data.type}` : ''}`),
  };
}

describe('workflow faults end like a clean run', () => {
  let clean: Awaited<ReturnType<typeof petitionToDecision>>;
  beforeAll(async () => {
    clean = await petitionToDecision();
    expect(clean).toMatchObject({ status: 'closed', outcome: 'answered' });
  });

  it('a task that fails twice, then succeeds (Retry)', async () => {
    const run = await petitionToDecision(async () => {
      rt.sfn.injectFaults(rt.taskArn('advance'), 2);
    });
    expect(run).toEqual(clean);
  });

  it('a duplicate SendTaskSuccess (TaskDoesNotExist, nothing changes)', async () => {
    const run = await petitionToDecision(async (caseId) => {
      const [token] = rt.sfn.parkedTokens(caseId);
      expect(token).toBeDefined();
      await act(rt, t.chair, caseId, { action: 'add_note', text: 'Ghi chú trước khi phân công.' });
      const client = new SFNClient({ endpoint: process.env[ENV.sfnEndpoint] });
      await expect(
        client.send(new SendTaskSuccessCommand({ taskToken: token!, output: '{}' })),
      ).rejects.toBeInstanceOf(TaskDoesNotExist);
    });
    expect(run.events.filter((e) => e !== 'add_note')).toEqual(clean.events);
    expect(run.status).toBe(clean.status);
  });

  it('an execution aborted between two stages, then started again', async () => {
    const run = await petitionToDecision(async (caseId) => {
      const running = rt.sfn
        .list()
        .filter((e) => e.status === 'RUNNING' && JSON.parse(e.input).caseId === caseId);
      expect(running).toHaveLength(1);
      rt.sfn.stopExecution(running[0]!.executionArn);
      const c = await detail(rt, t.chair, caseId);
      await startCaseWorkflow(c, { repair: true });
      await rt.sfn.idle();
      expect((await detail(rt, t.chair, caseId)).awaiting).toBe('accepted');
    });
    expect(run).toEqual(clean);
  });
});

describe('a denunciation’s screening period', () => {
  it('takes 10 working days on verification at several places or delegated, once, not for a complaint', async () => {
    testClock.set('2026-03-02T03:00:00Z'); // Monday 2 March 2026
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    expect(await clockOf(c.caseId, 'screening')).toMatchObject({ days: 7, dueOn: '2026-03-11' });
    expect((await rt.call(`/cases/${c.caseId}`, { token: t.intake })).body.allowedActions).toContain(
      'lengthen_screening',
    );
    // Accepting a case as complex no longer decides the screening period: the ground does.
    await act(
      rt,
      t.intake,
      c.caseId,
      { action: 'lengthen_screening', ground: 'nowhere', reason: 'Cần xác minh ở nơi khác.' },
      422,
    );
    await act(rt, t.intake, c.caseId, {
      action: 'lengthen_screening',
      ground: 'delegated',
      reason: 'Ủy quyền cho Ủy ban kiểm tra huyện xác minh nội dung.',
    });
    expect(await clockOf(c.caseId, 'screening')).toMatchObject({ days: 10, dueOn: '2026-03-16' });
    const { events } = await auditOf(rt, t.chair, c.caseId);
    expect(events.at(-1)).toMatchObject({ action: 'lengthen_screening', data: { ground: 'delegated' } });
    await act(
      rt,
      t.chair,
      c.caseId,
      { action: 'lengthen_screening', ground: 'several_places', reason: 'Lần thứ hai.' },
      409,
    );

    // Once the 7 days have run out, a missed screening deadline stays missed.
    const late = await fileCase(rt, t.intake, intakes.denunciation());
    testClock.set('2026-03-12T03:00:00Z');
    await act(
      rt,
      t.intake,
      late.caseId,
      { action: 'lengthen_screening', ground: 'delegated', reason: 'Ủy quyền xác minh nội dung.' },
      409,
    );

    testClock.at = null; // the complaint fixture was learned of recently
    const complaint = await fileCase(rt, t.intake, intakes.complaint());
    await act(
      rt,
      t.intake,
      complaint.caseId,
      { action: 'lengthen_screening', ground: 'delegated', reason: 'Ủy quyền xác minh nội dung.' },
      409,
    );
  });
});

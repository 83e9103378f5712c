/**
 * Issue 13 §6: routing between committees. `transfer` to a committee that uses Công Minh moves the
 * case into that committee's screening queue: its documents and trail go with it (the chain still
 * verifies), the filer's receipt still tracks it and the filer is told which body now handles it;
 * the first committee no longer sees it; its clocks start again on the day the new body receives it;
 * the figures count it out of one committee's backlog and into the other's. A transfer to an outside
 * body closes the case with the transfer slip, as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../shared/domain/calendar.js';
import { intakes } from '../support/fixtures.js';
import { act, auditOf, detail, fileCase, loginAll, outboxFor, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;

beforeAll(async () => {
  rt = await startTestRuntime();
  t = await loginAll(rt);
});
afterAll(() => rt?.stop());

const screeningQueue = async (committee: string, token: string) =>
  (await rt.call(`/cases?stage=screening&committee=${committee}&limit=100`, { token })).body.items as {
    reference: string;
    caseId: string;
  }[];

describe('transfer between committees', () => {
  it('moves a case into ubkt-2’s screening queue with its trail, receipt and documents', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, {
      action: 'transfer',
      toCommittee: 'ubkt-2',
      reason: 'Thuộc thẩm quyền của Ủy ban kiểm tra số 2',
    });

    // In ubkt-2's screening queue, no longer in ubkt-1's (nor readable there).
    expect((await screeningQueue('ubkt-2', t.chairB)).map((x) => x.reference)).toContain(c.reference);
    expect((await screeningQueue('ubkt-1', t.intake)).map((x) => x.reference)).not.toContain(c.reference);
    expect([403, 404]).toContain((await rt.call(`/cases/${c.caseId}`, { token: t.intake })).status);

    const moved = await detail(rt, t.chairB, c.caseId);
    expect(moved).toMatchObject({
      committee: 'ubkt-2',
      status: 'screening',
      assignees: [],
      links: { transferredFrom: { committee: 'ubkt-1', on: localDate(new Date()) } },
    });
    // The new body's clocks run from the day it received the case.
    expect(moved.clocks.every((k: { startedOn: string }) => k.startedOn === localDate(new Date()))).toBe(
      true,
    );

    // The trail continues and verifies; it says where the case went and that it was received there.
    const { events, verdict } = await auditOf(rt, t.chairB, c.caseId);
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['submit', 'transfer', 'received_by_transfer']),
    );
    expect(verdict.valid, JSON.stringify(verdict)).toBe(true);

    // The filer's receipt still tracks it, and the filer is told which body handles it now.
    const tracked = await rt.call(`/public/cases/${c.receipt}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.status).toBe('screening');
    const notices = outboxFor(rt, c.caseId).filter((n) => n.noticeType === 'transfer');
    expect(notices.length).toBeGreaterThan(0);
    expect(notices[0]!.body).toMatch(/mã tra cứu đã nhận|same receipt code/);

    // The new committee works it from there.
    await act(rt, t.chairB, c.caseId, { action: 'accept' });
  });

  it('refuses an unknown committee or the case’s own, changing nothing; an outside body still closes the case', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    for (const toCommittee of ['ubkt-9', 'ubkt-1']) {
      const r = await act(
        rt,
        t.intake,
        c.caseId,
        { action: 'transfer', toCommittee, reason: 'Thử chuyển' },
        422,
      );
      expect(r.errors[0].path).toBe('toCommittee');
    }
    expect((await detail(rt, t.intake, c.caseId)).committee).toBe('ubkt-1');
    await act(rt, t.intake, c.caseId, {
      action: 'transfer',
      toBody: 'Thanh tra tỉnh Hà Nam',
      reason: 'Không thuộc thẩm quyền',
    });
    const closed = await detail(rt, t.intake, c.caseId);
    expect(closed).toMatchObject({ committee: 'ubkt-1', outcome: 'transferred' });
    expect(closed.transfer).toEqual({ toBody: 'Thanh tra tỉnh Hà Nam', reason: 'Không thuộc thẩm quyền' });
  });
});

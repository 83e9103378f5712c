/**
 * Issue 13 §3: assignment from a list. The chair sees the committee's investigators who may take the
 * case, with their live and overdue cases, and those excluded with the reason; `assign` refuses
 * anyone else with a 422 naming the person and why, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakes } from '../support/fixtures.js';
import { act, auditOf, detail, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;

beforeAll(async () => {
  rt = await startTestRuntime();
  t = await loginAll(rt);
});
afterAll(() => rt?.stop());

async function accepted() {
  const c = await fileCase(rt, t.intake, intakes.complaint());
  await act(rt, t.intake, c.caseId, { action: 'accept' });
  return c;
}

const eligible = async (caseId: string, token = t.chair) =>
  rt.call(`/cases/${caseId}/eligible-staff`, { token });

describe('assignment from a list', () => {
  it('lists the committee’s investigators with their live and overdue cases, the least loaded first', async () => {
    const busy = await accepted();
    await act(rt, t.chair, busy.caseId, { action: 'assign', assignees: ['investigator'] });
    const c = await accepted();
    const r = await eligible(c.caseId);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const names = r.body.items.map((i: { username: string }) => i.username);
    // Who may verify in ubkt-1 (its investigators, and its chair in person): not the clerk,
    // leadership, nor ubkt-2's investigator.
    expect(names.sort()).toEqual(['chair', 'investigator', 'investigator-2']);
    const inv = r.body.items.find((i: { username: string }) => i.username === 'investigator');
    const inv2 = r.body.items.find((i: { username: string }) => i.username === 'investigator-2');
    expect(inv.liveCases).toBeGreaterThan(inv2.liveCases);
    for (let i = 1; i < r.body.items.length; i++)
      expect(r.body.items[i - 1].liveCases).toBeLessThanOrEqual(r.body.items[i].liveCases);
    expect(inv).toMatchObject({ assigned: false, overdueCases: 0 });

    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator-2'] });
    const after = (await eligible(c.caseId)).body.items.find(
      (i: { username: string }) => i.username === 'investigator-2',
    );
    expect(after).toMatchObject({ assigned: true, liveCases: inv2.liveCases + 1 });
    // The audit line says who was assigned.
    const { events } = await auditOf(rt, t.chair, c.caseId);
    expect(events.find((e) => e.action === 'assign')?.data.assignees).toEqual(['investigator-2']);
  });

  it('lists an excluded investigator apart, with the reason, and refuses to assign them', async () => {
    const c = await accepted();
    await act(rt, t.chair, c.caseId, {
      action: 'exclude_staff',
      staffId: 'investigator-2',
      reason: 'Có quan hệ họ hàng với người khiếu nại.',
    });
    const r = (await eligible(c.caseId)).body;
    expect(r.items.map((i: { username: string }) => i.username).sort()).toEqual(['chair', 'investigator']);
    expect(r.excluded).toEqual([
      { username: 'investigator-2', displayName: 'Lê Thị Hoa', basis: 'excluded_by_chair' },
    ]);
    const before = await detail(rt, t.chair, c.caseId);
    const refused = await rt.call(`/cases/${c.caseId}/actions`, {
      token: t.chair,
      body: { action: 'assign', expectedVersion: before.version, assignees: ['investigator-2'] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ path: 'assignees.0', code: 'assignee_excluded' }),
    ]);
    expect(refused.body.errors[0].message).toContain('investigator-2');
  });

  it('refuses a member of another committee, an unknown user and a leadership account (422), changing nothing', async () => {
    const c = await accepted();
    const before = await detail(rt, t.chair, c.caseId);
    const r = await rt.call(`/cases/${c.caseId}/actions`, {
      token: t.chair,
      headers: { 'accept-language': 'en' },
      body: {
        action: 'assign',
        expectedVersion: before.version,
        assignees: ['investigator', 'investigator-b', 'nobody', 'leadership'],
      },
    });
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([
      {
        path: 'assignees.1',
        code: 'assignee_not_member',
        message: 'investigator-b is not a member of the committee handling this case',
      },
      {
        path: 'assignees.2',
        code: 'assignee_not_member',
        message: 'nobody is not a member of the committee handling this case',
      },
      {
        path: 'assignees.3',
        code: 'assignee_not_investigator',
        message: 'leadership is neither an investigator nor a chair of the committee',
      },
    ]);
    const after = await detail(rt, t.chair, c.caseId);
    expect(after).toMatchObject({ version: before.version, status: 'accepted', assignees: [] });
  });

  it('is the chair’s: an investigator or a clerk gets 403, a case of another committee 404 or 403', async () => {
    const c = await accepted();
    expect((await eligible(c.caseId, t.investigator)).status).toBe(403);
    expect((await eligible(c.caseId, t.intake)).status).toBe(403);
    expect([403, 404]).toContain((await eligible(c.caseId, t.chairB)).status);
  });
});

/**
 * Issue 4: every staff endpoint × every role × own committee / other committee / named in the case,
 * each cell with its exact status; a denied request changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakes } from '../support/fixtures.js';
import { act, detail, fileCase } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
const tokens: Record<string, string> = {};
let assigned: string;
let named: string;

const who = [
  'intake',
  'investigator',
  'chair',
  'leadership',
  'auditor',
  'admin',
  'chair-b',
  'investigator-b',
] as const;
type Who = (typeof who)[number];

beforeAll(async () => {
  rt = await startTestRuntime();
  for (const u of who) tokens[u] = await rt.login(u);
  const a = await fileCase(rt, tokens.intake!, intakes.complaint());
  await act(rt, tokens.intake!, a.caseId, { action: 'accept' });
  await act(rt, tokens.chair!, a.caseId, { action: 'assign', assignees: ['investigator'] });
  assigned = a.caseId;
  const b = await fileCase(rt, tokens.intake!, intakes.denunciation());
  await act(rt, tokens.intake!, b.caseId, { action: 'accept' });
  await act(rt, tokens.chair!, b.caseId, { action: 'assign', assignees: ['investigator'] });
  await act(rt, tokens.chair!, b.caseId, {
    action: 'exclude_staff',
    staffId: 'intake',
    reason: 'Cán bộ này là người bị tố cáo trong vụ việc.',
  });
  named = b.caseId;
});
afterAll(() => rt?.stop());

type Endpoint = 'queue' | 'read' | 'act' | 'audit' | 'verify' | 'reveal';

async function call(endpoint: Endpoint, user: Who, caseId: string): Promise<number> {
  const token = tokens[user]!;
  const { version } = await detail(rt, tokens.chair!, caseId);
  switch (endpoint) {
    case 'queue':
      return (await rt.call('/cases?stage=investigating&committee=ubkt-1', { token })).status;
    case 'read':
      return (await rt.call(`/cases/${caseId}`, { token })).status;
    case 'act':
      return (
        await rt.call(`/cases/${caseId}/actions`, {
          token,
          body: { action: 'add_note', expectedVersion: version, text: `Ghi chú của ${user}.` },
        })
      ).status;
    case 'audit':
      return (await rt.call(`/cases/${caseId}/audit`, { token })).status;
    case 'verify':
      return (await rt.call(`/cases/${caseId}/audit/verify`, { token })).status;
    case 'reveal':
      return (
        await rt.call(`/cases/${caseId}/identity/reveal`, {
          token,
          body: { reason: 'Kiểm tra ma trận phân quyền.' },
        })
      ).status;
  }
}

//                                 queue read  act  audit verify reveal
const ownCommittee: Record<Who, number[]> = {
  intake: [200, 200, 200, 200, 200, 403],
  investigator: [403, 200, 200, 200, 200, 403], // sees its own work (assignee=me), not the committee's stages
  chair: [200, 200, 200, 200, 200, 200],
  leadership: [403, 403, 403, 403, 403, 403],
  auditor: [403, 403, 403, 200, 200, 403],
  admin: [403, 403, 403, 403, 403, 403],
  'chair-b': [403, 403, 403, 403, 403, 403],
  'investigator-b': [403, 403, 403, 403, 403, 403],
};
const endpoints: Endpoint[] = ['queue', 'read', 'act', 'audit', 'verify', 'reveal'];

describe('access matrix', () => {
  for (const user of who) {
    it(`${user} on a case of ubkt-1 (assigned to investigator)`, async () => {
      const got: number[] = [];
      for (const e of endpoints) {
        const before = await rt.itemCount();
        const status = await call(e, user, assigned);
        await rt.sfn.idle();
        if (status >= 400) expect(await rt.itemCount(), `${user} ${e} changed something`).toBe(before);
        got.push(status);
      }
      expect(got).toEqual(ownCommittee[user]);
    });
  }

  it('a staff member named in a case gets 404 everywhere: the case does not exist for them (reveal: 403, not a chair)', async () => {
    const got: number[] = [];
    for (const e of endpoints.filter((x) => x !== 'queue')) {
      const before = await rt.itemCount();
      got.push(await call(e, 'intake', named));
      expect(await rt.itemCount()).toBe(before);
    }
    expect(got).toEqual([404, 404, 404, 404, 403]);
    const queue = (await rt.call('/cases?stage=investigating&committee=ubkt-1', { token: tokens.intake! }))
      .body.items;
    expect(queue.map((c: { caseId: string }) => c.caseId)).toContain(assigned);
    expect(queue.map((c: { caseId: string }) => c.caseId)).not.toContain(named);
  });

  it('a staff member who recuses never sees the case again', async () => {
    const c = await fileCase(rt, tokens.intake!, intakes.petition());
    await act(rt, tokens.intake!, c.caseId, {
      action: 'recuse',
      reason: 'Người kiến nghị là người thân của tôi.',
    });
    expect((await rt.call(`/cases/${c.caseId}`, { token: tokens.intake! })).status).toBe(404);
    const q = (await rt.call('/cases?stage=screening&committee=ubkt-1&limit=100', { token: tokens.intake! }))
      .body.items;
    expect(q.map((x: { caseId: string }) => x.caseId)).not.toContain(c.caseId);
    expect((await detail(rt, tokens.chair!, c.caseId)).excludedStaff).toEqual(['intake']);
  });

  it('an investigator reads only cases assigned to them; a claimable one is a summary naming nobody', async () => {
    const inv = tokens.investigator!;
    const petition = await fileCase(rt, tokens.intake!, intakes.dispute());
    await act(rt, tokens.intake!, petition.caseId, { action: 'accept' });
    const complaint = await fileCase(rt, tokens.intake!, intakes.complaint());
    await act(rt, tokens.intake!, complaint.caseId, { action: 'accept' });
    const { version } = await detail(rt, tokens.chair!, petition.caseId);

    const rows: [string, string, number][] = [];
    const probe = async (label: string, caseId: string, path: string, body?: unknown) => {
      const before = await rt.itemCount();
      const r = await rt.call(`/cases/${caseId}${path}`, { token: inv, body });
      if (r.status >= 400) expect(await rt.itemCount(), `${label} ${path} changed something`).toBe(before);
      rows.push([label, path || '/', r.status]);
      return r;
    };
    const summary = await probe('claimable dispute', petition.caseId, '');
    for (const path of ['/audit', '/audit/verify', '/documents', '/print-jobs'])
      await probe('claimable dispute', petition.caseId, path);
    await probe('claimable dispute', petition.caseId, '/actions', {
      action: 'add_note',
      expectedVersion: version,
      text: 'Ghi chú khi chưa được giao.',
    });
    for (const path of ['', '/audit', '/documents'])
      await probe('unassigned complaint (no claiming)', complaint.caseId, path);
    console.log(
      `investigator, unassigned cases of their committee:\n${rows.map(([c, p, st]) => `  ${c.padEnd(36)} ${p.padEnd(14)} ${st}`).join('\n')}`,
    );
    expect(rows.map((r) => r[2])).toEqual([200, 403, 403, 403, 403, 403, 403, 403, 403]);
    expect(summary.body.case).toMatchObject({
      summaryOnly: true,
      reference: petition.reference,
      kind: 'dispute',
    });
    expect(summary.body.allowedActions).toEqual(['claim', 'recuse']);
    const text = JSON.stringify(summary.body);
    for (const secret of ['content', 'details', 'pseudonym', 'Tranh chấp ranh giới', 'otherParties'])
      expect(text, secret).not.toContain(secret);

    const queue = (await rt.call('/cases?stage=accepted&committee=ubkt-1&limit=100', { token: inv })).body
      .items;
    const ids = queue.map((c: { caseId: string }) => c.caseId);
    expect(ids).toContain(petition.caseId);
    expect(ids).not.toContain(complaint.caseId);

    await act(rt, inv, petition.caseId, { action: 'claim' });
    const full = await rt.call(`/cases/${petition.caseId}`, { token: inv });
    expect(full.body.case.summaryOnly).toBeUndefined();
    expect(full.body.case.content).toContain('Tranh chấp ranh giới');
  });

  it('excludes a member named in a denunciation at intake, before any queue; the chair sees why', async () => {
    const put = await rt.call('/admin/staff/tran.van.duc', {
      method: 'PUT',
      token: tokens.admin!,
      body: {
        displayName: 'Trần Văn Đức',
        groups: ['intake', 'investigator'],
        committees: ['ubkt-1'],
        initialPassword: 'a-long-password-2',
      },
    });
    expect(put.status).toBe(201);
    const duc = (
      await rt.call('/local/auth/token', {
        body: { username: 'tran.van.duc', password: 'a-long-password-2' },
      })
    ).body.accessToken as string;
    const base = intakes.denunciation();
    const c = await fileCase(rt, tokens.intake!, {
      ...base,
      accused: { ...base.accused, name: 'ông TRAN VAN DUC (cán bộ UBKT)' },
    });
    expect((await rt.call(`/cases/${c.caseId}`, { token: duc })).status).toBe(404);
    expect((await rt.call(`/cases/${c.caseId}/audit`, { token: duc })).status).toBe(404);
    const q = (await rt.call('/cases?stage=screening&committee=ubkt-1&limit=100', { token: duc })).body.items;
    expect(q.map((x: { caseId: string }) => x.caseId)).not.toContain(c.caseId);
    const seen = await detail(rt, tokens.chair!, c.caseId);
    expect(seen.excludedStaff).toEqual(['tran.van.duc']);
    expect(seen.exclusions).toEqual([
      { staffId: 'tran.van.duc', basis: 'named_in_case', at: expect.any(String) },
    ]);
    const audit = (await rt.call(`/cases/${c.caseId}/audit`, { token: tokens.chair! })).body.events;
    expect(audit[0].data).toMatchObject({ excludedStaff: ['tran.van.duc'], exclusionBasis: 'named_in_case' });
    // Recusal keeps working beside it.
    await act(rt, tokens.intake!, c.caseId, {
      action: 'recuse',
      reason: 'Tôi có quan hệ họ hàng với người tố cáo.',
    });
    expect(
      (await detail(rt, tokens.chair!, c.caseId)).exclusions.map((x: { basis: string }) => x.basis),
    ).toEqual(['named_in_case', 'recused']);
  });
});

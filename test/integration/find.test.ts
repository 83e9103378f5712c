/**
 * Issue 13 §1: search and filters over a committee's open cases, through index items written with
 * the case. Words without diacritics, kind, field, risk, assignee and a pending withdrawal, each one
 * Query per page (at 10 000 open cases: queues.test.ts); a closed case leaves every search.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakes } from '../support/fixtures.js';
import { act, decideCase, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;

beforeAll(async () => {
  rt = await startTestRuntime();
  t = await loginAll(rt);
});
afterAll(() => rt?.stop());

type Row = { caseId: string; kind: string; field: string; assignees: string[]; respondent: string | null };
const ids = (items: Row[]) => items.map((i) => i.caseId);
/** A word no other test case has, to find one case among many. */
const unique = () => `Zq${randomUUID().replace(/-/g, '').slice(0, 8)}`;

const search = async (query: string, token = t.intake) => {
  const r = await rt.call(`/cases?committee=ubkt-1&limit=100&${query}`, { token });
  expect(r.status).toBe(200);
  return r.body.items as Row[];
};

describe('finding open cases', () => {
  it('finds a case by words of its respondent, place or subject, with or without diacritics', async () => {
    const name = unique();
    const c = await fileCase(rt, t.intake, {
      ...intakes.denunciation(),
      accused: { name: `Đặng Thị ${name}`, position: 'Kế toán' },
      location: { province: 'Quảng Bình', commune: 'Phường Đồng Hới' },
    });
    expect(ids(await search(`q=${encodeURIComponent(name)}`))).toEqual([c.caseId]);
    // Folded, any case, several words: every word must be there.
    expect(ids(await search(`q=${encodeURIComponent(`dang ${name.toLowerCase()} dong hoi`)}`))).toEqual([
      c.caseId,
    ]);
    expect(ids(await search(`q=${encodeURIComponent(`${name} Huế`)}`))).toEqual([]);
    // Within a stage, and as the row shows it.
    const [row] = await search(`q=${name}&stage=screening`);
    expect(row).toMatchObject({ caseId: c.caseId, respondent: `Đặng Thị ${name}`, channel: 'web' });
    expect(await search(`q=${name}&stage=accepted`)).toEqual([]);
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    expect(ids(await search(`q=${name}&stage=accepted`))).toEqual([c.caseId]);
  });

  it('never finds by the filer’s name, nor for another committee or someone excluded', async () => {
    const name = unique();
    const c = await fileCase(rt, t.intake, {
      ...intakes.complaint(),
      complainant: { fullName: `Nguyễn ${name}`, address: '1 Phố Huế, Hà Nội', phone: '0912345678' },
    });
    expect(await search(`q=${name}`)).toEqual([]);
    const word = unique();
    const d = await fileCase(rt, t.intake, { ...intakes.denunciation(), accused: { name: word } });
    expect(ids(await search(`q=${word}`))).toEqual([d.caseId]);
    const other = await rt.call(`/cases?committee=ubkt-1&q=${word}`, { token: t.chairB });
    expect(other.status).toBe(403);
    // An investigator searches only their own cases.
    expect((await rt.call(`/cases?committee=ubkt-1&q=${word}`, { token: t.investigator })).status).toBe(403);
    expect(c.caseId).toBeTruthy();
  });

  it('filters by assignee (or nobody yet), kind and field, and by a withdrawal awaiting the chair', async () => {
    const word = unique();
    const c = await fileCase(rt, t.intake, { ...intakes.denunciation(), accused: { name: word } });
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    expect(ids(await search(`q=${word}&assignee=-`, t.chair))).toEqual([c.caseId]);
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator-2'] });
    expect(await search(`q=${word}&assignee=-`, t.chair)).toEqual([]);
    const mine = await search(`assignee=investigator-2&kind=denunciation`, t.chair);
    expect(ids(mine)).toContain(c.caseId);
    for (const r of mine) expect(r).toMatchObject({ kind: 'denunciation', assignees: ['investigator-2'] });
    // The investigator finds it among their own cases.
    expect(ids(await search(`q=${word}&assignee=me`, t.investigator2))).toEqual([c.caseId]);
    for (const r of await search('field=corruption&kind=denunciation', t.chair))
      expect(r).toMatchObject({ kind: 'denunciation', field: 'corruption' });
    const w = await rt.call(`/public/cases/${c.receipt}/withdraw`, { body: {} });
    expect(w.body).toMatchObject({ withdrawal: 'requested' });
    expect(ids(await search('flag=withdrawal', t.chair))).toContain(c.caseId);
    await act(rt, t.chair, c.caseId, {
      action: 'continue_case',
      reason: 'Có dấu hiệu vi phạm cần tiếp tục xác minh (Điều 33(3)).',
    });
    expect(ids(await search('flag=withdrawal', t.chair))).not.toContain(c.caseId);
    // The filer writes: the case is among "info received" until the committee answers.
    const m = await rt.call(`/public/cases/${c.receipt}/messages`, {
      body: { body: 'Tôi gửi bổ sung biên lai đã nộp tiền.' },
    });
    expect(m.status).toBe(201);
    const received = await search('flag=filer_message&assignee=me', t.investigator2);
    expect(ids(received)).toEqual([c.caseId]);
    await act(rt, t.investigator2, c.caseId, {
      action: 'request_info',
      question: 'Đề nghị gửi bản chụp rõ hơn của biên lai.',
    });
    expect(await search('flag=filer_message&assignee=me', t.investigator2)).toEqual([]);
  });

  it('a case leaves every search once it is closed', async () => {
    const word = unique();
    const c = await fileCase(rt, t.intake, {
      ...intakes.complaint(),
      respondent: { name: `UBND ${word}`, address: 'Số 1 Phố Đội Cấn, Hà Nội' },
    });
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    expect(ids(await search(`q=${word}`, t.chair))).toEqual([c.caseId]);
    await decideCase(rt, t, c.caseId, 'not_upheld');
    // Decided, the filer still to be told: it stays findable until it closes.
    expect(ids(await search(`q=${word}`, t.chair))).toEqual([c.caseId]);
    await act(rt, t.chair, c.caseId, { action: 'close' });
    expect(await search(`q=${word}`, t.chair)).toEqual([]);
    expect(ids(await search('assignee=investigator', t.chair))).not.toContain(c.caseId);
  });

  it('finds the parts of a split case by their own words', async () => {
    const word = unique();
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    const r = await act(rt, t.intake, c.caseId, {
      action: 'split',
      reason: 'Đơn có cả nội dung khiếu nại và tố cáo (Luật Tiếp công dân, Điều 25(3)).',
      parts: [
        { kind: 'denunciation', content: `Tố cáo cán bộ ${word} nhận tiền của người dân.` },
        { kind: 'complaint', content: 'Khiếu nại việc chậm cấp giấy chứng nhận quyền sử dụng đất.' },
      ],
    });
    const found = await search(`q=${word}`);
    expect(found.map((f) => f.kind)).toEqual(['denunciation']);
    expect(r.case.links.splitInto).toContain((found[0] as Row & { reference: string }).reference);
  });

  it('refuses a search with no word to search by, and a cursor from another list', async () => {
    const none = await rt.call('/cases?committee=ubkt-1&q=va%20la', { token: t.intake });
    expect(none.status).toBe(422);
    expect(none.body.errors[0]).toMatchObject({ path: 'q' });
    const page = await rt.call('/cases?committee=ubkt-1&stage=screening&limit=1', { token: t.intake });
    expect(page.body.nextCursor).toBeTruthy();
    const mixed = await rt.call(`/cases?committee=ubkt-1&kind=complaint&cursor=${page.body.nextCursor}`, {
      token: t.intake,
    });
    expect(mixed.status).toBe(422);
    const other = await rt.call(`/cases?committee=ubkt-1&stage=accepted&cursor=${page.body.nextCursor}`, {
      token: t.intake,
    });
    expect(other.status).toBe(422);
  });
});

describe('tab counts', () => {
  it('count the committee’s cases at each stage from the counters, and one’s own live cases', async () => {
    const counts = async (token = t.chair, committee = 'ubkt-1') => {
      await rt.metrics.drain();
      const r = await rt.call(`/committees/${committee}/queue-counts`, { token });
      expect(r.status).toBe(200);
      return r.body as {
        stages: Record<string, number>;
        overdue: number;
        mine: { live: number; overdue: number };
        asOf: string;
      };
    };
    const before = await counts();
    const mineBefore = (await counts(t.investigator2)).mine.live;
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    let now = await counts();
    expect(now.stages.screening ?? 0).toBe((before.stages.screening ?? 0) + 1);
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    now = await counts();
    expect(now.stages.screening ?? 0).toBe(before.stages.screening ?? 0);
    expect(now.stages.accepted ?? 0).toBe((before.stages.accepted ?? 0) + 1);
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator-2'] });
    const inv = await counts(t.investigator2);
    expect(inv.mine.live).toBe(mineBefore + 1);
    // An investigator sees only the stage they may claim from.
    expect(Object.keys(inv.stages).every((k) => k === 'accepted')).toBe(true);
    // Each count is what the queue lists.
    const all = await counts();
    for (const stage of ['screening', 'accepted', 'assigned']) {
      const listed = await rt.call(`/cases?committee=ubkt-1&stage=${stage}&limit=100`, { token: t.chair });
      expect(all.stages[stage] ?? 0, stage).toBe(listed.body.items.length);
    }
    expect((await rt.call('/committees/ubkt-1/queue-counts', { token: t.chairB })).status).toBe(403);
  });
});

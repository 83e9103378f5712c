/**
 * Issue 6: a known set of cases across two quarters and two committees gives exactly the figures of
 * the quarterly report, "<5" outside the reader's committees, and CSV in the same shape; metrics are
 * for leadership only, and leadership never reads a case or an identity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamo } from '../../shared/aws/clients/dynamo.js';
import { intakes } from '../support/fixtures.js';
import { act, decideCase, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime, testClock } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;
const requests: string[] = [];
let c: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', { caseId: string; receipt: string }>;

const on = (day: string) => testClock.set(`${day}T03:00:00Z`); // 10:00 in Hà Nội
const decide = (caseId: string, outcome: string) => decideCase(rt, t, caseId, outcome);

beforeAll(async () => {
  on('2026-01-05');
  rt = await startTestRuntime();
  t = await loginAll(rt);
  // Quarter 1.
  const A = await fileCase(rt, t.intake, { ...intakes.complaint(), learnedOn: '2025-12-20' });
  await act(rt, t.intake, A.caseId, { action: 'accept' });
  on('2026-01-20');
  await decide(A.caseId, 'upheld'); // 15 days, on time (due 4 February)
  on('2026-02-02');
  const B = await fileCase(rt, t.intake, { ...intakes.complaint(), learnedOn: '2026-01-20' });
  await act(rt, t.intake, B.caseId, {
    action: 'reject',
    ground: 'not_signed',
    reason: 'Đơn không có chữ ký.',
  });
  on('2026-02-10');
  const C = await fileCase(rt, t.intake, intakes.denunciation());
  await act(rt, t.intake, C.caseId, { action: 'accept' });
  on('2026-03-02');
  const D = await fileCase(rt, t.intake, intakes.petition());
  await rt.call(`/public/cases/${D.receipt}/withdraw`, { body: {} });
  on('2026-03-10');
  const E = await fileCase(rt, t.chairB, { ...intakes.petition(), committee: 'ubkt-2' });
  await act(rt, t.chairB, E.caseId, {
    action: 'transfer',
    toBody: 'Sở Xây dựng',
    reason: 'Không thuộc thẩm quyền.',
  });
  // Quarter 2.
  on('2026-04-01');
  const F = await fileCase(rt, t.intake, { ...intakes.complaint(), learnedOn: '2026-03-20' });
  await act(rt, t.intake, F.caseId, { action: 'accept' });
  on('2026-04-15');
  await decide(C.caseId, 'true'); // 64 days after acceptance: late
  c = { A, B, C, D, E, F };
  await rt.sfn.idle();
  await rt.metrics.drain();
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      requests.push(context.commandName ?? '');
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
}, 120_000);
afterAll(async () => {
  testClock.at = null;
  await rt?.stop();
});

const zero = {
  received: 0,
  eligible: 0,
  withinJurisdiction: 0,
  accepted: 0,
  carriedIn: 0,
  toResolve: 0,
  resolved: 0,
  resolvedOnTime: 0,
  unresolvedAtEnd: 0,
  withdrawn: 0,
  rejected: 0,
  transferred: 0,
  secondInstanceResolved: 0,
  overturned: 0,
  resolutionRate: null,
  onTimeRate: null,
  overturnRate: null,
  meanDaysToAccept: null,
  meanDaysToResolve: null,
  outcomes: {},
};

const get = async (path: string, token = t.leadership) => rt.call(path, { token });
// biome-ignore lint/suspicious/noExplicitAny: report rows are checked field by field below
const row = (body: { rows: any[] }, kind: string) => body.rows.find((r) => r.kind === kind);

describe('the quarterly report', () => {
  it('gives every figure of the first quarter exactly for the reader’s own committee', async () => {
    const r = await get('/reports/2026-Q1?committee=ubkt-1');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      period: '2026-Q1',
      from: '2026-01-01',
      to: '2026-03',
      exact: true,
      target: 0.85,
    });
    expect(row(r.body, 'complaint')).toMatchObject({
      ...zero,
      received: 2,
      eligible: 1,
      withinJurisdiction: 1,
      accepted: 1,
      toResolve: 1,
      resolved: 1,
      resolvedOnTime: 1,
      rejected: 1,
      resolutionRate: 1,
      onTimeRate: 1,
      meanDaysToAccept: 0,
      meanDaysToResolve: 15,
      medianDaysToAccept: '0-10',
      medianDaysToResolve: '11-20',
      outcomes: { upheld: 1 },
    });
    expect(row(r.body, 'denunciation')).toMatchObject({
      ...zero,
      received: 1,
      eligible: 1,
      withinJurisdiction: 1,
      accepted: 1,
      toResolve: 1,
      unresolvedAtEnd: 1,
      resolutionRate: 0,
      meanDaysToAccept: 0,
    });
    expect(row(r.body, 'petition')).toMatchObject({ ...zero, received: 1, withdrawn: 1 });
    expect(row(r.body, 'dispute')).toMatchObject(zero);
    expect(row(r.body, 'total')).toMatchObject({
      ...zero,
      received: 4,
      eligible: 2,
      withinJurisdiction: 2,
      accepted: 2,
      toResolve: 2,
      resolved: 1,
      resolvedOnTime: 1,
      unresolvedAtEnd: 1,
      withdrawn: 1,
      rejected: 1,
      resolutionRate: 0.5,
      onTimeRate: 1,
      meanDaysToAccept: 0,
      meanDaysToResolve: 15,
      outcomes: { upheld: 1 },
    });
    expect(r.body.byField).toEqual({
      land_housing: { received: 2, resolved: 1 },
      corruption: { received: 1, resolved: 0 },
      policy_benefits: { received: 1, resolved: 0 },
    });
  });

  it('carries the unresolved case into the second quarter and counts its late decision', async () => {
    const r = await get('/reports/2026-Q2?committee=ubkt-1');
    expect(row(r.body, 'denunciation')).toMatchObject({
      ...zero,
      carriedIn: 1,
      toResolve: 1,
      resolved: 1,
      resolutionRate: 1,
      onTimeRate: 0,
      meanDaysToResolve: 64,
      medianDaysToResolve: '61-90',
      outcomes: { true: 1 },
    });
    expect(row(r.body, 'total')).toMatchObject({
      received: 1,
      carriedIn: 1,
      toResolve: 2,
      resolved: 1,
      unresolvedAtEnd: 1,
      resolutionRate: 0.5,
      onTimeRate: 0,
    });
    const half = await get('/reports/2026-6M?committee=ubkt-1');
    expect(row(half.body, 'total')).toMatchObject({
      received: 5,
      toResolve: 3,
      resolved: 2,
      unresolvedAtEnd: 1,
    });
    expect(row(half.body, 'total').resolutionRate).toBeCloseTo(2 / 3);
  });

  it('shows 1 to 4 as "<5" for all committees when the reader belongs to one', async () => {
    const r = await get('/reports/2026-Q1');
    expect(r.body.exact).toBe(false);
    expect(row(r.body, 'petition')).toMatchObject({ received: '<5', withdrawn: '<5', transferred: '<5' });
    expect(row(r.body, 'total')).toMatchObject({ received: 5, resolved: '<5', resolutionRate: null });
    const other = await get('/reports/2026-Q1?committee=ubkt-2');
    expect(row(other.body, 'petition')).toMatchObject({ received: '<5', transferred: '<5' });
  });

  it('downloads as CSV in the same shape', async () => {
    const res = await fetch(`${rt.apiUrl}/reports/2026-Q1?committee=ubkt-1&format=csv`, {
      headers: { authorization: `Bearer ${t.leadership}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('cong-minh-2026-Q1-ubkt-1.csv');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Vietnamese headers, numbers a spreadsheet can add (rates as percentages).
    expect(lines[0]).toMatch(
      /^Loại đơn,Tiếp nhận,Đủ điều kiện xử lý,Thuộc thẩm quyền,Kỳ trước chuyển sang,Phải giải quyết,Đã giải quyết,Tỷ lệ giải quyết \(%\)/,
    );
    expect(lines).toHaveLength(6);
    expect(lines[5]).toMatch(/^Tổng cộng,4,2,2,0,2,1,50,1,100,1,1,/);
    expect(lines[5]).toMatch(/,$/); // nothing suppressed in the reader's own committee
    const en = await fetch(`${rt.apiUrl}/reports/2026-Q1?committee=ubkt-1&format=csv&lang=en`, {
      headers: { authorization: `Bearer ${t.leadership}` },
    });
    expect((await en.text()).replace(/^\uFEFF/, '')).toMatch(/^Kind,Received,Eligible,/);
    // Outside the reader's committees a suppressed cell is empty and named, never "<5" or 0.
    const all = await fetch(`${rt.apiUrl}/reports/2026-Q1?format=csv`, {
      headers: { authorization: `Bearer ${t.leadership}` },
    });
    const rows = (await all.text()).trim().split('\r\n');
    expect(rows.join('\n')).not.toContain('<5');
    const petition = rows.find((l) => l.startsWith('"Kiến nghị, phản ánh"'))!;
    expect(petition.slice('"Kiến nghị, phản ánh",'.length).split(',')[0]).toBe('');
    expect(petition).toMatch(/Tiếp nhận/);
  });

  it('gives the dashboard the same figures with the trend and the backlog by age, in four requests at most', async () => {
    on('2026-04-20');
    await get('/metrics?period=2026-Q1&committee=ubkt-1'); // the committee list is cached after this
    requests.length = 0;
    const r = await get('/metrics?period=2026-Q1&committee=ubkt-1');
    expect(r.status).toBe(200);
    expect(requests.length).toBeLessThanOrEqual(4);
    expect(requests).not.toContain('ScanCommand');
    expect(r.body.headline).toMatchObject({ received: 4, resolved: 1, resolutionRate: 0.5 });
    expect(r.body.trend.find((m: { month: string }) => m.month === '2026-02')).toMatchObject({
      received: 2,
      resolved: 0,
    });
    // Open now: F (received 1 April, 19 days ago). C was decided, A decided, B, D ended.
    expect(r.body.backlog.open).toBe(1);
    expect(r.body.backlog.bands['0-30']).toBe(1);
    expect(r.body.overdue).toEqual([]);
  });
});

describe('who reads figures', () => {
  it('is leadership only; leadership gets 403 on case detail and identities', async () => {
    expect((await get('/metrics', t.chair)).status).toBe(403);
    expect((await get('/reports/2026-Q1', t.intake)).status).toBe(403);
    expect((await get(`/cases/${c.A.caseId}`)).status).toBe(403);
    expect((await get(`/cases/${c.A.caseId}/audit`)).status).toBe(403);
    const reveal = await rt.call(`/cases/${c.A.caseId}/identity/reveal`, {
      token: t.leadership,
      body: { reason: 'Muốn biết ai đã khiếu nại vụ này' },
    });
    expect(reveal.status).toBe(403);
    expect((await get('/cases?stage=screening&committee=ubkt-1')).status).toBe(403);
  });

  it('refuses a malformed period or an unknown committee with 422', async () => {
    expect((await get('/reports/2026-Q5')).status).toBe(422);
    expect((await get('/reports/2026-07')).status).toBe(422);
    expect((await get('/metrics?period=yesterday')).status).toBe(422);
    const unknown = await get('/metrics?committee=khong-co');
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].path).toBe('committee');
    expect((await get('/reports/2026-Q1?format=xlsx')).status).toBe(422);
  });
});

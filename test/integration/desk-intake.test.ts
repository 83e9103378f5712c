/**
 * Issue 13 §5: desk intake. A clerk records a letter that came by post three days ago: its clocks
 * start on the day it arrived, the person's receipt tracks it, the trail names the clerk and the
 * channel, and the citizen-reception register gets a numbered line whose export names the person
 * (from the vault) and is itself logged. Desk filings count against the clerk's own limit, never
 * the public one; bad desk input is a 4xx that stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../shared/domain/calendar.js';
import { intakes } from '../support/fixtures.js';
import { auditOf, detail, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;

// Public filings are limited to two per client here: a desk is not.
beforeAll(async () => {
  rt = await startTestRuntime({ submitLimits: { perClient: 2, global: 1_000 } });
  t = await loginAll(rt);
});
afterAll(() => rt?.stop());

const today = () => localDate(new Date());

const desk = (over: Record<string, unknown> = {}) => ({
  intake: intakes.complaint(),
  desk: { channel: 'post', receivedOn: addDays(today(), -3), ...over },
});

const record = (body: unknown, token = t.intake, headers?: Record<string, string>) =>
  rt.call('/cases', { method: 'POST', body, token, headers });

async function caseIdOf(reference: string): Promise<string> {
  const r = await rt.call(`/cases?reference=${reference}`, { token: t.intake });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.items[0].caseId;
}

describe('desk intake', () => {
  it('records a posted letter received three days ago: its clocks start then, its receipt tracks it', async () => {
    const receivedOn = addDays(today(), -3);
    const r = await record(desk());
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.registerNumber).toBeGreaterThanOrEqual(1);
    expect(r.body.receipt).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    await rt.sfn.idle();

    // The acceptance period runs from the day the letter arrived, as the public deadlines say.
    const expected = await rt.call(`/public/deadlines?kind=complaint&receivedOn=${receivedOn}`);
    const acceptance = expected.body.deadlines.find((d: { name: string }) => d.name === 'acceptance');
    expect(r.body.deadlines.find((d: { name: string }) => d.name === 'acceptance').dueOn).toBe(
      acceptance.dueOn,
    );

    const caseId = await caseIdOf(r.body.reference);
    const c = await detail(rt, t.intake, caseId);
    expect(c).toMatchObject({ channel: 'post', receivedOn, status: 'screening' });
    // The person's receipt works like a web filing's.
    const tracked = await rt.call(`/public/cases/${r.body.receipt}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.reference).toBe(r.body.reference);
    // The trail names the clerk and how it came.
    const { events } = await auditOf(rt, t.chair, caseId);
    expect(events[0]).toMatchObject({
      action: 'submit',
      actor: { id: 'intake', role: 'intake' },
      data: { channel: 'post', receivedOn },
    });
  });

  it('records a referral with the referring body, past the public per-client limit, and answers a retry once', async () => {
    const body = desk({
      channel: 'referral',
      receivedOn: today(),
      referral: { source: 'deputy', body: 'Đoàn đại biểu Quốc hội TP Hà Nội', reference: '45/CV-ĐĐBQH' },
    });
    const numbers: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await record({
        ...body,
        intake: { ...body.intake, content: `${body.intake.content} (${i})` },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      numbers.push(r.body.registerNumber);
    }
    expect(numbers[1]).toBe(numbers[0]! + 1);
    expect(numbers[2]).toBe(numbers[1]! + 1);
    const first = await record(body, t.intake, { 'idempotency-key': 'desk-retry-0001' });
    const again = await record(body, t.intake, { 'idempotency-key': 'desk-retry-0001' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    await rt.sfn.idle();
    const c = await detail(rt, t.intake, await caseIdOf(first.body.reference));
    expect(c.referral).toEqual({
      source: 'deputy',
      body: 'Đoàn đại biểu Quốc hội TP Hà Nội',
      reference: '45/CV-ĐĐBQH',
    });
  });

  it('refuses bad desk input and other roles and committees, storing nothing', async () => {
    await rt.sfn.idle();
    const before = await rt.itemCount();
    const cases: [unknown, string | undefined, number, string?][] = [
      [desk({ channel: 'referral' }), t.intake, 422, 'desk.referral'],
      [desk({ referral: { source: 'press', body: 'Báo Nhân Dân' } }), t.intake, 422, 'desk.referral'],
      [desk({ receivedOn: addDays(today(), 1) }), t.intake, 422, 'desk.receivedOn'],
      [desk({ receivedOn: addDays(today(), -400) }), t.intake, 422, 'desk.receivedOn'],
      [desk({ channel: 'web' }), t.intake, 422, 'desk.channel'],
      [{ intake: intakes.complaint() }, t.intake, 422, 'desk'],
      [{ ...desk(), intake: { ...intakes.complaint(), committee: 'ubkt-2' } }, t.intake, 403],
      [desk(), t.investigator, 403],
      [desk(), t.chair, 403],
      [desk(), undefined, 401],
    ];
    for (const [body, token, status, path] of cases) {
      const r = await rt.call('/cases', { method: 'POST', body, token });
      expect(r.status, JSON.stringify({ body, answer: r.body })).toBe(status);
      expect(r.headers.get('content-type')).toMatch(/problem\+json/);
      if (path) expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    await rt.sfn.idle();
    expect(await rt.itemCount()).toBe(before);
  });

  it('keeps the citizen-reception register: numbered lines naming the person, exported as JSON and CSV, each export logged', async () => {
    const r = await record(
      desk({ channel: 'walk_in', receivedOn: today(), priorHandling: 'UBND phường đã trả lời' }),
    );
    expect(r.status).toBe(201);
    const from = addDays(today(), -10);
    const q = `from=${from}&to=${today()}`;
    const reg = await rt.call(`/committees/ubkt-1/reception-register?${q}`, { token: t.intake });
    expect(reg.status, JSON.stringify(reg.body)).toBe(200);
    const line = reg.body.items.find((l: { reference: string }) => l.reference === r.body.reference);
    expect(line).toMatchObject({
      number: r.body.registerNumber,
      receivedOn: today(),
      channel: 'walk_in',
      name: 'Nguyễn Văn An',
      address: '12 Phố Hàng Bông, Hà Nội',
      priorHandling: 'UBND phường đã trả lời',
      status: 'screening',
      recordedBy: 'intake',
    });
    expect(line.content.length).toBeGreaterThan(10);
    const numbers = reg.body.items.map((l: { number: number }) => l.number);
    expect(numbers).toEqual([...numbers].sort((a: number, b: number) => a - b));

    const csv = await rt.bytes(`/committees/ubkt-1/reception-register?${q}&format=csv`, t.chair);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFSố thứ tự,Năm,Ngày tiếp nhận,Họ và tên,Địa chỉ')).toBe(true);
    expect(text).toContain('Nguyễn Văn An');
    const en = await rt.bytes(`/committees/ubkt-1/reception-register?${q}&format=csv&lang=en`, t.chair);
    expect(en.bytes.toString('utf8').startsWith('\uFEFFNumber,Year,Received on,Full name,Address')).toBe(
      true,
    );

    // Only the committee's clerks and chair; not for more than a year at a time.
    for (const [token, path, status] of [
      [t.investigator, `/committees/ubkt-1/reception-register?${q}`, 403],
      [t.chairB, `/committees/ubkt-1/reception-register?${q}`, 403],
      [t.intake, `/committees/ubkt-1/reception-register?from=2025-01-01&to=2026-06-30`, 422],
      [t.intake, `/committees/ubkt-1/reception-register?from=${today()}&to=${from}`, 422],
    ] as const) {
      const x = await rt.call(path, { token });
      expect(x.status, `${path} ${JSON.stringify(x.body)}`).toBe(status);
    }

    // Each export is entered in the admin log: who, which register, which period, how many lines.
    const log = await rt.call('/admin/log', { token: await rt.login('auditor') });
    expect(log.status, JSON.stringify(log.body)).toBe(200);
    const exports = log.body.events.filter(
      (e: { action: string }) => e.action === 'reception_register_export',
    );
    expect(exports.length).toBeGreaterThanOrEqual(3);
    expect(exports.at(-1).data).toMatchObject({ target: 'ubkt-1', from, to: today() });
  });
});

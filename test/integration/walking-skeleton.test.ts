/**
 * Issue 2's acceptance, through the HTTP API against the local runtime: file, track, screen,
 * conflict, audit, and the workflow parked on the case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditVerifyResponse,
  caseDetailResponse,
  queueResponse,
  submitCaseResponse,
  trackCaseResponse,
} from '../../shared/api/contracts.js';
import { intakes } from '../support/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let intake: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  intake = await rt.login('intake');
});
afterAll(() => rt?.stop());

async function file(body: unknown = intakes.complaint(), headers: Record<string, string> = {}) {
  const r = await rt.call('/public/cases', { body, headers });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return submitCaseResponse.parse(r.body);
}

async function caseIdOf(
  reference: string,
  stage = 'screening',
): Promise<{ caseId: string; version: number }> {
  const q = queueResponse.parse(
    (await rt.call(`/cases?stage=${stage}&committee=ubkt-1&limit=100`, { token: intake })).body,
  );
  const item = q.items.find((i) => i.reference === reference);
  if (!item) throw new Error(`${reference} not in the ${stage} queue`);
  return item;
}

async function parked(caseId: string, status: string) {
  await rt.sfn.idle();
  const d = caseDetailResponse.parse((await rt.call(`/cases/${caseId}`, { token: intake })).body);
  expect(d.case.status).toBe(status);
  expect('awaiting' in d.case && d.case.awaiting).toBe(status);
}

describe('public intake', () => {
  it.each(Object.keys(intakes) as (keyof typeof intakes)[])(
    'files a %s and gives a receipt, deadlines and the head hash',
    async (kind) => {
      const out = await file(intakes[kind]());
      expect(out.status).toBe('screening');
      expect(out.deadlines.length).toBeGreaterThan(0);
      const tracked = trackCaseResponse.parse((await rt.call(`/public/cases/${out.receipt}`)).body);
      expect(tracked).toMatchObject({
        reference: out.reference,
        status: 'screening',
        headHash: out.headHash,
      });
      expect(tracked.timeline.map((t) => t.status)).toEqual(['received', 'screening']);
      expect(JSON.stringify(tracked)).not.toMatch(/Nguyễn|Trần|Hoàng|Vũ Thị|0912345678/);
    },
  );

  it('accepts the receipt in any case and without dashes', async () => {
    const out = await file();
    const r = await rt.call(`/public/cases/${out.receipt.replace(/-/g, '').toLowerCase()}`);
    expect(r.status).toBe(200);
  });

  it('answers a retry with the same Idempotency-Key and body with the same answer, storing nothing new', async () => {
    const key = 'retry-key-0001-abcdef';
    const first = await file(intakes.petition(), { 'idempotency-key': key });
    await rt.sfn.idle();
    const count = await rt.itemCount();
    const again = await file(intakes.petition(), { 'idempotency-key': key });
    expect(again).toEqual(first);
    expect(await rt.itemCount()).toBe(count);
    const other = await rt.call('/public/cases', {
      body: { ...intakes.petition(), topic: 'Chủ đề khác hẳn' },
      headers: { 'idempotency-key': key },
    });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].code).toBe('idempotency_mismatch');
    expect(await rt.itemCount()).toBe(count);
  });

  it('computes deadlines from the profile before anyone files', async () => {
    const r = await rt.call(
      '/public/deadlines?kind=complaint&instance=1&receivedOn=2026-03-06&acceptedOn=2026-03-10&remote=true&complexity=complex',
    );
    expect(r.status).toBe(200);
    expect(r.body.deadlines).toEqual([
      expect.objectContaining({
        name: 'acceptance',
        dueOn: '2026-03-16',
        dayType: 'calendar',
        days: 10,
        basis: 'Luật Khiếu nại 2011, Điều 27',
      }),
      expect.objectContaining({ name: 'resolution', dueOn: '2026-05-11', dayType: 'calendar', days: 60 }),
      expect.objectContaining({
        name: 'decision_notice',
        from: 'decided',
        dueOn: null,
        dayType: 'working',
        days: 3,
      }),
    ]);
  });

  it('publishes the OpenAPI 3.1 document with the intake schema of every kind', async () => {
    const r = await rt.call('/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    expect(r.body.servers).toEqual([{ url: '/api' }]);
  });
});

describe('screening', () => {
  it('lists the case, accepts it with the right version, refuses a stale one, and keeps a valid chain', async () => {
    const out = await file();
    const { caseId, version } = await caseIdOf(out.reference);
    await parked(caseId, 'screening');

    const ok = await rt.call(`/cases/${caseId}/actions`, {
      token: intake,
      body: { action: 'accept', expectedVersion: version },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.case.status).toBe('accepted');
    const resolution = ok.body.case.deadlines.find((d: { name: string }) => d.name === 'resolution');
    expect(resolution).toMatchObject({ state: 'running', days: 30, dayType: 'calendar' });
    expect(resolution.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await rt.sfn.idle();
    const count = await rt.itemCount();
    const stale = await rt.call(`/cases/${caseId}/actions`, {
      token: intake,
      body: { action: 'accept', expectedVersion: version },
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(await rt.itemCount()).toBe(count);

    const verdict = auditVerifyResponse.parse(
      (await rt.call(`/cases/${caseId}/audit/verify`, { token: intake })).body,
    );
    // submit, acknowledgement notice, accept, acceptance notice
    expect(verdict).toMatchObject({ valid: true, length: 4 });
    await parked(caseId, 'accepted');
    const tracked = await rt.call(`/public/cases/${out.receipt}`);
    expect(tracked.body.status).toBe('accepted');
  });

  it('rejects with a legal ground of the profile, and the workflow closes the case', async () => {
    const out = await file(intakes.denunciation());
    const { caseId, version } = await caseIdOf(out.reference);
    await rt.sfn.idle();
    const count = await rt.itemCount();
    const noGround = await rt.call(`/cases/${caseId}/actions`, {
      token: intake,
      body: {
        action: 'reject',
        expectedVersion: version,
        ground: 'not_signed',
        reason: 'Đơn không có chữ ký.',
      },
    });
    expect(noGround.status).toBe(422);
    expect(noGround.body.errors[0]).toMatchObject({ path: 'ground', code: 'ground_not_in_profile' });
    expect(await rt.itemCount()).toBe(count);

    const r = await rt.call(`/cases/${caseId}/actions`, {
      token: intake,
      body: {
        action: 'reject',
        expectedVersion: version,
        ground: 'no_basis_to_identify',
        reason: 'Không có cơ sở xác định người vi phạm.',
      },
    });
    expect(r.status).toBe(200);
    await rt.sfn.idle();
    const tracked = trackCaseResponse.parse((await rt.call(`/public/cases/${out.receipt}`)).body);
    expect(tracked.status).toBe('closed');
    expect(tracked.rejection?.basis).toBe('Luật Tố cáo 2018, Điều 29(1)(d)');
    const verdict = (await rt.call(`/cases/${caseId}/audit/verify`, { token: intake })).body;
    expect(verdict).toMatchObject({ valid: true, length: 5 });
    const events = (await rt.call(`/cases/${caseId}/audit`, { token: intake })).body.events;
    expect(
      events.map((e: { action: string; actor: unknown; data: { type?: string } }) => [
        e.action,
        e.actor,
        e.data.type,
      ]),
    ).toEqual([
      ['submit', 'public', undefined],
      ['notice', 'system', 'acknowledgement'],
      ['reject', { id: 'intake', role: 'intake' }, undefined],
      ['notice', 'system', 'rejection'],
      ['close', 'system', undefined],
    ]);
    expect(tracked.timeline.map((t) => t.status)).toEqual(['received', 'screening', 'rejected', 'closed']);

    const late = await rt.call(`/cases/${caseId}/actions`, {
      token: intake,
      body: { action: 'accept', expectedVersion: 3 },
    });
    expect(late.status).toBe(409);
  });

  it('orders the queue by due date, each row carrying its earliest running deadline', async () => {
    const c = await file(intakes.complaint());
    const d = await file(intakes.denunciation());
    const q = queueResponse.parse(
      (await rt.call('/cases?stage=screening&committee=ubkt-1&limit=100', { token: intake })).body,
    );
    const due = q.items.map((i) => i.dueAt ?? '9999');
    expect([...due].sort()).toEqual(due);
    const row = (ref: string) => q.items.find((i) => i.reference === ref)!;
    expect(row(c.reference).dueAt).toBe(c.deadlines.find((x) => x.name === 'acceptance')!.dueAt);
    expect(row(d.reference).dueAt).toBe(d.deadlines.find((x) => x.name === 'screening')!.dueAt);
  });
});

/** Helpers to drive cases through the API as the demo staff, waiting for the workflow after each step. */
import { expect } from 'vitest';
import { asSent } from '../../infra/local/seed.js';
import { readOutbox } from '../../shared/notify/notifier.js';
import type { Api, TestRuntime } from './runtime.js';

export type Tokens = Record<
  'intake' | 'investigator' | 'investigator2' | 'chair' | 'chairB' | 'investigatorB' | 'leadership',
  string
>;

export async function loginAll(rt: TestRuntime): Promise<Tokens> {
  return {
    intake: await rt.login('intake'),
    investigator: await rt.login('investigator'),
    investigator2: await rt.login('investigator-2'),
    chair: await rt.login('chair'),
    chairB: await rt.login('chair-b'),
    investigatorB: await rt.login('investigator-b'),
    leadership: await rt.login('leadership'),
  };
}

export interface Filed {
  reference: string;
  receipt: string;
  caseId: string;
}

/** Files through the public API and finds the case id in the committee's screening queue. */
export async function fileCase(
  rt: TestRuntime,
  token: string,
  body: { committee: string; [k: string]: unknown },
  headers?: Record<string, string>,
): Promise<Filed> {
  const r = await rt.call('/public/cases', { body, headers });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  await rt.sfn.idle();
  const q = await rt.call(`/cases?stage=screening&committee=${body.committee}&limit=100`, { token });
  const row = q.body.items.find((i: { reference: string }) => i.reference === r.body.reference);
  expect(row, `${r.body.reference} in the queue`).toBeDefined();
  return { reference: r.body.reference, receipt: r.body.receipt, caseId: row.caseId };
}

export async function detail(rt: TestRuntime, token: string, caseId: string): Promise<Api['body']> {
  const r = await rt.call(`/cases/${caseId}`, { token });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.case;
}

/**
 * One staff action with the current version; waits for the workflow to settle. As the workspace does:
 * `propose_decision` with a `summary` sends a full draft of the track's parts built from it, and
 * `approve_decision` names the draft's hash the case shows, unless the body gives its own.
 */
export async function act(
  rt: TestRuntime,
  token: string,
  caseId: string,
  body: Record<string, unknown>,
  status = 200,
): Promise<Api['body']> {
  const d = await rt.call(`/cases/${caseId}`, { token });
  expect(d.status, JSON.stringify(d.body)).toBe(200);
  const r = await rt.call(`/cases/${caseId}/actions`, {
    token,
    body: { expectedVersion: d.body.case.version, ...asSent(d.body, body) },
  });
  expect(r.status, `${String(body.action)}: ${JSON.stringify(r.body)}`).toBe(status);
  await rt.sfn.idle();
  return r.body;
}

export async function auditOf(rt: TestRuntime, token: string, caseId: string) {
  const verdict = (await rt.call(`/cases/${caseId}/audit/verify`, { token })).body;
  const events = (await rt.call(`/cases/${caseId}/audit`, { token })).body.events as {
    action: string;
    data: Record<string, unknown>;
  }[];
  return { verdict, events };
}

export function outboxFor(rt: TestRuntime, caseId: string) {
  return readOutbox(rt.outboxFile).filter((n) => n.caseId === caseId);
}

/** Assign to the investigator, who proposes `outcome`; the chair approves (committee ubkt-1). */
export async function decideCase(rt: TestRuntime, t: Tokens, caseId: string, outcome: string): Promise<void> {
  await act(rt, t.chair, caseId, { action: 'assign', assignees: ['investigator'] });
  await act(rt, t.investigator, caseId, {
    action: 'propose_decision',
    outcome,
    summary: 'Kết quả xác minh nội dung đơn tại địa phương.',
  });
  await act(rt, t.chair, caseId, { action: 'approve_decision' });
}

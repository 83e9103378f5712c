/**
 * Issue 13 §2, the auditor: finds a case of the committee by its reference (a row naming nobody, no
 * queue), reads its trail and takes it away as CSV; another committee's case is not found, and no
 * queue opens to the auditor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakes } from '../support/fixtures.js';
import { act, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;
let auditor: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  t = await loginAll(rt);
  auditor = await rt.login('auditor');
});
afterAll(() => rt?.stop());

describe('the auditor', () => {
  it('finds a case by reference, naming nobody, and exports its trail as CSV', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });

    const found = await rt.call(`/cases?reference=${c.reference}`, { token: auditor });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({
      caseId: c.caseId,
      subject: null,
      respondent: null,
      pseudonym: null,
    });
    // No queue opens to an auditor, and the case itself stays closed.
    expect((await rt.call('/cases?stage=screening&committee=ubkt-1', { token: auditor })).status).toBe(403);
    expect((await rt.call(`/cases/${c.caseId}`, { token: auditor })).status).toBe(403);

    const csv = await rt.bytes(`/cases/${c.caseId}/audit?format=csv`, auditor);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('seq,at,actor,action,from,to,prevHash,hash,data');
    const json = await rt.call(`/cases/${c.caseId}/audit`, { token: auditor });
    expect(lines).toHaveLength(json.body.events.length + 1);
    expect(lines[1]).toMatch(/^1,.*,public,submit,/);
  });

  it('does not find another committee’s case', async () => {
    const other = await fileCase(rt, t.chairB, { ...intakes.complaint(), committee: 'ubkt-2' });
    const r = await rt.call(`/cases?reference=${other.reference}`, { token: auditor });
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([]);
    expect([403, 404]).toContain(
      (await rt.call(`/cases/${other.caseId}/audit?format=csv`, { token: auditor })).status,
    );
  });
});

/**
 * Stop and start the runtime on the same data: cases and audit trails are there, parked workflows
 * are resumed, and a case waiting in screening can still be accepted with its workflow going on.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { intakes } from '../support/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime | undefined;
afterAll(() => rt?.stop());

describe('restart', () => {
  it('keeps cases and trails, and resumes in-flight workflows', async () => {
    const tableName = `t-restart-${randomUUID().slice(0, 6)}`;
    rt = await startTestRuntime({ tableName });
    const { dataDir } = rt;
    const filed = (await rt.call('/public/cases', { body: intakes.complaint() })).body;
    const token = await rt.login('intake');
    const item = (await rt.call('/cases?stage=screening', { token })).body.items[0];
    await rt.sfn.idle();
    expect(rt.sfn.list().filter((e) => e.status === 'RUNNING')).toHaveLength(1);
    const schedules = rt.scheduler.list();
    expect(schedules).toHaveLength(4); // the acceptance deadline's alerts
    await rt.stop();

    rt = await startTestRuntime({ dataDir, tableName });
    expect(rt.sfn.list().filter((e) => e.status === 'RUNNING')).toHaveLength(1);
    expect(rt.scheduler.list()).toEqual(schedules); // deadline alerts survive a restart
    await rt.sfn.idle();
    const token2 = await rt.login('intake');
    expect((await rt.call(`/public/cases/${filed.receipt}`)).body.status).toBe('screening');
    expect((await rt.call(`/cases/${item.caseId}/audit/verify`, { token: token2 })).body).toMatchObject({
      valid: true,
      length: 2,
    });

    const detail = (await rt.call(`/cases/${item.caseId}`, { token: token2 })).body;
    expect(detail.case.awaiting).toBe('screening');
    const ok = await rt.call(`/cases/${item.caseId}/actions`, {
      token: token2,
      body: { action: 'accept', expectedVersion: detail.case.version },
    });
    expect(ok.status).toBe(200);
    await rt.sfn.idle();
    const after = (await rt.call(`/cases/${item.caseId}`, { token: token2 })).body;
    expect(after.case).toMatchObject({ status: 'accepted', awaiting: 'accepted' });
    expect(rt.sfn.parkedTokens()).toHaveLength(1);
  });
});

/**
 * Anchored audit (issue 11): every event is signed into the checkpoint log from the table's stream;
 * verify (API and CLI) detects rewrites an insider with table access makes, and never fails open.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAMPERINGS, tamperTrial } from '../../infra/local/tamper.js';
import { auditVerifyResponse, trackCaseResponse } from '../../shared/api/contracts.js';
import { dynamo } from '../../shared/aws/clients/dynamo.js';
import { intakes } from '../support/fixtures.js';
import { act, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

const run = promisify(execFile);
let rt: TestRuntime;
let t: Tokens;
let auditor: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  t = await loginAll(rt);
  auditor = await rt.login('auditor');
});
afterAll(async () => rt?.stop());

const store = () => ({ db: dynamo(), tableName: rt.tableName });

describe('anchored audit trail', () => {
  it('anchors every event within a second of the action and verifies against it', async () => {
    const filed = await fileCase(rt, t.intake, { ...intakes.complaint(), committee: 'ubkt-1' });
    const lags: number[] = [];
    const started = Date.now();
    await act(rt, t.intake, filed.caseId, { action: 'accept' });
    // The anchor polls the stream on its own: wait for it as a client would.
    for (;;) {
      const v = auditVerifyResponse.parse(
        (await rt.call(`/cases/${filed.caseId}/audit/verify`, { token: auditor })).body,
      );
      if (v.anchoredLength === v.length) {
        lags.push(Date.now() - started);
        expect(v).toMatchObject({ valid: true });
        expect(v.anchoredAt).toMatch(/^\d{4}-/);
        break;
      }
      expect(Date.now() - started).toBeLessThan(5_000);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(lags[0]).toBeLessThan(5_000);

    // Every public step shows the audit head it was recorded with.
    const tracked = trackCaseResponse.parse((await rt.call(`/public/cases/${filed.receipt}`)).body);
    expect(tracked.timeline.map((s) => s.status)).toEqual(['received', 'screening', 'accepted']);
    for (const step of tracked.timeline) expect(step.auditHash).toMatch(/^[0-9a-f]{64}$/);
    const events = (await rt.call(`/cases/${filed.caseId}/audit`, { token: auditor })).body.events;
    expect(events.map((e: { hash: string }) => e.hash)).toEqual(
      expect.arrayContaining(tracked.timeline.map((s) => s.auditHash)),
    );
  });

  it(`detects every tampering of anchored events through the API and the CLI (${TAMPERINGS.join(', ')})`, async () => {
    const filed = await fileCase(rt, t.intake, { ...intakes.denunciation(), committee: 'ubkt-1' });
    await act(rt, t.intake, filed.caseId, { action: 'accept' });
    await rt.anchors.drain();
    const n = Number(process.env.TAMPER_CASES ?? 40);
    const r = await tamperTrial(rt, store(), { caseId: filed.caseId, n, token: auditor, seed: 7 });
    expect(r.api).toEqual({ detected: n, missed: [], serverErrors: 0 });
    expect(r.cli).toEqual({ detected: n, missed: [] });
    for (const k of TAMPERINGS) expect(r.byKind[k]).toBeGreaterThan(0);

    // The CLI itself, as a new process on the same data: every case and the admin log, a summary, exit 1.
    const cli = await run('npx', ['tsx', 'infra/local/audit-verify.ts'], {
      env: { ...process.env, CM_DATA_DIR: rt.dataDir },
      maxBuffer: 1 << 24,
    }).then(
      () => ({ code: 0, stdout: '' }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(new RegExp(`trail\\(s\\) checked: \\d+ valid, ${n} broken`));
    expect(cli.stdout).toContain(`valid    ${filed.reference}`);
    expect(cli.stdout).toMatch(/valid {4}admin-log/);
    // 40 trails tampered and verified twice, and a CLI process started: about 15 s alone, but up to
    // two minutes when the 10 000-case seed of queues.test.ts shares the one DynamoDB Local.
  }, 300_000);

  it('chains the admin log, anchors it, and lets auditors read and verify it', async () => {
    const admin = await rt.login('admin');
    const put = await rt.call('/admin/staff/tran.c', {
      method: 'PUT',
      token: admin,
      body: {
        displayName: 'Trần C',
        groups: ['intake'],
        committees: ['ubkt-1'],
        initialPassword: 'a-long-password-1',
      },
    });
    expect(put.status).toBe(201);
    await rt.anchors.drain();
    for (const token of [admin, auditor]) {
      const log = await rt.call('/admin/log', { token });
      expect(log.status).toBe(200);
      expect(log.body.events.at(-1)).toMatchObject({ action: 'staff_created', data: { target: 'tran.c' } });
      expect(JSON.stringify(log.body)).not.toContain('a-long-password-1');
      const v = auditVerifyResponse.parse((await rt.call('/admin/log/verify', { token })).body);
      expect(v).toMatchObject({ valid: true });
      expect(v.anchoredLength).toBe(v.length);
    }
    expect((await rt.call('/admin/log', { token: t.chair })).status).toBe(403);
    expect((await rt.call('/admin/log/verify', { token: t.leadership })).status).toBe(403);
    expect(readFileSync(rt.checkpointFile, 'utf8')).toContain('"log":"admin"');
  });
});

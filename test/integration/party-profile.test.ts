/** A Party inspection committee's cases follow the Party profile: every period in working days. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamo } from '../../shared/aws/clients/dynamo.js';
import { putCommittee } from '../../shared/store/committees.js';
import { intakes } from '../support/fixtures.js';
import { act, detail, fileCase } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime, testClock } from '../support/runtime.js';

let rt: TestRuntime;
let chair: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  await putCommittee(
    { db: dynamo(), tableName: rt.tableName },
    {
      committeeId: 'ubkt-1',
      name: { vi: 'Ủy ban Kiểm tra Đảng ủy', en: 'Party inspection committee' },
      profileId: 'vn-party-inspection',
    },
  );
  chair = await rt.login('chair');
});
afterAll(() => {
  testClock.at = null;
  return rt?.stop();
});

describe('Party / mass-association profile', () => {
  it('counts screening and resolution in working days, with one extension of 30 working days', async () => {
    testClock.set('2026-03-02T03:00:00Z');
    const c = await fileCase(rt, chair, intakes.denunciation());
    const d0 = await detail(rt, chair, c.caseId);
    expect(d0).toMatchObject({ profileId: 'vn-party-inspection', profileVersion: '2025.1' });
    expect(d0.deadlines[0]).toMatchObject({
      name: 'screening',
      dayType: 'working',
      days: 10,
      dueOn: '2026-03-16',
    });
    // Accepted two weeks later; the 90 working days still count from receipt (LEGAL.md §A6):
    // 2 March + 90 working days (Hùng Kings' 27 April, 30 April, 1 May off) = 9 July, not 23 July.
    testClock.set('2026-03-16T03:00:00Z');
    await act(rt, chair, c.caseId, { action: 'accept' });
    const resolution = (await detail(rt, chair, c.caseId)).deadlines.find(
      (k: { name: string }) => k.name === 'resolution',
    );
    expect(resolution).toMatchObject({
      dayType: 'working',
      days: 90,
      startedOn: '2026-03-02',
      dueOn: '2026-07-09',
    });
    // One extension of up to 30 working days for any case not finished in time, complex or not.
    await act(rt, chair, c.caseId, { action: 'extend', reason: 'Cần xác minh thêm tại cơ sở.' });
    await act(rt, chair, c.caseId, { action: 'extend', reason: 'Gia hạn lần hai không được phép.' }, 409);
    expect(
      (await detail(rt, chair, c.caseId)).deadlines.find((k: { name: string }) => k.name === 'resolution'),
    ).toMatchObject({ days: 120, extensions: 1 });
  });

  it('is published by the deadlines API', async () => {
    const r = await rt.call(
      '/public/deadlines?profile=vn-party-inspection&kind=denunciation&receivedOn=2026-03-02',
    );
    expect(r.status).toBe(200);
    expect(r.body.profile.id).toBe('vn-party-inspection');
    expect(r.body.deadlines.every((d: { dayType: string }) => d.dayType === 'working')).toBe(true);
    expect((await rt.call('/public/deadlines?profile=nope&kind=denunciation')).status).toBe(422);
  });
});

/** Issue 5: the filer answers the committee through the receipt; staff read it on the case. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakes } from '../support/fixtures.js';
import { act, auditOf, detail, fileCase } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let intake: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  intake = await rt.login('intake');
});
afterAll(() => rt?.stop());

describe('messages from the filer', () => {
  it('reach the case with their documents, in the trail, without a new version', async () => {
    const c = await fileCase(rt, intake, intakes.petition());
    await act(rt, intake, c.caseId, { action: 'accept' });
    const before = await detail(rt, intake, c.caseId);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const att = (
      await rt.call('/public/attachments', {
        body: {
          fileName: 'anh.png',
          contentType: 'image/png',
          size: png.length,
          sha256: createHash('sha256').update(png).digest('hex'),
        },
      })
    ).body;
    await fetch(new URL(att.uploadUrl, rt.url), { method: 'PUT', body: png, headers: att.uploadHeaders });
    const r = await rt.call(`/public/cases/${c.receipt}/messages`, {
      body: {
        body: 'Tôi gửi bổ sung ảnh chụp hồ sơ đã nộp <script>alert(1)</script>',
        attachments: [att.attachmentId],
      },
    });
    expect(r.status).toBe(201);
    const after = await detail(rt, intake, c.caseId);
    expect(after.version).toBe(before.version);
    expect(after.publicMessages.at(-1)).toMatchObject({ from: 'filer', type: 'message' });
    expect(after.publicMessages.at(-1).text.vi).toContain('<script>'); // stored as text; pages render it as text
    expect(after.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['anh.png']);
    const { verdict, events } = await auditOf(rt, intake, c.caseId);
    expect(verdict.valid).toBe(true);
    expect(events.at(-1)).toMatchObject({ action: 'filer_message' });
    const tracked = (await rt.call(`/public/cases/${c.receipt}`)).body;
    expect(tracked.messages.at(-1)).toMatchObject({ from: 'filer' });
  });

  it('refuse an empty or oversized message, an unknown receipt and a closed case, storing nothing', async () => {
    const c = await fileCase(rt, intake, intakes.complaint());
    const before = await rt.itemCount();
    expect((await rt.call(`/public/cases/${c.receipt}/messages`, { body: { body: '' } })).status).toBe(422);
    expect(
      (await rt.call(`/public/cases/${c.receipt}/messages`, { body: { body: 'x'.repeat(5_001) } })).status,
    ).toBe(422);
    expect(
      (await rt.call(`/public/cases/${c.receipt}/messages`, { body: { body: 'ok', extra: 1 } })).status,
    ).toBe(422);
    expect(await rt.itemCount()).toBe(before);
    // An unknown receipt is a failed lookup: only the rate-limit counters are written.
    const unknown = await rt.call('/public/cases/ABCDE-FGHJK-MNPQR-STVWX-YZ012/messages', {
      body: { body: 'ok' },
    });
    expect(unknown.status).toBe(404);
    await act(rt, intake, c.caseId, {
      action: 'reject',
      ground: 'not_signed',
      reason: 'Đơn không có chữ ký.',
    });
    expect(
      (await rt.call(`/public/cases/${c.receipt}/messages`, { body: { body: 'Còn câu hỏi.' } })).status,
    ).toBe(409);
  });
});

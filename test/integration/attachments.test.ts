/**
 * Documents: reserve, upload to the signed URL, attach at filing (type sniffed from content), and
 * staff download. Bad files are refused and nothing is stored.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakes } from '../support/fixtures.js';
import { detail, fileCase } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let intake: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  intake = await rt.login('intake');
});
afterAll(() => rt?.stop());

const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from('Quyết định thu hồi đất số 123/QĐ-UBND'),
  Buffer.from('\n%%EOF'),
]);
const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(64, 1)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function reserve(body: Buffer, fileName = 'quyet-dinh.pdf', contentType = 'application/pdf') {
  const r = await rt.call('/public/attachments', {
    body: { fileName, contentType, size: body.length, sha256: sha(body) },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { attachmentId: string; uploadUrl: string; uploadHeaders: Record<string, string> };
}

const put = (url: string, body: Buffer, headers: Record<string, string>) =>
  fetch(new URL(url, rt.url), { method: 'PUT', body, headers });

describe('attachments', () => {
  it('are uploaded, attached at filing, listed for staff, and downloaded through a short-lived link', async () => {
    const a = await reserve(pdf);
    expect((await put(a.uploadUrl, pdf, a.uploadHeaders)).status).toBe(200);
    const c = await fileCase(rt, intake, { ...intakes.complaint(), attachments: [a.attachmentId] });
    const d = await detail(rt, intake, c.caseId);
    expect(d.attachments).toEqual([
      {
        attachmentId: a.attachmentId,
        fileName: 'quyet-dinh.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: sha(pdf),
      },
    ]);
    const link = await rt.call(`/cases/${c.caseId}/attachments/${a.attachmentId}`, { token: intake });
    expect(link.status).toBe(200);
    const file = await fetch(new URL(link.body.url, rt.url));
    expect(file.headers.get('content-disposition')).toContain('quyet-dinh.pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    const inline = await rt.call(`/cases/${c.caseId}/attachments/${a.attachmentId}?view=inline`, {
      token: intake,
    });
    const preview = await fetch(new URL(inline.body.url, rt.url));
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(preview.headers.get('content-disposition')).toMatch(/^inline/);
    expect(preview.headers.get('x-content-type-options')).toBe('nosniff');
    // Another committee's staff cannot get the link.
    expect(
      (
        await rt.call(`/cases/${c.caseId}/attachments/${a.attachmentId}`, {
          token: await rt.login('chair-b'),
        })
      ).status,
    ).toBe(403);
    // One attachment, one case.
    const again = await rt.call('/public/cases', {
      body: { ...intakes.complaint(), attachments: [a.attachmentId] },
    });
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({ path: 'attachments.0', code: 'attachment_used' });
  });

  it('refuse an executable renamed .pdf, a file that was not uploaded, and an unknown id, storing no case', async () => {
    const fake = await reserve(exe);
    expect((await put(fake.uploadUrl, exe, fake.uploadHeaders)).status).toBe(200);
    const missing = await reserve(pdf);
    const before = await rt.itemCount();
    const tries = [
      [fake.attachmentId, 'attachment_type_mismatch'],
      [missing.attachmentId, 'attachment_not_uploaded'],
      [randomUUID(), 'unknown_attachment'],
    ];
    for (const [id, code] of tries) {
      const r = await rt.call('/public/cases', { body: { ...intakes.complaint(), attachments: [id] } });
      expect(r.status).toBe(422);
      expect(r.body.errors[0].code).toBe(code);
    }
    expect(await rt.itemCount()).toBe(before);
  });

  it('refuse a 20 MB file, a wrong type, and an upload that breaks the signed terms', async () => {
    const big = await rt.call('/public/attachments', {
      body: { fileName: 'lon.pdf', contentType: 'application/pdf', size: 20 * 1024 * 1024, sha256: sha(pdf) },
    });
    expect(big.status).toBe(422);
    const exeType = await rt.call('/public/attachments', {
      body: { fileName: 'x.exe', contentType: 'application/x-msdownload', size: 10, sha256: sha(pdf) },
    });
    expect(exeType.status).toBe(422);
    const a = await reserve(pdf);
    expect((await put(a.uploadUrl, Buffer.concat([pdf, Buffer.from('x')]), a.uploadHeaders)).status).toBe(
      400,
    ); // other length/hash
    expect((await put(a.uploadUrl, pdf, { ...a.uploadHeaders, 'content-type': 'image/png' })).status).toBe(
      400,
    );
    expect((await put(a.uploadUrl.replace(/sig=[^&]+/, 'sig=forged'), pdf, a.uploadHeaders)).status).toBe(
      403,
    );
    expect((await put(a.uploadUrl.replace(/size=\d+/, 'size=99'), pdf, a.uploadHeaders)).status).toBe(403);
  });
});

/**
 * Issue 10 in headless Chromium: the chair reads the draft (outcome in words, its parts, the PDF)
 * and approves it; a conflict keeps what the chair typed; the citizen at 360 px sees the outcome
 * first, downloads the PDF and sees the next-step dates; one deadline reads the same day on the
 * queue, the case page, the tracking page and the notice, whatever the browser's time zone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../shared/domain/dates.js';
import {
  axeViolations,
  launch,
  openCase,
  phone,
  screenshot,
  staffPage,
  tabLink,
  textOf,
  visible,
} from '../support/browser.js';
import { intakes } from '../support/fixtures.js';
import { act, fileCase, loginAll, outboxFor, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let browser: Browser;
let t: Tokens;
const problems: string[] = [];

beforeAll(async () => {
  rt = await startTestRuntime();
  t = await loginAll(rt);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await rt?.stop();
});

/** Signs in on a desktop whose clock is set far from Hà Nội (UTC+14), to catch zone-dependent dates. */
const signIn = (username: string, timezoneId = 'Pacific/Kiritimati') =>
  staffPage(browser, rt.url, username, problems, { timezoneId });

describe('the decision, from the chair’s desk to the citizen’s phone', () => {
  it('the chair reads the draft and approves it; the citizen sees the outcome first and downloads the PDF', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, c.caseId, {
      action: 'propose_decision',
      outcome: 'partly_upheld',
      summary: 'Diện tích đo đạc thực tế là 152 m², khác 180 m² trong quyết định',
    });

    const chair = await signIn('chair');
    await openCase(chair, 'Dự thảo kết luận', c.reference);
    const card = chair.locator('section.proposal');
    await visible(card.getByRole('heading', { name: 'Dự thảo chờ phê duyệt' }));
    await textOf(card.locator('.outcome'), 'Khiếu nại đúng một phần');
    await textOf(card.locator('dl.draft'), '152 m²');
    await textOf(card.locator('dl.draft'), 'Kết quả xác minh nội dung khiếu nại');
    // The draft stands above any approve button.
    const order = await chair.evaluate(`(() => {
      const p = document.querySelector('section.proposal');
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Phê duyệt kết luận');
      return p && b ? Boolean(p.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
    })()`);
    expect(order).toBe(true);
    const [pdf] = await Promise.all([
      chair.waitForEvent('popup'),
      chair.getByRole('button', { name: 'Mở bản PDF dự thảo' }).click(),
    ]);
    expect(pdf.url()).toMatch(/^blob:/);
    await pdf.close();
    await screenshot(chair, 'decision-draft-chair');
    expect(await axeViolations(chair)).toEqual([]);

    await chair.getByRole('button', { name: 'Phê duyệt kết luận', exact: true }).click();
    await textOf(chair.locator('form.action-form'), 'Bạn phê duyệt đúng bản dự thảo ở trên');
    await chair.getByRole('button', { name: 'Xác nhận' }).click();
    await chair.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await rt.sfn.idle();

    const tracked = (await rt.call(`/public/cases/${c.receipt}`)).body;
    const decision = tracked.decision;
    expect(decision.outcome).toBe('partly_upheld');
    const citizen = await phone(browser, rt.url, problems);
    await citizen.goto(`${rt.url}/track#${c.receipt}`);
    await citizen.getByRole('heading', { name: 'Kết quả giải quyết' }).waitFor();
    // The outcome comes first, before deadlines, timeline and messages.
    expect(await citizen.locator('main section.card').first().getAttribute('class')).toContain('decision');
    await textOf(citizen.locator('.outcome-big'), 'Khiếu nại đúng một phần');
    await textOf(citizen.locator('section.decision'), decision.number);
    const second = decision.nextSteps.find((s: { step: string }) => s.step === 'second_complaint');
    await textOf(citizen.locator('.next-steps'), `đến hết ngày ${formatDay(second.dueOn)}`);
    await textOf(citizen.locator('section.decision'), 'Lý do');
    const [download] = await Promise.all([
      citizen.waitForEvent('download'),
      citizen.getByRole('button', { name: /Tải văn bản \(PDF/ }).click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(decision.documentHash);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await screenshot(citizen, 'decision-citizen-phone');
    const width = await citizen.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(360);
    expect(await axeViolations(citizen)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a conflict keeps what the chair typed, says what changed, and the resend goes through', async () => {
    const c = await fileCase(rt, t.intake, intakes.petition());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, c.caseId, {
      action: 'propose_decision',
      outcome: 'answered',
      summary: 'Trả lời về thời hạn giải quyết hồ sơ trợ cấp',
    });
    const chair = await signIn('chair');
    await openCase(chair, 'Dự thảo kết luận', c.reference);
    await chair.getByRole('button', { name: 'Trả lại dự thảo', exact: true }).click();
    const typed = 'Cần bổ sung căn cứ pháp luật về thời hạn trả lời.';
    await chair.getByLabel('Lý do', { exact: true }).fill(typed);
    // Meanwhile the investigator adds a note: the case moves to a new version.
    await act(rt, t.investigator, c.caseId, {
      action: 'add_note',
      text: 'Đã gọi điện cho phòng chính sách.',
    });
    await chair.getByRole('button', { name: 'Xác nhận' }).click();
    await visible(chair.locator('.warning').filter({ hasText: 'Vụ việc vừa được người khác thay đổi' }));
    expect(await chair.getByLabel('Lý do', { exact: true }).inputValue()).toBe(typed);
    expect(await chair.locator('.flash').count()).toBe(0);
    await screenshot(chair, 'decision-conflict');
    // Reading the case again (the new note in the timeline) keeps the form and what was typed.
    await chair.getByRole('button', { name: 'Tải lại vụ việc' }).click();
    await visible(chair.locator('ol.timeline').getByText('Đã gọi điện cho phòng chính sách.'));
    expect(await chair.getByLabel('Lý do', { exact: true }).inputValue()).toBe(typed);
    await chair.getByRole('button', { name: 'Xác nhận' }).click();
    await chair.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await textOf(chair.locator('.status-line .badge').first(), 'Đang xác minh');
    // The browser logs the refused request itself; that 409 is the point of this test.
    const expected = problems.filter((p) => p.includes('status of 409'));
    expect(expected).toHaveLength(1);
    problems.splice(problems.indexOf(expected[0]!), 1);
    expect(problems).toEqual([]);
  });

  it('a deadline ending at 24:00 in Hà Nội reads the same day on the queue, the case, the tracking page and the notice', async () => {
    const filed = (await rt.call('/public/cases', { body: intakes.complaint() })).body;
    await rt.sfn.idle();
    const acceptance = filed.deadlines.find((d: { name: string }) => d.name === 'acceptance');
    // 24:00 local is 17:00 UTC on the last day: a browser zone must never move it to the next day.
    expect(acceptance.dueAt).toBe(`${acceptance.dueOn}T17:00:00.000Z`);
    const day = formatDay(acceptance.dueOn);

    const intake = await signIn('intake', 'Pacific/Kiritimati');
    await tabLink(intake, 'Đang phân loại').click();
    const row = intake.locator('tr', { has: intake.getByRole('link', { name: filed.reference }) });
    await textOf(row, day);
    await row.getByRole('link', { name: filed.reference }).click();
    await textOf(intake.locator('.deadlines'), day);
    await textOf(intake.locator('.deadlines .countdown'), /còn \d+ ngày/);

    const citizen = await phone(browser, rt.url, problems);
    await citizen.goto(`${rt.url}/track#${filed.receipt}`);
    await textOf(citizen.locator('.deadlines'), day);

    const caseId = (await rt.call(`/cases?stage=screening&limit=100`, { token: t.intake })).body.items.find(
      (i: { reference: string }) => i.reference === filed.reference,
    ).caseId;
    const ack = outboxFor(rt, caseId).find((n) => n.noticeType === 'acknowledgement');
    expect(ack?.body).toContain(day);
    expect(problems).toEqual([]);
  });
});

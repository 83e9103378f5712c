/**
 * Issue 13 §2: a chair works their inbox. Signing in lands on what waits for them: cases to assign
 * and drafts to approve (and the overdue ones), the most urgent first. From there the chair assigns
 * one case from the list of who may verify, and approves the other's draft; both leave the inbox.
 * axe clean; screenshots on a desktop and a phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, phone, screenshot, tabLink, visible } from '../support/browser.js';
import { intakes } from '../support/fixtures.js';
import { act, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let browser: Browser;
let t: Tokens;
const problems: string[] = [];

beforeAll(async () => {
  rt = await startTestRuntime();
  browser = await launch();
  t = await loginAll(rt);
});
afterAll(async () => {
  await browser?.close();
  await rt?.stop();
});

async function signInAt(page: Page, username: string): Promise<void> {
  await page.goto(`${rt.url}/staff`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
}

const section = (page: Page, title: string) =>
  page.locator('section.inbox').filter({ has: page.getByRole('heading', { name: new RegExp(`^${title}`) }) });

describe('the chair’s inbox', () => {
  it('lists what waits for the chair; the chair assigns one case from the list and approves another', async () => {
    const toAssign = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, toAssign.caseId, { action: 'accept' });
    const toApprove = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, toApprove.caseId, { action: 'accept' });
    await act(rt, t.chair, toApprove.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, toApprove.caseId, {
      action: 'propose_decision',
      outcome: 'upheld',
      summary: 'Kết quả xác minh nội dung đơn tại địa phương.',
    });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signInAt(page, 'chair');
    await visible(section(page, 'Chờ phân công').getByRole('link', { name: toAssign.reference }));
    await visible(section(page, 'Chờ phê duyệt').getByRole('link', { name: toApprove.reference }));
    await visible(section(page, 'Quá hạn'));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'inbox-chair');

    // Assign from the list of who may verify.
    await section(page, 'Chờ phân công').getByRole('link', { name: toAssign.reference }).click();
    await page.getByRole('heading', { name: new RegExp(toAssign.reference) }).waitFor();
    await page.getByRole('button', { name: 'Phân công', exact: true }).click();
    await page.getByRole('checkbox', { name: /Lê Thị Hoa \(investigator-2\)/ }).check();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await rt.sfn.idle();

    // The next case of the inbox is one key press away (issue 13 §4): the draft waiting for approval.
    await visible(page.getByRole('link', { name: /Vụ việc tiếp theo/ }));
    await page.locator('h1').click();
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: new RegExp(toApprove.reference) }).waitFor();
    await page.getByRole('button', { name: 'Phê duyệt kết luận', exact: true }).click();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await rt.sfn.idle();

    // Both have left the inbox.
    await page
      .getByRole('link', { name: /Công Minh/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    expect(await section(page, 'Chờ phân công').getByRole('link', { name: toAssign.reference }).count()).toBe(
      0,
    );
    expect(
      await section(page, 'Chờ phê duyệt').getByRole('link', { name: toApprove.reference }).count(),
    ).toBe(0);
    await context.close();

    // On a phone: the same inbox, no sideways scroll.
    const small = await phone(browser, rt.url, problems);
    await signInAt(small, 'intake');
    await visible(section(small, 'Chờ phân loại'));
    expect(await small.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    expect(await axeViolations(small)).toEqual([]);
    await screenshot(small, 'inbox-intake-phone');
    expect(problems).toEqual([]);
  });

  it('shows a withdrawal awaiting the chair; the clerk finds a case by words and narrows the queue, on a phone', async () => {
    const word = `Zq${Date.now().toString(36)}`;
    const asked = await fileCase(rt, t.intake, {
      ...intakes.denunciation(),
      accused: { name: `Đỗ Văn ${word}` },
    });
    await act(rt, t.intake, asked.caseId, { action: 'accept' });
    await rt.call(`/public/cases/${asked.receipt}/withdraw`, { body: {} });
    await rt.sfn.idle();
    await rt.metrics.drain();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signInAt(page, 'chair');
    await visible(section(page, 'Xin rút đơn').getByRole('link', { name: asked.reference }));
    // The tabs carry counts (from the counters), the same as the queue lists.
    await page.evaluate("location.hash = '#/queue/accepted'");
    await page.getByRole('heading', { name: 'Hàng đợi: Đã thụ lý' }).waitFor();
    const tab = page.getByRole('navigation', { name: 'Hàng đợi' }).getByRole('link', { name: /^Đã thụ lý/ });
    const listed = await page.locator('table.queue tbody tr').count();
    expect(await tab.locator('.count').textContent()).toBe(String(listed));
    await context.close();

    const small = await phone(browser, rt.url, problems);
    await signInAt(small, 'intake');
    // Words without diacritics find the case by the person denounced.
    await small.getByRole('searchbox').fill(`do van ${word.toLowerCase()}`);
    await small.getByRole('button', { name: 'Lọc', exact: true }).click();
    await visible(small.getByRole('row').filter({ hasText: asked.reference }));
    expect(await small.locator('table.queue tbody tr').count()).toBe(1);
    // Another tab keeps the search: the case is in the accepted ones.
    await tabLink(small, 'Đã thụ lý').click();
    await small.getByRole('heading', { name: /^Hàng đợi: Đã thụ lý/ }).waitFor();
    expect(small.url()).toContain(`q=do+van+${word.toLowerCase()}`);
    await visible(small.getByRole('row').filter({ hasText: asked.reference }));
    expect(await small.locator('table.queue tbody tr').count()).toBe(1);
    // A kind that does not match leaves nothing; clearing shows the queue again.
    await small.getByRole('combobox', { name: 'Mọi loại đơn' }).selectOption('complaint');
    await small.getByRole('button', { name: 'Lọc', exact: true }).click();
    await visible(small.getByText('Không có vụ việc đang mở nào khớp'));
    expect(small.url()).toContain('kind=complaint');
    expect(await small.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    expect(await axeViolations(small)).toEqual([]);
    await screenshot(small, 'queue-search-phone');
    await small.getByRole('button', { name: 'Bỏ lọc' }).click();
    // Back to the tab's whole queue: its own heading, no badge, an empty box.
    await visible(small.getByRole('heading', { name: 'Hàng đợi: Đã thụ lý', exact: true }));
    expect(await small.getByRole('searchbox').inputValue()).toBe('');
    expect(problems).toEqual([]);
  });

  it('gives the auditor a way in: find a case by reference, read and verify its trail, download it', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${rt.url}/staff`);
    await page.getByLabel('Tên đăng nhập').fill('auditor');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Kiểm tra nhật ký' }).waitFor();
    await page.getByLabel('Số tham chiếu').fill(c.reference);
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByRole('link', { name: new RegExp(c.reference) }).click();
    await page.getByRole('heading', { name: 'Nhật ký vụ việc' }).waitFor();
    await visible(page.getByRole('status').filter({ hasText: 'Nhật ký toàn vẹn' }));
    await visible(page.getByRole('cell', { name: 'accept', exact: true }));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'auditor-trail');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await context.close();
  });
});

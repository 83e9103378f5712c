/**
 * Issue 5 (part): the complainant on a phone (360 px) looks the case up by receipt, reads the
 * committee's question, answers it, and withdraws after confirming. Screenshots are saved.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launch,
  phone as openPhone,
  screenshot,
  textOf,
  visible,
} from '../support/browser.js';
import { intakes } from '../support/fixtures.js';
import { act, fileCase } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  rt = await startTestRuntime();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await rt?.stop();
});

const phone = () => openPhone(browser, rt.url, problems);

describe('tracking page on a phone', () => {
  it('shows the case, takes an answer, and withdraws after confirmation', async () => {
    const intake = await rt.login('intake');
    const chair = await rt.login('chair');
    const c = await fileCase(rt, intake, intakes.complaint());
    await act(rt, intake, c.caseId, { action: 'accept' });
    await act(rt, chair, c.caseId, { action: 'assign', assignees: ['chair'] });
    await act(rt, chair, c.caseId, {
      action: 'request_info',
      question: 'Đề nghị gửi bản sao quyết định thu hồi đất.',
    });

    const page = await phone();
    await page.goto(`${rt.url}/track`);
    await page.getByLabel('Mã tra cứu (25 ký tự)').fill(c.receipt.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await textOf(page.locator('h1'), c.reference);
    await textOf(page.locator('.status-line .badge'), 'Đang xác minh');
    await textOf(page.locator('.messages'), 'bản sao quyết định thu hồi đất');
    // Nothing sticks out sideways at 360 px.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await screenshot(page, 'track-phone');
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByLabel('Trả lời hoặc bổ sung thông tin')
      .fill('Tôi đã gửi bản sao qua bưu điện ngày 27/11.');
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Đã gửi.' }));
    await textOf(page.locator('.messages'), 'qua bưu điện');

    await page.getByRole('button', { name: 'Rút đơn…' }).click();
    await page.getByRole('button', { name: 'Không rút' }).click(); // changing one's mind changes nothing
    await page.getByRole('button', { name: 'Rút đơn…' }).click();
    await page.getByLabel('Lý do (không bắt buộc)').fill('Đã thỏa thuận được với UBND phường.');
    await page.getByRole('button', { name: 'Tôi xác nhận rút đơn' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Đã ghi nhận việc rút đơn.' }));
    await rt.sfn.idle();
    await page.reload();
    await textOf(page.locator('.status-line .badge'), 'Đã kết thúc');
    await screenshot(page, 'track-withdrawn');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says so when the receipt is wrong, in the chosen language', async () => {
    const page = await phone();
    await page.goto(`${rt.url}/track#ABCDE-FGHJK-MNPQR-STVWX-YZ012`);
    await textOf(page.getByRole('alert'), 'Không tìm thấy');
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('heading', { name: 'Track your case' }));
  });
});

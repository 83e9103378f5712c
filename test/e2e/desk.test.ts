/**
 * Issue 13 §5: a clerk records a posted letter at the desk. From the workspace, "Nhận đơn tại quầy"
 * opens the filing form in desk mode with the clerk's session; the clerk says how it came and the day
 * it arrived (three days ago), types the letter in, and prints the receipt slip; the case's clocks
 * start on the day it arrived; the line appears in the citizen-reception register. axe clean on each
 * step; screenshots on a desktop and at 360 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../shared/domain/calendar.js';
import { axeViolations, launch, screenshot, staffPage, visible } from '../support/browser.js';
import { detail } from '../support/lifecycle.js';
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

async function clean(page: Page, shot: string, width?: number): Promise<void> {
  expect(await axeViolations(page), shot).toEqual([]);
  if (width) expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  await screenshot(page, shot);
}

describe('desk intake in the browser', () => {
  it('a clerk records a posted letter received three days ago, prints the slip and finds it in the register', async () => {
    const page = await staffPage(browser, rt.url, 'intake', problems);
    await page.getByRole('link', { name: 'Nhận đơn tại quầy' }).click();
    await visible(page.getByRole('heading', { name: 'Ghi nhận đơn nhận tại quầy' }));
    await page.getByRole('radio', { name: /^Khiếu nại/ }).check();
    await page.getByLabel('Cơ quan nhận đơn').selectOption('ubkt-1');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    const arrived = addDays(localDate(new Date()), -3);
    await page.getByRole('radio', { name: 'Qua bưu chính' }).check();
    await page.getByLabel('Ngày nhận đơn').fill(arrived);
    await page.locator('#f-complainant-fullName').fill('Trần Thị Bưu');
    await page.locator('#f-complainant-address').fill('Số 5 phố Hàng Gai, Hà Nội');
    await page.locator('#f-complainant-phone').fill('0913 222 333');
    await page.getByRole('radio', { name: 'Quyết định hành chính' }).check();
    await page.getByLabel('Quyết định, hành vi đó là gì').fill('Quyết định xử phạt vi phạm hành chính');
    await page.getByLabel('Ngày bạn nhận được hoặc biết').fill(addDays(localDate(new Date()), -20));
    await page.locator('#f-respondent-name').fill('UBND phường Hàng Gai');
    await page.locator('#f-respondent-address').fill('Số 2 Hàng Gai, Hà Nội');
    await page.getByLabel('Lĩnh vực').selectOption('land_housing');
    await page
      .getByLabel('Nội dung, lý do')
      .fill('Đơn gửi qua bưu điện: khiếu nại quyết định xử phạt không đúng người.');
    await page.getByLabel('Tỉnh, thành phố').fill('Hà Nội');
    await clean(page, 'desk-1-details');
    await page.getByRole('button', { name: 'Xem lại' }).click();
    await visible(page.getByRole('heading', { name: 'Xem lại đơn' }));
    await page.getByLabel('Tôi đã đọc và đồng ý').check();
    await page.getByRole('button', { name: 'Gửi đơn' }).click();
    await visible(page.getByRole('heading', { name: 'Đã ghi nhận đơn' }));
    await visible(page.getByText(/Đã ghi vào sổ, số thứ tự \d+/));
    await clean(page, 'desk-2-receipt');
    const reference = ((await page.locator('dd').first().textContent()) ?? '').trim();
    expect(reference).toMatch(/^KN-/);

    // The clocks started on the day the letter arrived.
    await rt.sfn.idle();
    const token = await rt.login('intake');
    const found = await rt.call(`/cases?reference=${reference}`, { token });
    const c = await detail(rt, token, found.body.items[0].caseId);
    expect(c).toMatchObject({ channel: 'post', receivedOn: arrived });
    expect(c.clocks[0].startedOn).toBe(arrived);

    // The register lists it with the person's name.
    await page.goto(`${rt.url}/staff/#/register`);
    await visible(page.getByRole('heading', { name: 'Sổ tiếp công dân' }));
    await visible(page.getByRole('row').filter({ hasText: reference }).filter({ hasText: 'Trần Thị Bưu' }));
    await clean(page, 'desk-3-register');

    // On a phone the register reads as labelled rows, with no sideways scroll.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await visible(page.getByRole('row').filter({ hasText: reference }));
    await clean(page, 'desk-4-register-phone', 360);
    expect(problems).toEqual([]);
  });

  it('asks a visitor without a session to sign in instead of filing publicly', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${rt.url}/file/?desk`);
    await visible(page.getByRole('heading', { name: 'Cần đăng nhập' }));
    await context.close();
  });
});

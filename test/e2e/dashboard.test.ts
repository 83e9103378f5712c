/**
 * Issue 6: leadership signs in, reads the dashboard, changes the period and the committee, and
 * downloads the report as CSV; axe-core finds nothing serious; a screenshot is saved.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, guard, launch, screenshot, textOf, visible } from '../support/browser.js';
import { intakes } from '../support/fixtures.js';
import { act, decideCase, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let browser: Browser;
let t: Tokens;
const problems: string[] = [];

beforeAll(async () => {
  rt = await startTestRuntime();
  browser = await launch();
  t = await loginAll(rt);
  const kinds = ['complaint', 'complaint', 'denunciation', 'petition', 'dispute', 'complaint'] as const;
  const filed = [];
  for (const k of kinds) filed.push(await fileCase(rt, t.intake, intakes[k]()));
  for (const c of filed.slice(0, 2)) {
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await decideCase(rt, t, c.caseId, 'upheld');
  }
  await act(rt, t.intake, filed[2]!.caseId, { action: 'accept' });
  await rt.metrics.drain();
});
afterAll(async () => {
  await browser?.close();
  await rt?.stop();
});

describe('leadership dashboard', () => {
  it('shows the figures, follows the filters and downloads the report', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    guard(page, rt.url, problems);
    // Leadership signing in at the workspace is taken to its page: figures, not case queues.
    await page.goto(`${rt.url}/staff`);
    await page.getByLabel('Tên đăng nhập').fill('leadership');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await visible(page.getByRole('heading', { name: 'Kết quả giải quyết đơn' }));
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    // It opens on the reader's own committee, where every figure is exact (issue 13 §8).
    expect(await page.getByLabel('Ủy ban').inputValue()).toBe('ubkt-1');
    await page.getByLabel('Ủy ban').selectOption('');
    // All committees: the reader belongs to one of two, so 1–4 would read "<5"; 6 received is exact.
    await textOf(page.locator('.stat').filter({ hasText: 'Tiếp nhận' }).locator('.stat-value'), '6');
    await visible(page.locator('#chart-flow canvas'));
    await page.getByLabel('Ủy ban').selectOption('ubkt-1');
    await textOf(page.locator('.stat').filter({ hasText: 'Đã giải quyết' }).locator('.stat-value'), '2');
    await textOf(
      page.locator('.stat').filter({ hasText: 'Tỷ lệ giải quyết' }).locator('.stat-value'),
      '66,7 %',
    );
    await visible(page.getByRole('rowheader', { name: 'Khiếu nại đúng' }));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dashboard');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv).toMatch(/^\uFEFFLoại đơn,Tiếp nhận,/);
    expect(csv).toMatch(/\r\nTổng cộng,6,/);

    // An earlier quarter had nothing.
    const earlier = await page.locator('#period option').nth(1).getAttribute('value');
    await page.getByLabel('Kỳ').selectOption(earlier!);
    await textOf(page.locator('.stat').filter({ hasText: 'Tiếp nhận' }).locator('.stat-value'), '0');
    await page.getByRole('button', { name: 'English' }).click();
    await visible(page.getByRole('heading', { name: 'Case resolution' }));

    // On a phone the figures read without sideways scrolling (issue 13 §8).
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await visible(page.getByRole('heading', { name: 'Kết quả giải quyết đơn' }));
    await screenshot(page, 'dashboard-phone');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
  });
});

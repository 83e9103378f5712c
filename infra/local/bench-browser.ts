/**
 * The staff workspace's first queue render on a throttled phone (issue 13 budget: ≤ 1 s): headless
 * Chromium at 360 px with Lighthouse's mobile profile (CPU slowed 4×, 150 ms round trips, 1.6 Mb/s
 * down, 750 kb/s up), signed in, then the screening queue opened from a fresh load of the page —
 * without a cache (a first visit) and with one (every later day). Measured from the navigation's
 * start to the queue's rows on screen, by the page's own clock.
 */
import { existsSync } from 'node:fs';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './seed.js';

export interface QueueRender {
  /** No cache: the page's scripts and styles fetched over the throttled network. */
  coldMs: number;
  /** From the cache: what a clerk meets each morning. */
  warmMs: number;
  rows: number;
}

const browserPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const canRenderPages = (): boolean => existsSync(browserPath());

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/**
 * Loads the queue page afresh; the time from navigation start to the queue on screen, by the mark
 * the page sets once its rows are drawn (web/staff/queue.ts `useShown`). Waited for through the
 * DevTools protocol with one small expression sent once the page's modules have run: Playwright's
 * locators inject their own script into the page and poll, which on a CPU slowed 4× took the main
 * thread from the page for tens of milliseconds and added them to the figure.
 */
async function queueLoad(page: Page, cdp: CDPSession, url: string): Promise<{ ms: number; rows: number }> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const shown = await cdp.send('Runtime.evaluate', {
    awaitPromise: true,
    returnByValue: true,
    timeout: 60_000,
    expression: `new Promise((resolve) => {
      const seen = (list) => list.getEntriesByName('queue-shown')[0];
      const mark = seen(performance);
      if (mark) return resolve(mark.startTime);
      new PerformanceObserver((list, observer) => {
        const m = seen(list);
        if (m) { observer.disconnect(); resolve(m.startTime); }
      }).observe({ type: 'mark' });
    })`,
  });
  return { ms: shown.result.value as number, rows: await page.locator('table.queue tbody tr').count() };
}

export async function benchQueueRender(base: string, username = 'intake'): Promise<QueueRender> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await page.goto(`${base}/staff`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    const url = `${base}/staff/#/queue/screening`;
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const cold = await queueLoad(page, cdp, url);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await queueLoad(page, cdp, url); // fills the cache
    const warm = await queueLoad(page, cdp, url);
    return { coldMs: cold.ms, warmMs: warm.ms, rows: warm.rows };
  } finally {
    await browser.close();
  }
}

/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const SCREENSHOTS = 'test-results/screenshots';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** Fails the test on any request that leaves this machine, and on console errors. */
export function guard(page: Page, base: string, problems: string[]): void {
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:'))
      problems.push(`third-party request: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}

/** Waits (up to 10 s) until the locator is visible. */
export async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 10_000 });
}

/** Waits (up to 10 s) until the locator's text matches. */
export async function textOf(locator: Locator, expected: string | RegExp): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.first().textContent()) ?? '';
    if (
      typeof expected === 'string' ? last.trim() === expected || last.includes(expected) : expected.test(last)
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected text ${String(expected)}, got ${JSON.stringify(last)}`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA). The
 * script is evaluated through the debugging protocol, so the page's CSP stays as strict as it is.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  // A string, not a function: the test project has no DOM types.
  const found: { id: string; impact: string; help: string; targets: string[] }[] = await page.evaluate(`
    (async () => {
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
      }));
    })()
  `);
  return found
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v: { id: string; help: string; targets: string[] }) => `${v.id}: ${v.help} (${v.targets.join(', ')})`,
    );
}

/**
 * A page as on a phone (360 px, touch, Vietnamese), guarded like every test page. Leaving a page
 * with an unsaved draft or receipt asks first; tests have kept what they need, so they accept.
 */
export async function phone(browser: Browser, base: string, problems: string[]): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  guard(page, base, problems);
  page.on('dialog', (d) => void d.accept());
  return page;
}

/** Fills every empty part of the draft form (the law's own wording stays where the profile gives it). */
export async function fillDraft(page: Page, words: string): Promise<void> {
  const parts = page.locator('textarea[name^="draft."][required]');
  for (let i = 0; i < (await parts.count()); i++) {
    const part = parts.nth(i);
    if (!(await part.inputValue())) await part.fill(`${words} (${i + 1})`);
  }
}

/**
 * A staff member signed in on a desktop. `timezoneId` sets the browser's clock far from Hà Nội where a
 * test wants to prove dates do not depend on it.
 */
export async function staffPage(
  browser: Browser,
  base: string,
  username: string,
  problems: string[],
  opts: { timezoneId?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
  });
  const page = await context.newPage();
  guard(page, base, problems);
  await page.goto(`${base}/staff`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Staff land on their inbox; these tests start from the queues, as a person clicking "Hàng đợi".
  await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
  await page.goto(`${base}/staff#/queue`);
  await page.getByRole('heading', { name: /Hàng đợi/ }).waitFor();
  return page;
}

/** A queue tab by its name, with or without the count beside it. */
export const tabLink = (page: Page, tab: string) =>
  page.getByRole('link', { name: new RegExp(`^${tab}( \\d+)?$`) });

/** Opens a case from a queue tab. */
export async function openCase(page: Page, tab: string, reference: string): Promise<void> {
  await tabLink(page, tab).click();
  await page.getByRole('link', { name: reference }).click();
  await page.getByRole('heading', { name: new RegExp(reference) }).waitFor();
}

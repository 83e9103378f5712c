/**
 * Issue 4's walk-through in headless Chromium: the intake officer accepts a case, the chair
 * assigns it, the investigator adds a note and proposes a decision, the chair approves, and the
 * complainant's tracking shows the decision. Screenshots of the queue and the case page are saved.
 */
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  fillDraft,
  guard,
  launch,
  openCase,
  phone,
  screenshot,
  staffPage,
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

const signIn = (username: string) => staffPage(browser, rt.url, username, problems);

async function doAction(
  page: Page,
  button: string,
  fill: (page: Page) => Promise<void> = async () => {},
): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await fill(page);
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
  await rt.sfn.idle();
}

describe('committee workspace', () => {
  it('takes a complaint from screening to an approved decision', async () => {
    const filed = (await rt.call('/public/cases', { body: intakes.complaint() })).body;
    await rt.sfn.idle();

    const intake = await signIn('intake');
    await visible(intake.getByRole('link', { name: filed.reference }));
    await screenshot(intake, 'queue-screening');
    expect(await axeViolations(intake)).toEqual([]);
    await openCase(intake, 'Đang phân loại', filed.reference);
    await screenshot(intake, 'case-screening');
    expect(await axeViolations(intake)).toEqual([]);
    await doAction(intake, 'Thụ lý', async (p) => {
      await p.getByLabel('Mức độ phức tạp').selectOption('normal');
    });
    await textOf(intake.locator('.status-line .badge'), 'Đã thụ lý');

    const chair = await signIn('chair');
    await openCase(chair, 'Đã thụ lý', filed.reference);
    await doAction(chair, 'Phân công', async (p) => {
      // Chosen from the committee's people who may verify, each with their open cases (issue 13 §3).
      const choice = p.getByRole('checkbox', { name: /Cán bộ xác minh \(investigator\)/ });
      await visible(p.locator('.staff-choices').filter({ hasText: 'việc đang giải quyết' }));
      await screenshot(p, 'assign-from-list');
      expect(await axeViolations(p)).toEqual([]);
      await choice.check();
    });
    await textOf(chair.locator('.status-line .badge'), 'Đã phân công');

    const investigator = await signIn('investigator');
    await openCase(investigator, 'Việc của tôi', filed.reference);
    await doAction(investigator, 'Thêm ghi chú', async (p) => {
      await p.getByLabel('Ghi chú nội bộ').fill('Đã làm việc với UBND phường về diện tích thu hồi.');
    });
    // The form validates like the API: no outcome is chosen for the investigator, and a part the
    // law requires cannot be left empty.
    await investigator.getByRole('button', { name: 'Dự thảo kết luận', exact: true }).click();
    await investigator.getByRole('button', { name: 'Xác nhận' }).click();
    await visible(investigator.locator('.field-error').filter({ hasText: /Hãy chọn|bắt buộc/ }));
    await investigator.getByLabel('Kết quả', { exact: true }).selectOption('upheld');
    // With the outcome chosen, the parts the law requires for it are checked before sending.
    await investigator.getByRole('button', { name: 'Xác nhận' }).click();
    await visible(investigator.locator('.field-error').filter({ hasText: 'Phần này bắt buộc' }));
    await fillDraft(investigator, 'Diện tích thu hồi không đúng hiện trạng; đề nghị hủy quyết định.');
    await investigator.getByRole('button', { name: 'Xác nhận' }).click();
    await investigator.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await rt.sfn.idle();
    await textOf(investigator.locator('.status-line .badge'), 'Dự thảo kết luận');
    expect(await investigator.getByRole('button', { name: 'Phê duyệt kết luận' }).count()).toBe(0);

    await chair.reload();
    await chair.getByRole('heading', { name: new RegExp(filed.reference) }).waitFor();
    await doAction(chair, 'Phê duyệt kết luận');
    await chair.reload();
    await textOf(chair.locator('.status-line .badge'), 'Đã thông báo');
    await textOf(chair.locator('.timeline'), 'Đã làm việc với UBND phường');
    await visible(chair.getByText('Chuỗi kiểm toán toàn vẹn'));
    await screenshot(chair, 'case-decided');
    expect(await axeViolations(chair)).toEqual([]);

    const tracked = (await rt.call(`/public/cases/${filed.receipt}`)).body;
    expect(tracked.status).toBe('notified');
    expect(tracked.messages.at(-1)).toMatchObject({ type: 'decision' });
    expect(tracked.messages.at(-1).text.vi).toContain('Khiếu nại đúng');
    expect(problems).toEqual([]);
  });

  it('lists the filer’s documents on the case page and downloads them', async () => {
    const pdf = Buffer.from('%PDF-1.7\nBiên bản đo đạc\n%%EOF');
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const att = (
      await rt.call('/public/attachments', {
        body: { fileName: 'bien-ban.pdf', contentType: 'application/pdf', size: pdf.length, sha256 },
      })
    ).body;
    await fetch(new URL(att.uploadUrl, rt.url), { method: 'PUT', body: pdf, headers: att.uploadHeaders });
    const filed = (
      await rt.call('/public/cases', { body: { ...intakes.complaint(), attachments: [att.attachmentId] } })
    ).body;
    await rt.sfn.idle();
    const intake = await signIn('intake');
    await openCase(intake, 'Đang phân loại', filed.reference);
    const [download] = await Promise.all([
      intake.waitForEvent('download'),
      intake.getByRole('button', { name: 'bien-ban.pdf', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bien-ban.pdf');
    await intake.setViewportSize({ width: 820, height: 1180 }); // a tablet held upright
    await screenshot(intake, 'case-tablet');
    expect(problems).toEqual([]);
  });

  it('lets a chair reveal the identity with a reason, recorded in the timeline', async () => {
    const filed = (await rt.call('/public/cases', { body: intakes.denunciation() })).body;
    await rt.sfn.idle();
    const chair = await signIn('chair');
    await openCase(chair, 'Đang phân loại', filed.reference);
    expect(await chair.getByText('Trần Thị Bình').count()).toBe(0);
    await chair.getByLabel('Lý do xem danh tính').fill('Cần liên hệ trực tiếp để bảo vệ người tố cáo.');
    await chair.getByRole('button', { name: /Xem danh tính/ }).click();
    await textOf(chair.locator('dl.identity'), 'Trần Thị Bình');
    await chair.reload();
    await textOf(chair.locator('.timeline'), 'Xem danh tính');
    await textOf(chair.locator('.timeline'), 'bảo vệ người tố cáo');
  });

  it('prints a letter only through an audited reveal, and shows an investigator a claim summary', async () => {
    // A named complaint without e-mail: its acknowledgement is a letter waiting to be printed.
    const noEmail = intakes.complaint().complainant;
    const filed = (await rt.call('/public/cases', { body: { ...intakes.complaint(), complainant: noEmail } }))
      .body;
    await rt.sfn.idle();
    const chair = await signIn('chair');
    await openCase(chair, 'Đang phân loại', filed.reference);
    const letters = chair.locator('section.letters');
    await textOf(letters, 'người gửi đơn');
    expect(await letters.getByText(noEmail.fullName).count()).toBe(0);
    await letters.getByLabel(/Lý do in/).fill('In thư báo nhận gửi qua bưu điện.');
    await letters.getByRole('button', { name: 'Mở bản in' }).click();
    await textOf(chair.locator('article.letter'), noEmail.fullName);
    await screenshot(chair, 'letter-print');
    await chair.reload();
    await textOf(chair.locator('.timeline'), 'In thư');

    // A dispute accepted and not assigned: the investigator sees what, where and when, not who.
    const intakeToken = await rt.login('intake');
    const dispute = await fileCase(rt, intakeToken, intakes.dispute());
    await act(rt, intakeToken, dispute.caseId, { action: 'accept' });
    const inv = await signIn('investigator');
    await openCase(inv, 'Đã thụ lý', dispute.reference);
    await textOf(inv.locator('main'), 'chỉ thấy bản tóm tắt');
    expect(await inv.getByText(intakes.dispute().content.slice(0, 30)).count()).toBe(0);
    await screenshot(inv, 'claim-summary');
    await inv.getByRole('button', { name: 'Nhận xử lý' }).click();
    await textOf(inv.locator('main'), intakes.dispute().content.slice(0, 30));
  });

  it('lets an admin add a staff member, who can then sign in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    guard(page, rt.url, problems);
    await page.goto(`${rt.url}/staff`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Quản trị' }).waitFor();
    const form = page.getByRole('form', { name: 'Thêm cán bộ' });
    // Retyping an existing username never overwrites it (issue 13 §7).
    await form.getByLabel('Tên đăng nhập').fill('investigator');
    await form.getByLabel('Họ tên, chức vụ').fill('Ghi đè');
    await form.getByLabel(/Mật khẩu ban đầu/).fill('mat-khau-moi-12345');
    await form.getByRole('button', { name: 'Xác nhận' }).click();
    await visible(form.getByRole('alert').filter({ hasText: 'Đã có tài khoản investigator' }));
    await form.getByLabel('Tên đăng nhập').fill('tran.c');
    await form.getByLabel('Họ tên, chức vụ').fill('Trần C, cán bộ tiếp nhận');
    await form.getByLabel('Cán bộ tiếp nhận, phân loại đơn').check();
    await form.getByLabel('Ủy ban Kiểm tra số 1').check();
    await form.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await textOf(page.locator('table.queue'), 'tran.c');
    // Editing shows the member's roles and committees as they are.
    await page.getByRole('row').filter({ hasText: 'tran.c' }).getByRole('button', { name: 'Sửa' }).click();
    const edit = page.getByRole('form', { name: 'Sửa tran.c' });
    expect(await edit.getByLabel('Cán bộ tiếp nhận, phân loại đơn').isChecked()).toBe(true);
    expect(await edit.getByLabel('Ủy ban Kiểm tra số 1').isChecked()).toBe(true);
    expect(await edit.getByLabel('Cán bộ xác minh').isChecked()).toBe(false);
    await edit.getByRole('button', { name: 'Hủy' }).click();
    const committee = page.getByRole('form', { name: 'Thêm hoặc sửa ủy ban' });
    await committee.getByLabel('Mã ủy ban').fill('dang-uy-xa');
    await committee.getByLabel('Tên (tiếng Việt)').fill('UBKT Đảng ủy xã');
    await committee.getByLabel('Tên (tiếng Anh)').fill('Commune Party inspection committee');
    await committee.getByLabel('Quy trình').selectOption('vn-party-inspection');
    await committee.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
    await textOf(page.locator('main'), 'dang-uy-xa · UBKT Đảng ủy xã · vn-party-inspection');
    await screenshot(page, 'admin');
    expect(await axeViolations(page)).toEqual([]);
    const login = await rt.call('/local/auth/token', {
      body: { username: 'tran.c', password: 'mat-khau-moi-12345' },
    });
    expect(login.status).toBe(200);
    expect(problems).toEqual([]);
  });

  it('opens a case link in a new tab: borrows the session of an open tab, or returns to the case after signing in', async () => {
    const intakeToken = await rt.login('intake');
    const filed = await fileCase(rt, intakeToken, intakes.petition());
    const link = `${rt.url}/staff#/case/${filed.caseId}`;

    // Signed in in one tab: a new tab of the same browser opens the case without asking again.
    const first = await signIn('intake');
    const tab = await first.context().newPage();
    guard(tab, rt.url, problems);
    await tab.goto(link);
    await textOf(tab.locator('h1'), filed.reference);

    // A fresh browser (no tab signed in): sign in, and land on the case, not the queue.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const fresh = await context.newPage();
    guard(fresh, rt.url, problems);
    await fresh.goto(link);
    await fresh.getByLabel('Tên đăng nhập').fill('intake');
    await fresh.getByLabel('Mật khẩu').fill('demo');
    await fresh.getByRole('button', { name: 'Đăng nhập' }).click();
    await textOf(fresh.locator('h1'), filed.reference);
    expect(fresh.url()).toBe(link);

    // Signing out in one tab signs out the others.
    await first.getByRole('button', { name: /Đăng xuất/ }).click();
    await tab.reload();
    await visible(tab.getByLabel('Tên đăng nhập'));
    await context.close();
  });

  it('renews a five-minute access token from the session without asking to sign in again', async () => {
    const page = await signIn('intake');
    await page.getByRole('heading', { name: /Hàng đợi|Queue/ }).waitFor();
    // As if five minutes had passed: the stored access token has expired, the session has not.
    // (Scripts as text: the tests are not compiled against the DOM's types.)
    const before = (await page.evaluate(`(() => {
      const s = JSON.parse(sessionStorage.getItem('cm.token'));
      sessionStorage.setItem('cm.token', JSON.stringify({ ...s, exp: Date.now() - 1 }));
      return s.token;
    })()`)) as string;
    await page.reload();
    await page.getByRole('heading', { name: /Hàng đợi|Queue/ }).waitFor();
    await page.waitForFunction(
      `JSON.parse(sessionStorage.getItem('cm.token')).token !== ${JSON.stringify(before)}`,
    );
    expect(await page.getByRole('button', { name: /Đăng nhập|Sign in/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('asks for a view’s data once, from the page’s first script, before its modules have run', async () => {
    for (const [username, hash, heading] of [
      ['intake', '#/queue/screening', /Hàng đợi/],
      ['chair', '#/', /Việc cần làm/],
    ] as const) {
      const page = await signIn(username);
      await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
      await page.getByRole('heading', { name: heading }).waitFor();
      const asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/')) asked.push(new URL(r.url()).pathname + new URL(r.url()).search);
      });
      await page.reload();
      await page.getByRole('heading', { name: heading }).waitFor();
      // Every early answer is taken by the view asking for the same path: none left, none asked twice.
      await page.waitForFunction('window.cmEarly instanceof Map && window.cmEarly.size === 0');
      await page.locator('main table tbody tr, main p.muted').first().waitFor();
      expect(asked.length).toBeGreaterThan(1);
      expect(new Set(asked).size).toBe(asked.length);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('switches to English and keeps the queue usable from the keyboard', async () => {
    const page = await signIn('intake');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Queue/ }).waitFor();
    await page.keyboard.press('Tab');
    await visible(page.locator(':focus'));
    await screenshot(page, 'queue-english');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('keeps what a clerk typed in an action form when the page switches language', async () => {
    const filed = (await rt.call('/public/cases', { body: intakes.complaint() })).body;
    await rt.sfn.idle();
    const page = await signIn('intake');
    await openCase(page, 'Đang phân loại', filed.reference);
    await page.getByRole('button', { name: 'Không thụ lý', exact: true }).click();
    const form = page.getByRole('form', { name: 'Không thụ lý' });
    const typed = 'Đơn đã được giải quyết bằng quyết định có hiệu lực.';
    await form.locator('textarea').first().fill(typed);
    await page.getByRole('button', { name: 'English' }).click();
    // The page is in English now, the form still open with the same text in it.
    const english = page.getByRole('form', { name: 'Reject' });
    await english.getByRole('button', { name: 'Cancel' }).waitFor();
    expect(await english.locator('textarea').first().inputValue()).toBe(typed);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await form.getByRole('button', { name: 'Hủy' }).waitFor();
    expect(await form.locator('textarea').first().inputValue()).toBe(typed);
    expect(problems).toEqual([]);
  });

  it('shows the queue on a phone as labelled rows saying what each case is about, without sideways scroll', async () => {
    await fileCase(rt, await rt.login('intake'), intakes.complaint());
    const page = await phone(browser, rt.url, problems);
    await page.goto(`${rt.url}/staff`);
    await page.getByLabel('Tên đăng nhập').fill('intake');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    await screenshot(page, 'inbox-phone');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.getByRole('link', { name: 'Xem cả hàng đợi →' }).first().click();
    await page.getByRole('heading', { name: /Hàng đợi/ }).waitFor();
    await visible(
      page.locator('table.queue td.matter').filter({ hasText: intakes.complaint().respondent.name }).first(),
    );
    await screenshot(page, 'queue-phone');
    const overflow = await page.evaluate(
      '(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth)()',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

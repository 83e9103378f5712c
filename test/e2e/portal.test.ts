/**
 * Issue 5: a citizen on a phone (360 px, Vietnamese) files each of the four kinds with a document,
 * files an anonymous denunciation, keeps the receipt, looks the case up, answers the committee and
 * withdraws; filing works with the keyboard alone; axe-core finds no serious or critical violation
 * on any step. Screenshots of the form, the receipt and the tracking page are saved.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launch,
  phone as openPhone,
  screenshot,
  textOf,
  visible,
} from '../support/browser.js';
import { act, detail } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let browser: Browser;
let intakeToken: string;
const problems: string[] = [];
const pdfPath = join(tmpdir(), `cm-quyet-dinh-${process.pid}.pdf`);
const pngPath = join(tmpdir(), `cm-anh-${process.pid}.png`);

beforeAll(async () => {
  rt = await startTestRuntime();
  browser = await launch();
  intakeToken = await rt.login('intake');
  writeFileSync(pdfPath, '%PDF-1.7\nQuyết định số 123/QĐ-UBND\n%%EOF\n');
  writeFileSync(
    pngPath,
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]),
  );
});
afterAll(async () => {
  await browser?.close();
  await rt?.stop();
});

const phone = () => openPhone(browser, rt.url, problems);

/** Every step is checked the same way: axe-core, nothing wider than the phone, optionally a screenshot. */
async function checkStep(page: Page, name?: string): Promise<void> {
  expect(await axeViolations(page), name).toEqual([]);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  if (name) await screenshot(page, name);
}

async function chooseKind(page: Page, kind: RegExp, shot?: string): Promise<void> {
  await page.goto(rt.url);
  await visible(page.getByRole('heading', { name: 'Gửi đơn đến cơ quan có thẩm quyền' }));
  await page.getByRole('radio', { name: kind }).check();
  await page.getByLabel('Cơ quan nhận đơn').selectOption('ubkt-1');
  await visible(page.getByRole('heading', { name: 'Thời hạn sẽ áp dụng' }));
  await visible(page.getByRole('heading', { name: 'Trước khi viết' }));
  await checkStep(page, shot);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
}

async function person(page: Page, name: string): Promise<void> {
  await page.locator('#f-complainant-fullName').fill(name);
  await page.locator('#f-complainant-address').fill('Số 12 phố Huế, quận Hai Bà Trưng, Hà Nội');
  await page.locator('#f-complainant-phone').fill('0912 345 678');
}

async function content(page: Page, text: string): Promise<void> {
  await page.getByLabel('Lĩnh vực').selectOption('land_housing');
  await page.getByLabel('Nội dung, lý do').fill(text);
  await page.getByLabel('Tỉnh, thành phố').fill('Hà Nội');
}

async function attach(page: Page, path: string, name: string): Promise<void> {
  await page.locator('#attachments').setInputFiles(path);
  await visible(page.getByText(`Đã tải lên ${name}.`));
  await visible(page.locator('.files li').filter({ hasText: name }));
}

/** Review, agree, send; returns the receipt as shown. */
async function reviewAndSend(page: Page, shots?: { review: string; receipt: string }): Promise<string> {
  await page.getByRole('button', { name: 'Xem lại' }).click();
  await visible(page.getByRole('heading', { name: 'Xem lại đơn' }));
  await checkStep(page, shots?.review);
  await page.getByRole('button', { name: 'Gửi đơn' }).click();
  // Sending without agreeing to the notice is refused in place.
  await visible(page.getByRole('alert').filter({ hasText: 'Hãy xác nhận' }));
  await page.getByLabel('Tôi đã đọc và đồng ý').check();
  await page.getByRole('button', { name: 'Gửi đơn' }).click();
  await visible(page.getByRole('heading', { name: 'Đã nhận đơn của bạn' }));
  await checkStep(page, shots?.receipt);
  const receipt = ((await page.locator('#receipt').textContent()) ?? '').replace(/\s/g, '');
  expect(receipt).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  return receipt;
}

/** The case as staff see it, found by the reference on the receipt page. */
async function filedCase(page: Page) {
  const reference = ((await page.locator('dd').first().textContent()) ?? '').trim();
  await rt.sfn.idle();
  const q = await rt.call('/cases?stage=screening&committee=ubkt-1&limit=100', { token: intakeToken });
  const row = q.body.items.find((i: { reference: string }) => i.reference === reference);
  expect(row, reference).toBeDefined();
  return detail(rt, intakeToken, row.caseId);
}

describe('public portal on a phone, in Vietnamese', () => {
  it('files a complaint with a document, keeps the receipt, follows it, answers and withdraws', async () => {
    const page = await phone();
    await chooseKind(page, /^Khiếu nại/, 'portal-1-kind');
    await person(page, 'Nguyễn Thị Mai');
    await page.getByRole('radio', { name: 'Quyết định hành chính' }).check();
    await page.getByLabel('Số quyết định (không bắt buộc)').fill('123/QĐ-UBND');
    await page.getByLabel('Quyết định, hành vi đó là gì').fill('Thu hồi đất ở không bồi thường');
    await page.getByLabel('Ngày bạn nhận được hoặc biết').fill('2026-11-01');
    await page.locator('#f-respondent-name').fill('UBND phường Hàng Bài');
    await page.locator('#f-respondent-address').fill('Số 1 Hàng Bài, Hà Nội');
    await content(
      page,
      'Ngày 01/11/2026 UBND phường ra quyết định thu hồi đất ở của gia đình tôi mà không bồi thường.',
    );
    await attach(page, pdfPath, `cm-quyet-dinh-${process.pid}.pdf`);
    await checkStep(page, 'portal-2-details');
    const receipt = await reviewAndSend(page, { review: 'portal-3-review', receipt: 'portal-4-receipt' });

    const c = await filedCase(page);
    expect(c).toMatchObject({ kind: 'complaint', status: 'screening', field: 'land_housing' });
    expect(c.attachments).toHaveLength(1);
    expect(c.legalNoticeVersion).toBe('2026.1');

    // The committee asks a question; the citizen follows the receipt link, answers with a photo.
    await act(rt, intakeToken, c.caseId, { action: 'accept' });
    const chair = await rt.login('chair');
    await act(rt, chair, c.caseId, { action: 'assign', assignees: ['chair'] });
    await act(rt, chair, c.caseId, {
      action: 'request_info',
      question: 'Đề nghị gửi ảnh chụp thửa đất.',
    });
    await page.getByRole('link', { name: 'Theo dõi đơn' }).click();
    await textOf(page.locator('h1'), c.reference);
    await textOf(page.locator('.messages'), 'ảnh chụp thửa đất');
    await checkStep(page, 'portal-5-tracking');
    await page.getByLabel('Trả lời hoặc bổ sung thông tin').fill('Tôi gửi kèm ảnh chụp thửa đất <b>mới</b>.');
    await page.locator('#reply-files').setInputFiles(pngPath);
    await visible(page.locator('.files li'));
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Đã gửi.' }));
    await textOf(page.locator('.messages'), 'ảnh chụp thửa đất <b>mới</b>.');
    expect(await page.locator('.messages b').count()).toBe(0);
    expect((await detail(rt, chair, c.caseId)).attachments).toHaveLength(2);

    await page.getByRole('button', { name: 'Rút đơn…' }).click();
    await page.getByRole('button', { name: 'Tôi xác nhận rút đơn' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Đã ghi nhận việc rút đơn.' }));
    await rt.sfn.idle();
    // A new visitor with only the receipt sees the end of the case.
    const again = await phone();
    await again.goto(`${rt.url}/track`);
    await again.getByLabel('Mã tra cứu (25 ký tự)').fill(receipt);
    await again.getByRole('button', { name: 'Tra cứu' }).click();
    await textOf(again.locator('.status-line .badge'), 'Đã kết thúc');
    expect(problems).toEqual([]);
  });

  it('files a denunciation with the filer’s identity kept in the vault', async () => {
    const page = await phone();
    await chooseKind(page, /^Tố cáo/);
    await page.getByRole('radio', { name: /Có ghi danh tính/ }).check();
    await person(page, 'Trần Văn Bình');
    await page.getByLabel('Họ tên hoặc tên cơ quan').fill('Ông Lê Văn C');
    await page.getByLabel('Chức vụ (không bắt buộc)').fill('Cán bộ địa chính xã');
    await page.getByLabel('Tôi đề nghị được bảo vệ').check();
    await content(page, 'Cán bộ địa chính xã nhận tiền để hợp thức hóa đất lấn chiếm tại thôn 3.');
    await attach(page, pngPath, `cm-anh-${process.pid}.png`);
    await reviewAndSend(page);
    const c = await filedCase(page);
    expect(c).toMatchObject({ kind: 'denunciation', anonymous: false });
    expect(c.attachments).toHaveLength(1);
    expect(JSON.stringify(c)).not.toContain('Trần Văn Bình');
    expect(problems).toEqual([]);
  });

  it('files an anonymous denunciation after saying what that means, and still gives a receipt', async () => {
    const page = await phone();
    await chooseKind(page, /^Tố cáo/);
    await page.getByRole('radio', { name: /Nặc danh/ }).check();
    await visible(page.getByText('không có nghĩa vụ trả lời bạn', { exact: false }));
    await visible(page.getByText('Không ghi bất kỳ thông tin nào giúp nhận ra bạn', { exact: false }));
    expect(await page.locator('#f-complainant-fullName').count()).toBe(0);
    await page.getByLabel('Họ tên hoặc tên cơ quan').fill('Trưởng thôn 3');
    await content(page, 'Trưởng thôn thu tiền đóng góp làm đường nhưng không công khai số tiền đã chi.');
    await attach(page, pdfPath, `cm-quyet-dinh-${process.pid}.pdf`);
    await checkStep(page, 'portal-anonymous');
    const receipt = await reviewAndSend(page);
    const c = await filedCase(page);
    expect(c).toMatchObject({ kind: 'denunciation', anonymous: true, track: 'anonymous_denunciation' });
    const tracked = await rt.call(`/public/cases/${receipt}`);
    expect(tracked.body.anonymous).toBe(true);
    expect(problems).toEqual([]);
  });

  it('files a petition with a document; markup typed in a field is shown as text, never run', async () => {
    const page = await phone();
    await chooseKind(page, /^Kiến nghị/);
    await person(page, 'Phạm Thị Dung');
    const topic = 'Đèn ngõ 45 <script>window.pwned = 1</script>';
    await page.getByLabel('Chủ đề').fill(topic);
    await content(page, 'Đèn chiếu sáng ngõ 45 hỏng đã ba tháng <img src=x onerror="window.pwned = 2">.');
    await attach(page, pngPath, `cm-anh-${process.pid}.png`);
    // A group letter: a second signer, and the first signer represents both.
    await page.getByRole('button', { name: 'Thêm người ký' }).click();
    await page.locator('#f-coSigners-0-fullName').fill('Lý Văn Hùng');
    await page.locator('#f-coSigners-0-address').fill('Số 47 ngõ 45, Hà Nội');
    await page.getByLabel('Người ký thứ 1 (bạn)').check();
    await page.getByRole('button', { name: 'Xem lại' }).click();
    await textOf(page.locator('dl.review'), topic);
    expect(await page.locator('dl.review script, dl.review img').count()).toBe(0);
    await page.getByRole('button', { name: 'Sửa' }).click();
    await reviewAndSend(page);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    const c = await filedCase(page);
    expect(c).toMatchObject({ kind: 'petition' });
    expect(c.content).toContain('<img src=x');
    expect(c.details).toMatchObject({ signerCount: 2, representatives: [0] });
    const chair = await rt.login('chair');
    const revealed = await rt.call(`/cases/${c.caseId}/identity/reveal`, {
      token: chair,
      body: { reason: 'Kiểm tra tư cách người ký đơn tập thể' },
    });
    expect(revealed.body.identity.coSigners).toEqual([
      { fullName: 'Lý Văn Hùng', address: 'Số 47 ngõ 45, Hà Nội' },
    ]);
    expect(c.attachments).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('files a dispute with two other parties and a document', async () => {
    const page = await phone();
    await chooseKind(page, /^Tranh chấp/);
    await person(page, 'Hoàng Văn Em');
    await page.locator('#f-parties-0-fullName').fill('Đỗ Văn Phúc');
    await page.locator('#f-parties-0-address').fill('Số 14 ngõ 45, Hà Nội');
    await page.getByRole('button', { name: 'Thêm một bên' }).click();
    await page.locator('#f-parties-1-fullName').fill('Đỗ Thị Giang');
    await page.locator('#f-parties-1-address').fill('Số 14 ngõ 45, Hà Nội');
    await page.getByLabel('Nơi xảy ra').fill('Ngõ 45 phố Huế');
    await page.getByRole('radio', { name: 'Một bên (tôi)' }).check();
    await page.getByLabel('Người cao tuổi').check();
    await content(
      page,
      'Hai nhà tranh chấp lối đi chung, bên kia xây tường lấn sang phần lối đi của nhà tôi.',
    );
    await attach(page, pdfPath, `cm-quyet-dinh-${process.pid}.pdf`);
    await reviewAndSend(page);
    const c = await filedCase(page);
    expect(c).toMatchObject({ kind: 'dispute' });
    expect(c.attachments).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('shows each field’s message next to it, in the chosen language, and sends nothing', async () => {
    const before = await rt.itemCount();
    const page = await phone();
    await chooseKind(page, /^Khiếu nại/);
    await page.getByRole('button', { name: 'Xem lại' }).click();
    await visible(page.locator('.error-summary'));
    await textOf(page.locator('.error-summary h2'), /Có \d+ mục cần sửa/);
    await textOf(page.locator('[data-error-for="complainant.fullName"]'), 'Trường này là bắt buộc');
    expect(await page.locator('#f-complainant-fullName').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Nội dung, lý do').fill('quá ngắn');
    await page.getByLabel('Nội dung, lý do').blur();
    await textOf(page.locator('[data-error-for="content"]'), 'Cần ít nhất 20 ký tự');
    await page.locator('#f-complainant-email').fill('không-phải-thư');
    await page.locator('#f-complainant-email').blur();
    await textOf(page.locator('[data-error-for="complainant.email"]'), 'Địa chỉ thư điện tử không hợp lệ');
    await checkStep(page, 'portal-errors');
    // What was typed stays when the language changes; the messages follow it.
    await page.getByRole('button', { name: 'English' }).click();
    await textOf(page.locator('[data-error-for="content"]'), 'At least 20 characters');
    expect(await page.getByLabel('What happened, and why').inputValue()).toBe('quá ngắn');
    // A complaint learned of more than 90 days ago needs a reason (a date rule, checked in the browser too).
    await person(page, 'Nguyễn Thị Mai');
    await page.getByRole('radio', { name: 'An administrative act' }).check();
    await page.getByLabel('What the decision or act is').fill('Cưỡng chế tháo dỡ');
    await page.getByLabel('The day you received or learned of it').fill('2025-01-02');
    await page.locator('#f-respondent-name').fill('UBND phường');
    await page.locator('#f-respondent-address').fill('Số 1 Hàng Bài');
    await page.getByLabel('Area', { exact: true }).selectOption('other');
    await page.getByLabel('What happened, and why').fill('Phường cưỡng chế tháo dỡ quán của tôi trái luật.');
    await page.getByLabel('Province or city').fill('Hà Nội');
    await page.locator('#f-complainant-email').fill('');
    await page.getByRole('button', { name: 'Review' }).click();
    await textOf(page.locator('[data-error-for="lateReason"]'), 'More than 90 days have passed');
    expect(await rt.itemCount()).toBe(before);
    expect(problems).toEqual([]);
  });

  it('is checked by an accessibility audit that does catch faults', async () => {
    const page = await phone();
    await page.goto(rt.url);
    await visible(page.getByRole('heading', { name: 'Gửi đơn đến cơ quan có thẩm quyền' }));
    await page.evaluate(`document.querySelector('label[for="f-committee"]').remove()`);
    expect((await axeViolations(page)).join('\n')).toMatch(/^(label|select-name)/m);
  });

  it('can be filled and sent with the keyboard alone', async () => {
    const page = await phone();
    await page.goto(rt.url);
    await visible(page.getByRole('heading', { name: 'Gửi đơn đến cơ quan có thẩm quyền' }));
    /** Presses Tab until the focused element matches, as a keyboard user would. */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 120; i++) {
        if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`))
          return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('input[name="kind"]');
    // Arrow keys move within a radio group; the petition is the third choice.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await textOf(page.locator('#admissible-title'), 'Trước khi viết');
    await tabTo('#f-committee');
    await page.keyboard.press('ArrowDown');
    await tabTo('#continue');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'Kiến nghị, phản ánh' }));
    const type = async (selector: string, value: string) => {
      await tabTo(selector);
      await page.keyboard.type(value);
    };
    await type('#f-complainant-fullName', 'Vũ Thị Hà');
    await type('#f-complainant-address', 'Số 3 phố Huế, Hà Nội');
    await type('#f-topic', 'Rác thải ở chợ');
    await tabTo('#f-field');
    await page.keyboard.press('ArrowDown');
    await type('#f-content', 'Rác thải ở chợ dân sinh không được thu gom hằng ngày, gây ô nhiễm.');
    await type('#f-location-province', 'Hà Nội');
    await tabTo('#to-review');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'Xem lại đơn' }));
    await tabTo('#agree');
    await page.keyboard.press('Space');
    await tabTo('#send');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'Đã nhận đơn của bạn' }));
    expect(problems).toEqual([]);
  });
});

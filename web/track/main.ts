/**
 * The filer's tracking page: the receipt (kept in the URL fragment, never sent to a log) shows the
 * case's status, timeline, running deadlines and messages; the filer can answer and can withdraw
 * after confirming.
 */
import type * as z from 'zod/mini';
import type { trackCaseResponse } from '../../shared/api/contracts.js';
import { fileSafe } from '../../shared/domain/decision.js';
import { api, problemText } from '../src/api.js';
import { attachmentPicker } from '../src/attachment-picker.js';
import { dueText, formatDay, formatTime, provisionalText } from '../src/dates.js';
import { h, mount } from '../src/dom.js';
import { deadlineLabels, kindLabels, L, lang, languageButton, status, text } from '../src/i18n.js';

const top = document.getElementById('top')!;
const main = document.getElementById('main')!;
type Tracked = z.infer<typeof trackCaseResponse>;
type Decision = NonNullable<Tracked['decision']>;
const receiptOf = () => decodeURIComponent(location.hash.slice(1));

function header(): void {
  mount(
    top,
    h(
      'div',
      { class: 'bar' },
      h('span', { class: 'brand' }, L('Công Minh — Tra cứu đơn', 'Công Minh — Track your case')),
      h('a', { class: 'nav', href: '/' }, L('Gửi đơn', 'File a case')),
      languageButton(render),
    ),
  );
}

function askReceipt(error?: string): void {
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'card narrow',
      onsubmit: (e: Event) => {
        e.preventDefault();
        location.hash = String(new FormData(form).get('receipt') ?? '').trim();
      },
    },
    h('h1', {}, L('Tra cứu đơn', 'Track your case')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'receipt' }, L('Mã tra cứu (25 ký tự)', 'Receipt code (25 characters)')),
      h('input', {
        id: 'receipt',
        name: 'receipt',
        required: true,
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: false,
        inputmode: 'text',
      }),
    ),
    error ? h('p', { class: 'error', role: 'alert' }, error) : null,
    h('button', { type: 'submit' }, L('Tra cứu', 'Look up')),
  );
  mount(main, form);
}

async function show(receipt: string, flash?: string): Promise<void> {
  let c: Tracked;
  try {
    c = await api<Tracked>(`/public/cases/${encodeURIComponent(receipt)}`);
  } catch (x) {
    askReceipt(problemText(x, L('Không tìm thấy đơn với mã này', 'No case with this receipt')));
    return;
  }
  const running = c.deadlines.filter((d) => d.state === 'running');
  const open = ![
    'closed',
    'withdrawn',
    'rejected',
    'transferred',
    'terminated',
    'decided',
    'notified',
  ].includes(c.status);
  const replyErr = h('p', { class: 'error', role: 'alert' });
  const files = attachmentPicker({ id: 'reply-files', max: 5 });
  const reply: HTMLFormElement = h(
    'form',
    {
      'aria-label': L('Trả lời cơ quan', 'Answer the committee'),
      onsubmit: async (e: Event) => {
        e.preventDefault();
        if (files.busy()) {
          replyErr.textContent = L('Đợi tải tệp lên xong.', 'Wait for the uploads to finish.');
          return;
        }
        try {
          await api(`/public/cases/${encodeURIComponent(receipt)}/messages`, {
            body: {
              body: String(new FormData(reply).get('body') ?? ''),
              attachments: files.files().map((f) => f.attachmentId),
            },
          });
          await show(receipt, L('Đã gửi.', 'Sent.'));
        } catch (x) {
          replyErr.textContent = problemText(x, L('Không gửi được', 'Could not send'));
        }
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'reply' }, L('Trả lời hoặc bổ sung thông tin', 'Answer or add information')),
      h('textarea', { id: 'reply', name: 'body', rows: 3, required: true, maxlength: 5000 }),
    ),
    files.element,
    replyErr,
    h('button', { type: 'submit' }, L('Gửi', 'Send')),
  );
  const withdrawBox = h('div', {});
  const confirmWithdraw = (): void => {
    const form: HTMLFormElement = h(
      'form',
      {
        class: 'confirm',
        'aria-label': L('Xác nhận rút đơn', 'Confirm the withdrawal'),
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const reason = String(new FormData(form).get('reason') ?? '').trim();
          try {
            await api(`/public/cases/${encodeURIComponent(receipt)}/withdraw`, {
              body: reason ? { reason } : {},
            });
            await show(receipt, L('Đã ghi nhận việc rút đơn.', 'Your withdrawal was recorded.'));
          } catch (x) {
            withdrawBox.append(
              h(
                'p',
                { class: 'error', role: 'alert' },
                problemText(x, L('Không rút được', 'Could not withdraw')),
              ),
            );
          }
        },
      },
      h(
        'p',
        {},
        L(
          'Rút đơn sẽ chấm dứt việc giải quyết (trừ tố cáo có dấu hiệu vi phạm, do người có thẩm quyền quyết định). Bạn chắc chắn?',
          'Withdrawing ends the case (a denunciation with signs of violation may still be pursued). Are you sure?',
        ),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'reason' }, L('Lý do (không bắt buộc)', 'Reason (optional)')),
        h('input', { id: 'reason', name: 'reason', maxlength: 2000 }),
      ),
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'submit' }, L('Tôi xác nhận rút đơn', 'Yes, withdraw')),
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => withdrawBox.replaceChildren(withdrawButton) },
          L('Không rút', 'Keep my case'),
        ),
      ),
    );
    withdrawBox.replaceChildren(form);
    (form.querySelector('#reason') as HTMLInputElement).focus();
  };
  const withdrawButton = h(
    'button',
    { type: 'button', class: 'secondary', onclick: confirmWithdraw },
    L('Rút đơn…', 'Withdraw…'),
  );
  withdrawBox.append(withdrawButton);
  mount(
    main,
    flash ? h('p', { class: 'flash', role: 'status' }, flash) : null,
    h('h1', {}, `${c.reference}`),
    h(
      'p',
      { class: 'status-line' },
      h('span', { class: 'badge' }, status(c.status)),
      ` ${text(kindLabels[c.kind])}`,
    ),
    c.decision ? decisionCard(receipt, c.decision) : null,
    c.rejection ? h('p', {}, `${text(c.rejection.label)} (${c.rejection.basis})`) : null,
    running.length
      ? h(
          'section',
          { class: 'card' },
          h('h2', {}, L('Thời hạn đang chạy', 'Running deadlines')),
          h(
            'ul',
            { class: 'deadlines' },
            ...running.map((d) =>
              h(
                'li',
                {},
                h('strong', {}, text(deadlineLabels[d.name]) || d.name),
                ' · ',
                d.paused
                  ? L('tạm dừng', 'paused')
                  : `${L('đến hết ngày', 'until the end of')} ${formatDay(d.dueOn)}${d.provisional ? provisionalText() : ''}`,
                ' · ',
                h('span', { class: dueText(d).overdue ? 'overdue' : 'muted' }, dueText(d).text),
                h('div', { class: 'muted small' }, d.basis),
              ),
            ),
          ),
        )
      : null,
    h(
      'section',
      { class: 'card' },
      h('h2', {}, L('Diễn biến', 'Timeline')),
      h(
        'ol',
        { class: 'timeline' },
        ...c.timeline.map((e) =>
          h(
            'li',
            {},
            h('time', { datetime: e.at }, formatTime(e.at)),
            ' · ',
            status(e.status),
            e.auditHash
              ? h(
                  'div',
                  { class: 'muted small hash', title: L('Mã băm nhật ký', 'Audit hash') },
                  `${L('Mã băm nhật ký', 'Audit hash')}: ${e.auditHash}`,
                )
              : null,
          ),
        ),
      ),
      h(
        'p',
        { class: 'muted small' },
        L(
          'Mỗi bước có mã băm của nhật ký tại thời điểm đó. Hãy lưu lại: nếu hồ sơ bị sửa về sau, mã này sẽ không còn khớp khi cơ quan kiểm tra.',
          'Each step shows the audit trail’s hash at that moment. Keep it: if the record were rewritten later, it would no longer match when checked.',
        ),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, L('Trao đổi với cơ quan', 'Messages with the committee')),
      h(
        'ul',
        { class: 'messages' },
        ...c.messages.map((m) =>
          h(
            'li',
            { class: `from-${m.from}` },
            h('time', { datetime: m.at }, formatTime(m.at)),
            ' · ',
            h('strong', {}, m.from === 'filer' ? L('Bạn', 'You') : L('Cơ quan', 'Committee')),
            ': ',
            text(m.text),
          ),
        ),
      ),
      c.status !== 'closed' ? reply : null,
    ),
    open ? h('section', { class: 'card' }, h('h2', {}, L('Rút đơn', 'Withdraw')), withdrawBox) : null,
    filedCard(c.filed),
    h(
      'p',
      {},
      h('a', { href: '#', onclick: () => askReceipt() }, L('Tra cứu mã khác', 'Look up another receipt')),
    ),
  );
}

/** Downloads a document addressed to the filer (fetched, so the receipt never sits in a link). */
async function download(receipt: string, documentId: string, name: string): Promise<void> {
  const res = await fetch(`/api/public/cases/${encodeURIComponent(receipt)}/documents/${documentId}`);
  if (!res.ok) throw new Error(String(res.status));
  const url = URL.createObjectURL(await res.blob());
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The decision first: the outcome in plain words, the reasons, the document to download, and what
 * the filer can do next, with the last day of each period.
 */
function decisionCard(receipt: string, d: Decision): HTMLElement {
  const status = h('p', { role: 'status', class: 'small' });
  const docs = d.documents.map((doc) =>
    h(
      'button',
      {
        type: 'button',
        onclick: () =>
          download(
            receipt,
            doc.documentId,
            `${fileSafe(doc.number ?? d.number)}${doc.locale === 'en' ? '-en' : ''}.pdf`,
          ).catch(() => {
            status.textContent = L('Không tải được văn bản, hãy thử lại.', 'Could not download; try again.');
          }),
      },
      doc.role === 'notice'
        ? L('Tải thông báo kết quả (PDF)', 'Download the notice (PDF)')
        : doc.locale === 'en'
          ? 'Download the English translation (PDF)'
          : L('Tải văn bản (PDF, bản tiếng Việt)', 'Download the document (PDF, Vietnamese, authoritative)'),
    ),
  );
  return h(
    'section',
    { class: 'card decision', 'aria-labelledby': 'decision-h' },
    h('h2', { id: 'decision-h' }, L('Kết quả giải quyết', 'The outcome')),
    h('p', { class: 'outcome-big' }, text(d.outcomeLabel)),
    h(
      'p',
      { class: 'muted' },
      L(
        `Văn bản số ${d.number}, ngày ${formatDay(d.issuedOn)}`,
        `Document No. ${d.number} of ${formatDay(d.issuedOn)}`,
      ),
    ),
    h('div', { class: 'buttons' }, ...docs),
    status,
    d.reasons.length
      ? h(
          'div',
          {},
          h('h3', {}, L('Lý do và nội dung giải quyết', 'Reasons and what was decided')),
          h(
            'dl',
            { class: 'draft' },
            ...d.reasons.flatMap((r) => [
              h('dt', {}, text(r.label)),
              h('dd', {}, ...r.text.split(/\n+/).map((p) => h('p', {}, p))),
            ]),
          ),
        )
      : null,
    d.nextSteps.length
      ? h(
          'div',
          {},
          h('h3', {}, L('Những việc tiếp theo', 'What happens next')),
          h(
            'ul',
            { class: 'next-steps' },
            ...d.nextSteps.map((s) =>
              h(
                'li',
                {},
                h('strong', {}, text(s.label)),
                !s.dueOn
                  ? ''
                  : s.kind === 'takes_effect'
                    ? ` — ${L('từ ngày', 'from')} ${formatDay(s.dueOn)}`
                    : ` — ${L('đến hết ngày', 'until the end of')} ${formatDay(s.dueOn)}`,
                s.dueOn && s.from === 'received'
                  ? h(
                      'div',
                      { class: 'small' },
                      L(
                        `${s.days} ngày tính từ ngày ông/bà nhận được văn bản; ngày trên tính khi nhận ngay ngày ban hành.`,
                        `${s.days} days from the day you receive the document; the date above assumes it reached you the day it was issued.`,
                      ),
                    )
                  : null,
                h('div', { class: 'muted small' }, s.basis),
              ),
            ),
          ),
        )
      : null,
    h('p', { class: 'muted small hash' }, `SHA-256: ${d.documentHash}`),
  );
}

/** What the filer sent: their own words and documents. */
function filedCard(filed: Tracked['filed']): HTMLElement {
  return h(
    'section',
    { class: 'card' },
    h(
      'details',
      {},
      h('summary', {}, L('Nội dung bạn đã gửi', 'What you filed')),
      h('p', { class: 'content' }, filed.content),
      filed.subject
        ? h(
            'p',
            {},
            h('strong', {}, L('Quyết định, hành vi bị khiếu nại: ', 'Decision or act complained about: ')),
            [filed.subject.number, filed.subject.issuer, filed.subject.description]
              .filter(Boolean)
              .join(' · '),
          )
        : null,
      filed.requestedOutcome
        ? h('p', {}, h('strong', {}, L('Yêu cầu của bạn: ', 'What you asked for: ')), filed.requestedOutcome)
        : null,
      filed.attachments.length
        ? h(
            'ul',
            {},
            ...filed.attachments.map((a) =>
              h(
                'li',
                {},
                `${a.fileName} · ${Math.ceil(a.size / 1024)} KB`,
                h('div', { class: 'muted small hash' }, `SHA-256: ${a.sha256}`),
              ),
            ),
          )
        : null,
    ),
  );
}

function render(): void {
  document.documentElement.lang = lang;
  header();
  const r = receiptOf();
  if (r) void show(r);
  else askReceipt();
}

window.addEventListener('hashchange', render);
render();

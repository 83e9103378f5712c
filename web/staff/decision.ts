/**
 * The proposed decision as the chair reads it before any approve button: the outcome in words, each
 * part of the draft under the law's heading, what changed since the chair returned it, and the PDF
 * to open or download (fetched with the staff token; its SHA-256 is what the approval names).
 */
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { GetDocuments } from '../../shared/api/routes/cases.js';
import type { Proposal } from '../../shared/domain/decision.js';
import type { DocumentRules } from '../../shared/domain/profile.js';
import { api, session } from '../src/api.js';
import { formatTime } from '../src/dates.js';
import { h } from '../src/dom.js';
import { lang, text } from '../src/i18n.js';

type Text = { vi: string; en: string };
export type ProposalJson = Proposal;
export type { DocumentRules };

const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);

/** Opens (or downloads) a case document: fetched with the token, shown from a local blob URL. */
async function openDocument(caseId: string, documentId: string, download: boolean): Promise<void> {
  const res = await fetch(`/api/cases/${caseId}/documents/${documentId}`, {
    headers: { authorization: `Bearer ${await session.fresh()}` },
  });
  if (!res.ok) throw new Error(String(res.status));
  const url = URL.createObjectURL(await res.blob());
  if (download) {
    const a = h('a', { href: url, download: `du-thao-${documentId.slice(0, 8)}.pdf` });
    document.body.append(a);
    a.click();
    a.remove();
  } else window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function proposalCard(
  caseId: string,
  p: ProposalJson,
  rules: DocumentRules,
  outcomes: { code: string; label: Text }[],
): HTMLElement {
  const outcome = outcomes.find((o) => o.code === p.outcome)?.label;
  const finding: Record<string, Text> = {
    kept: { vi: 'Giữ nguyên quyết định lần đầu', en: 'First decision kept' },
    amended: { vi: 'Sửa đổi quyết định lần đầu', en: 'First decision amended' },
    annulled: { vi: 'Hủy bỏ quyết định lần đầu', en: 'First decision annulled' },
  };
  const status = h('p', { class: 'muted small', role: 'status' });
  const button = (label: string, download: boolean) =>
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () =>
          openDocument(caseId, p.documentId, download).catch(() => {
            status.textContent = L('Không mở được bản PDF.', 'Could not open the PDF.');
          }),
      },
      label,
    );
  return h(
    'section',
    { class: 'card proposal', 'aria-labelledby': 'proposal-h' },
    h('h2', { id: 'proposal-h' }, L('Dự thảo chờ phê duyệt', 'Draft awaiting approval')),
    h(
      'p',
      { class: 'outcome' },
      h('span', { class: 'muted' }, L('Kết quả đề xuất: ', 'Proposed outcome: ')),
      h('strong', {}, outcome ? text(outcome) : p.outcome),
      p.changed.includes('outcome') ? h('span', { class: 'badge risk-p75' }, L('đã đổi', 'changed')) : null,
      p.firstDecisionFinding ? ` · ${text(finding[p.firstDecisionFinding])}` : '',
    ),
    h(
      'p',
      { class: 'muted small' },
      `${text(rules.title)} ${text(rules.about)} · ${L('đề xuất bởi', 'proposed by')} ${p.proposedBy}, ${formatTime(p.proposedAt)}`,
    ),
    p.changed.length
      ? h(
          'p',
          { class: 'warning' },
          L('Đã sửa so với bản trả lại: ', 'Changed since it was returned: '),
          p.changed
            .map((code) =>
              code === 'outcome'
                ? L('KẾT QUẢ ĐỀ XUẤT', 'THE PROPOSED OUTCOME')
                : text(rules.parts.find((x) => x.code === code)?.label) || code,
            )
            .join('; '),
        )
      : null,
    h(
      'dl',
      { class: 'draft' },
      ...rules.parts
        .filter((part) => p.draft[part.code])
        .flatMap((part) => [
          h(
            'dt',
            {},
            text(part.label),
            p.changed.includes(part.code)
              ? h('span', { class: 'badge risk-p75' }, L('đã sửa', 'changed'))
              : null,
          ),
          h('dd', {}, ...p.draft[part.code]!.split(/\n+/).map((para) => h('p', {}, para))),
        ]),
    ),
    h(
      'div',
      { class: 'buttons' },
      button(L('Mở bản PDF dự thảo', 'Open the draft PDF'), false),
      button(L('Tải bản PDF', 'Download the PDF'), true),
    ),
    h('p', { class: 'muted small hash' }, `SHA-256: ${p.documentHash}`),
    status,
  );
}

/** Loads a document list entry for the documents card. */
export async function documentList(caseId: string): Promise<HTMLElement | null> {
  const { items } = await api<ResponseOf<typeof GetDocuments>>(`/cases/${caseId}/documents`);
  if (items.length === 0) return null;
  const role: Record<string, Text> = {
    draft: { vi: 'Dự thảo', en: 'Draft' },
    decision: { vi: 'Văn bản ban hành', en: 'Issued document' },
    notice: { vi: 'Thông báo cho người gửi đơn', en: 'Notice to the filer' },
  };
  return h(
    'div',
    { class: 'documents' },
    h('h3', {}, L('Văn bản của vụ việc', 'Case documents')),
    h(
      'ul',
      {},
      ...items.map((d) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => void openDocument(caseId, d.documentId, false) },
            `${text(role[d.role])}${d.number ? ` số ${d.number}` : ''}${d.locale === 'en' ? ' (EN)' : ''}`,
          ),
          ` · ${formatTime(d.createdAt)}`,
        ),
      ),
    ),
  );
}

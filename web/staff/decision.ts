/**
 * The proposed decision as the chair reads it before any approve button: the outcome in words, each
 * part of the draft under the law's heading, what changed since the chair returned it, and the PDF
 * to open or download (fetched with the staff token; its SHA-256 is what the approval names).
 */

import { h, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { GetDocuments } from '../../shared/api/routes/cases.js';
import type { Proposal } from '../../shared/domain/decision.js';
import type { DocumentRules } from '../../shared/domain/profile.js';
import { api, session } from '../src/api.js';
import { formatTime } from '../src/dates.js';
import { L, text } from '../src/i18n.js';

type Text = { vi: string; en: string };
export type ProposalJson = Proposal;
export type { DocumentRules };

/** Opens (or downloads) a case document: fetched with the token, shown from a local blob URL. */
async function openDocument(caseId: string, documentId: string, download: boolean): Promise<void> {
  const res = await fetch(`/api/cases/${caseId}/documents/${documentId}`, {
    headers: { authorization: `Bearer ${await session.fresh()}` },
  });
  if (!res.ok) throw new Error(String(res.status));
  const url = URL.createObjectURL(await res.blob());
  if (download) {
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: `du-thao-${documentId.slice(0, 8)}.pdf`,
    });
    document.body.append(a);
    a.click();
    a.remove();
  } else window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ProposalCard({
  caseId,
  proposal: p,
  rules,
  outcomes,
}: {
  caseId: string;
  proposal: ProposalJson;
  rules: DocumentRules;
  outcomes: { code: string; label: Text }[];
}): JSX.Element {
  const outcome = outcomes.find((o) => o.code === p.outcome)?.label;
  const finding: Record<string, Text> = {
    kept: { vi: 'Giữ nguyên quyết định lần đầu', en: 'First decision kept' },
    amended: { vi: 'Sửa đổi quyết định lần đầu', en: 'First decision amended' },
    annulled: { vi: 'Hủy bỏ quyết định lần đầu', en: 'First decision annulled' },
  };
  const [failed, setFailed] = useState(false);
  const button = (label: string, download: boolean) =>
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onClick: () => {
          setFailed(false);
          openDocument(caseId, p.documentId, download).catch(() => setFailed(true));
        },
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
    h(
      'p',
      { class: 'muted small', role: 'status' },
      failed ? L('Không mở được bản PDF.', 'Could not open the PDF.') : null,
    ),
  );
}

type CaseDocument = ResponseOf<typeof GetDocuments>['items'][number];

/** The case's documents (drafts, issued decisions, notices), for the documents card. */
export async function loadDocuments(caseId: string): Promise<CaseDocument[]> {
  return (await api<ResponseOf<typeof GetDocuments>>(`/cases/${caseId}/documents`)).items;
}

export function CaseDocuments({
  caseId,
  items,
}: {
  caseId: string;
  items: CaseDocument[];
}): JSX.Element | null {
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
            { type: 'button', class: 'link', onClick: () => void openDocument(caseId, d.documentId, false) },
            `${text(role[d.role])}${d.number ? ` số ${d.number}` : ''}${d.locale === 'en' ? ' (EN)' : ''}`,
          ),
          ` · ${formatTime(d.createdAt)}`,
        ),
      ),
    ),
  );
}

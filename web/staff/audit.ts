/**
 * The auditor's pages (issue 13 §2): find a case of the committee by its reference, read its trail
 * event by event with the chain's verdict (hash chain, head, signed checkpoints), and take it away as
 * JSON or CSV to check elsewhere. No case content, no identity: the trail only.
 */

import { h, type JSX } from 'preact';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { GetAudit, ListCases, VerifyAudit } from '../../shared/api/routes/cases.js';
import { api, downloadFile } from '../src/api.js';
import { formatTime } from '../src/dates.js';
import { L } from '../src/i18n.js';
import { LoadError, show, useFocusMain, useLoad } from '../src/ui.js';
import { SearchForm } from './search.js';

function Found({ reference }: { reference: string }): JSX.Element {
  const loaded = useLoad(
    () => api<ResponseOf<typeof ListCases>>(`/cases?reference=${encodeURIComponent(reference)}`),
    [reference],
  );
  if (loaded.error) return h(LoadError, { error: loaded.error });
  const c = loaded.data?.items[0];
  if (!loaded.data) return h('div', { 'aria-live': 'polite' });
  return h(
    'div',
    { 'aria-live': 'polite' },
    c
      ? h('p', {}, h('a', { href: `#/trail/${encodeURIComponent(c.caseId)}` }, `${c.reference} →`))
      : h(
          'p',
          { class: 'muted' },
          L('Không tìm thấy vụ việc này trong ủy ban.', 'No such case in the committee.'),
        ),
  );
}

export function AuditSearchView({ reference = '' }: { reference?: string }): JSX.Element {
  useFocusMain(true);
  return h(
    'div',
    {},
    h('h1', {}, L('Kiểm tra nhật ký', 'Audit trails')),
    h(
      'p',
      { class: 'muted' },
      L(
        'Tìm một vụ việc của ủy ban bằng số tham chiếu để đọc và kiểm tra nhật ký của nó (chuỗi băm, đầu chuỗi, các mốc đã ký), rồi tải về dạng JSON hoặc CSV.',
        'Find a case of the committee by its reference to read and verify its trail (hash chain, head, signed checkpoints), and download it as JSON or CSV.',
      ),
    ),
    h(SearchForm, { view: 'audit', value: reference }),
    reference ? h(Found, { reference }) : h('div', { 'aria-live': 'polite' }),
  );
}

const loadTrail = (caseId: string) =>
  Promise.all([
    api<ResponseOf<typeof GetAudit>>(`/cases/${encodeURIComponent(caseId)}/audit`),
    api<ResponseOf<typeof VerifyAudit>>(`/cases/${encodeURIComponent(caseId)}/audit/verify`),
  ]);

export function TrailView({ caseId }: { caseId: string }): JSX.Element | null {
  const loaded = useLoad(() => loadTrail(caseId), [caseId]);
  useFocusMain(loaded.data !== undefined);
  return show(loaded, ([trail, verdict]) => trailOf(caseId, trail, verdict));
}

function trailOf(
  caseId: string,
  trail: ResponseOf<typeof GetAudit>,
  verdict: ResponseOf<typeof VerifyAudit>,
): JSX.Element[] {
  const str = (v: unknown) =>
    typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
  const actorOf = (a: unknown) =>
    typeof a === 'object' && a !== null
      ? `${str((a as { id?: unknown }).id)} (${str((a as { role?: unknown }).role)})`
      : str(a);
  const ref = caseId;
  const path = `/cases/${encodeURIComponent(caseId)}/audit`;
  return [
    h('h1', {}, L('Nhật ký vụ việc', 'Case trail')),
    h('p', { class: 'muted small' }, caseId),
    h(
      'p',
      { class: verdict.valid ? 'flash' : 'error', role: 'status' },
      verdict.valid
        ? L(
            `Nhật ký toàn vẹn: ${verdict.length} sự kiện, ${verdict.anchoredLength} đã được ký xác nhận.`,
            `The trail is intact: ${verdict.length} events, ${verdict.anchoredLength} vouched for by a signed checkpoint.`,
          )
        : L(
            `Nhật ký bị thay đổi từ sự kiện số ${verdict.firstBadSeq ?? '?'} (${verdict.fault ?? ''}).`,
            `The trail was altered from event ${verdict.firstBadSeq ?? '?'} (${verdict.fault ?? ''}).`,
          ),
    ),
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        { type: 'button', onClick: () => void downloadFile(path, `nhat-ky-${ref}.json`) },
        L('Tải JSON', 'Download JSON'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onClick: () => void downloadFile(`${path}?format=csv`, `nhat-ky-${ref}.csv`),
        },
        L('Tải CSV', 'Download CSV'),
      ),
      h('a', { class: 'button secondary', href: '#/audit' }, L('Tìm vụ việc khác', 'Find another case')),
    ),
    h(
      'div',
      { class: 'scroll-x', role: 'region', 'aria-label': L('Các sự kiện', 'Events'), tabIndex: 0 },
      h(
        'table',
        { class: 'queue' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [
              L('Số', 'Seq'),
              L('Thời điểm', 'At'),
              L('Người thực hiện', 'Actor'),
              L('Hành động', 'Action'),
              L('Từ → đến', 'From → to'),
              'SHA-256',
            ].map((x) => h('th', { scope: 'col' }, x)),
          ),
        ),
        h(
          'tbody',
          {},
          trail.events.map((e) =>
            h(
              'tr',
              {
                class: verdict.firstBadSeq !== undefined && Number(e.seq) >= verdict.firstBadSeq ? 'bad' : '',
              },
              h('td', {}, str(e.seq)),
              h('td', {}, typeof e.at === 'string' ? formatTime(e.at) : ''),
              h('td', {}, actorOf(e.actor)),
              h('td', {}, str(e.action)),
              h('td', {}, `${str(e.from) || '—'} → ${str(e.to) || '—'}`),
              h('td', { class: 'hash' }, str(e.hash).slice(0, 16)),
            ),
          ),
        ),
      ),
    ),
  ];
}

/**
 * What the case holds beside its text: the filer's attachments, the letters to post (the addressee
 * shown only when a chair prints one, with a reason), and the chair's audited reveal of identity.
 */
import { h, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ResponseOf } from '../../../shared/api/route-def.js';
import type {
  GetAttachment,
  GetPrintJobs,
  PrintLetter,
  RevealIdentity,
} from '../../../shared/api/routes/cases.js';
import { ApiError, api } from '../../src/api.js';
import { formatTime } from '../../src/dates.js';
import { L, noticeLabels, personLabels, t, text } from '../../src/i18n.js';
import type { PrintJobJson } from './types.js';

/** A failed request in the words the form shows: the first field's message, else the problem's title. */
const failure = (x: unknown) =>
  x instanceof ApiError ? `${t('error')}: ${x.problem.errors?.[0]?.message ?? x.problem.title}` : t('error');

type Attachment = { attachmentId: string; fileName: string; size: number };

export function Attachments({ caseId, list }: { caseId: string; list: Attachment[] }): JSX.Element | null {
  if (list.length === 0) return null;
  const open = async (a: Attachment, inline: boolean) => {
    const { url } = await api<ResponseOf<typeof GetAttachment>>(
      `/cases/${caseId}/attachments/${a.attachmentId}${inline ? '?view=inline' : ''}`,
    );
    if (inline) window.open(url, '_blank', 'noopener');
    else location.assign(url);
  };
  return h(
    'div',
    { class: 'documents' },
    h('h3', {}, L('Tài liệu kèm theo', 'Documents')),
    h(
      'ul',
      {},
      list.map((a) =>
        h(
          'li',
          { key: a.attachmentId },
          h('button', { type: 'button', class: 'link', onClick: () => void open(a, false) }, a.fileName),
          ` · ${Math.ceil(a.size / 1024)} KB · `,
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': `${L('Xem', 'Preview')} ${a.fileName}`,
              onClick: () => void open(a, true),
            },
            L('Xem', 'Preview'),
          ),
        ),
      ),
    ),
  );
}

const recipientLabel = (r: string) =>
  r === 'filer'
    ? L('người gửi đơn', 'the filer')
    : r === 'accused'
      ? L('người bị tố cáo', 'the person denounced')
      : r === 'respondent'
        ? L('người bị khiếu nại', 'the respondent')
        : r.startsWith('party:')
          ? L(`bên liên quan ${Number(r.slice(6)) + 1}`, `party ${Number(r.slice(6)) + 1}`)
          : r;

export const loadLetters = async (caseId: string): Promise<PrintJobJson[]> =>
  (await api<ResponseOf<typeof GetPrintJobs>>(`/cases/${caseId}/print-jobs`)).items;

type Printed = ResponseOf<typeof PrintLetter>;

/**
 * Letters to post: the addressee is a reference until a chair prints the letter with a reason (an
 * audited reveal); the printing view is the only place the name and address appear.
 */
export function Letters({ caseId, items, chair }: { caseId: string; items: PrintJobJson[]; chair: boolean }) {
  const [shown, setShown] = useState<Printed | string | null>(null);
  if (items.length === 0) return null;
  const print = async (e: Event, j: PrintJobJson) => {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget as HTMLFormElement).get('reason') ?? '');
    try {
      setShown(await api<Printed>(`/cases/${caseId}/print-jobs/${j.jobId}/print`, { body: { reason } }));
    } catch (x) {
      setShown(failure(x));
    }
  };
  const row = (j: PrintJobJson) => {
    const reasonId = `print-${j.jobId}`;
    return h(
      'li',
      { key: j.jobId },
      h('strong', {}, text(noticeLabels[j.noticeType]) || j.noticeType),
      ` → ${recipientLabel(j.recipient)} · ${formatTime(j.createdAt)} · `,
      j.printedAt
        ? L(
            `đã in (${j.prints} lần, lần đầu bởi ${j.printedBy})`,
            `printed (${j.prints}×, first by ${j.printedBy})`,
          )
        : L('chờ in', 'waiting to be printed'),
      chair
        ? h(
            'form',
            { class: 'inline', onSubmit: (e: Event) => void print(e, j) },
            h(
              'label',
              { for: reasonId },
              L('Lý do in (xem địa chỉ)', 'Reason to print (reveals the address)'),
            ),
            h('input', { id: reasonId, name: 'reason', required: true, minLength: 10 }),
            h('button', { type: 'submit', class: 'secondary' }, L('Mở bản in', 'Open for printing')),
          )
        : null,
    );
  };
  return h(
    'section',
    { class: 'letters' },
    h('h3', {}, L('Thư gửi qua bưu điện', 'Letters to post')),
    h('ul', {}, items.map(row)),
    h(
      'div',
      { class: 'print-view', role: 'region', 'aria-live': 'polite' },
      typeof shown === 'string'
        ? shown
        : shown
          ? [
              h(
                'article',
                { class: 'letter' },
                h(
                  'address',
                  {},
                  h('strong', {}, shown.addressee.name),
                  shown.addressee.organisation ? h('div', {}, shown.addressee.organisation) : null,
                  h('div', {}, shown.addressee.address),
                ),
                h('h3', {}, shown.subject),
                h('pre', {}, shown.body),
              ),
              h(
                'button',
                { type: 'button', class: 'no-print', onClick: () => window.print() },
                L('In thư', 'Print the letter'),
              ),
            ]
          : null,
    ),
  );
}

type Person = Record<string, string>;
type Revealed = ResponseOf<typeof RevealIdentity>;

const PersonList = ({ person }: { person: Person }) =>
  h(
    'dl',
    { class: 'identity' },
    Object.entries(person).flatMap(([k, v]) => [h('dt', {}, text(personLabels[k]) || k), h('dd', {}, v)]),
  );

/** The chair reads who filed, with a reason that goes into the trail. */
export function Reveal({ caseId }: { caseId: string }): JSX.Element {
  const [shown, setShown] = useState<Revealed | string | null>(null);
  const reasonId = 'reveal-reason';
  const submit = async (e: Event) => {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget as HTMLFormElement).get('reason') ?? '');
    try {
      setShown(await api<Revealed>(`/cases/${caseId}/identity/reveal`, { body: { reason } }));
    } catch (x) {
      setShown(failure(x));
    }
  };
  const group = (title: string, people: Person[] | undefined) =>
    people?.length ? [h('h3', {}, title), people.map((p) => h(PersonList, { person: p }))] : null;
  return h(
    'div',
    {},
    h(
      'form',
      { class: 'reveal', onSubmit: (e: Event) => void submit(e) },
      h('label', { for: reasonId }, t('revealReason')),
      h('input', { id: reasonId, name: 'reason', required: true, minLength: 10 }),
      h('button', { type: 'submit', class: 'secondary' }, t('reveal')),
    ),
    h(
      'div',
      { role: 'status' },
      typeof shown === 'string'
        ? shown
        : shown
          ? [
              h(PersonList, { person: (shown.identity.complainant ?? {}) as Person }),
              group(t('coSigners'), shown.identity.coSigners as Person[] | undefined),
              group(t('otherParties'), shown.identity.otherParties as Person[] | undefined),
            ]
          : null,
    ),
  );
}

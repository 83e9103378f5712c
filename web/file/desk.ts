/**
 * The filing form at the reception desk (issue 13 §5): a clerk signed in to the workspace opens
 * `/file/?desk` and records a letter or a visit on the person's behalf. The form is the citizen's
 * own, plus how the case came and the day it arrived (which starts the clocks); it is sent to
 * `POST /api/cases` with the clerk's session, and the receipt is printed to hand over or post.
 */
import type * as z from 'zod/mini';
import type { deskCaseResponse } from '../../shared/api/contracts.js';
import { localDate } from '../../shared/domain/calendar.js';
import {
  channelLabels,
  checkArrival,
  deskChannels,
  deskSchema,
  referralSourceLabels,
} from '../../shared/domain/desk.js';
import { DomainError, type FieldIssue } from '../../shared/domain/errors.js';
import { issuesFromZod } from '../../shared/domain/messages.js';
import { ApiError, session } from '../src/api.js';
import { h } from '../src/dom.js';
import { text } from '../src/i18n.js';
import type { Draft, makeFields } from './draft.js';

export type DeskReceipt = z.infer<typeof deskCaseResponse>;

/** At the desk when the page is opened as `/file/?desk`. */
export const atDesk = new URLSearchParams(location.search).has('desk');

/** The clerk's session, borrowed from the workspace tab if this one has none; null when signed out. */
export async function clerk(): Promise<{ username: string; committees: string[] } | null> {
  await session.borrow();
  if (!session.active || !(await session.fresh())) return null;
  const claims = session.claims();
  return claims?.groups.includes('intake') ? claims : null;
}

type Fields = ReturnType<typeof makeFields>;

/** How and when it came: the first card of the details at the desk. */
export function deskSection(d: Draft, f: Fields, L: (vi: string, en: string) => string, redraw: () => void) {
  const referral = d.str('desk.channel') === 'referral';
  return h(
    'fieldset',
    { class: 'group desk' },
    h('legend', {}, L('Tiếp nhận tại quầy', 'Received at the desk')),
    f.radios(
      'desk.channel',
      L('Đơn đến bằng cách nào?', 'How did it come?'),
      deskChannels.map((c) => ({ value: c, label: text(channelLabels[c]) })),
      { onPick: redraw },
    ),
    f.text('desk.receivedOn', L('Ngày nhận đơn', 'Day received'), {
      type: 'date',
      hint: L(
        'Ngày đơn đến hoặc người dân đến trình bày: thời hạn được tính từ ngày này, không phải ngày nhập.',
        'The day the letter arrived or the person came: deadlines run from it, not from the day it is entered.',
      ),
    }),
    referral
      ? h(
          'div',
          {},
          f.select(
            'desk.referral.source',
            L('Nguồn chuyển đơn', 'Referred by'),
            Object.entries(referralSourceLabels).map(([k, v]): [string, string] => [k, text(v)]),
          ),
          f.text('desk.referral.body', L('Tên cơ quan chuyển đơn', 'Name of the referring body'), {
            maxlength: 200,
          }),
          f.text('desk.referral.reference', L('Số công văn chuyển', 'Referral letter number'), {
            optional: true,
            maxlength: 100,
          }),
        )
      : null,
    f.text(
      'desk.priorHandling',
      L('Đã được cơ quan nào giải quyết (nếu có)', 'Already handled by (if any)'),
      { optional: true, multiline: 2, maxlength: 2000 },
    ),
  );
}

/** The desk part of the draft checked with the API's own contract and date rule. */
export function deskIssues(desk: unknown): FieldIssue[] {
  const parsed = deskSchema.safeParse(desk);
  if (!parsed.success) return issuesFromZod(parsed.error).map((i) => ({ ...i, path: ['desk', ...i.path] }));
  try {
    checkArrival(parsed.data.receivedOn, localDate(new Date()));
  } catch (x) {
    if (x instanceof DomainError) return x.issues ?? [];
  }
  return [];
}

/** Sends the case and its desk details with the clerk's session. */
export async function sendFromDesk(
  intake: unknown,
  desk: unknown,
  key: string,
  lang: string,
): Promise<DeskReceipt> {
  const token = await session.fresh();
  const res = await fetch('/api/cases', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'accept-language': lang,
      'idempotency-key': key,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ intake, desk }),
  });
  const body = await res.json();
  if (!res.ok) throw new ApiError(body);
  return body as DeskReceipt;
}

/** What the clerk does with the receipt: hand it over, or post it with the acknowledgement. */
export function deskReceiptNote(r: DeskReceipt, L: (vi: string, en: string) => string) {
  return h(
    'section',
    // The slip printed for the person carries their code, not the desk's note.
    { class: 'card no-print' },
    h('h2', {}, L('Sổ tiếp công dân', 'Citizen-reception register')),
    h(
      'p',
      {},
      L(
        `Đã ghi vào sổ, số thứ tự ${r.registerNumber}. In phiếu này để trao tận tay người gửi đơn, hoặc gửi kèm giấy báo nhận đơn qua bưu chính. Mã tra cứu không được lưu lại và không thể cấp lại.`,
        `Entered in the register as number ${r.registerNumber}. Print this slip to hand to the person, or post it with the acknowledgement. The receipt code is kept nowhere and cannot be issued again.`,
      ),
    ),
    h(
      'a',
      { class: 'button secondary no-print', href: '/staff/#/register' },
      L('Mở sổ tiếp công dân', 'Open the register'),
    ),
  );
}

/**
 * A form per case action. Fields are built from the procedure's options (grounds, outcomes), and the
 * payload is validated with the same zod contract the API uses before it is sent.
 */

import { h, type JSX } from 'preact';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { GetEligibleStaff } from '../../shared/api/routes/cases.js';
import { type ActionName, actionSchemas } from '../../shared/domain/actions.js';
import { checkDraft, type Draft } from '../../shared/domain/decision.js';
import { DomainError } from '../../shared/domain/errors.js';
import { issuesFromZod, issueText, message } from '../../shared/domain/messages.js';
import { currentLang, L, text } from '../src/i18n.js';
import type { DocumentRules } from './decision.js';

type Option = { code: string; label: { vi: string; en: string } };

export interface Procedure {
  outcomes: Option[];
  suspensionGrounds: Option[];
  screeningGrounds: Option[];
  terminationGrounds: Option[];
  findingOnFirstDecision: boolean;
  document: DocumentRules;
}

type Eligible = ResponseOf<typeof GetEligibleStaff>;

/** What a form needs to know of the case beyond the procedure. */
export interface FormContext {
  dialogues: number;
  /** Who may be assigned, with their caseload (loaded when the assign form opens). */
  eligible?: Eligible;
  /** The draft last returned by the chair (or the current proposal), to start from. */
  previousDraft?: Record<string, string>;
  /** The other committees that use Công Minh (loaded when the transfer form opens). */
  committees?: Option[];
}

interface FieldBase {
  name: string;
  label: [string, string];
  optional?: boolean;
  /** A starting value (a returned draft, the law's wording); selects start empty unless given one. */
  value?: string;
  hint?: string;
}

export type Field =
  | (FieldBase & { type: 'text' | 'textarea' | 'date' | 'number' })
  | (FieldBase & { type: 'select'; options: Option[] })
  | (FieldBase & { type: 'list' })
  | (FieldBase & { type: 'staff'; staff: Eligible });

/** The draft's parts as form fields, named `draft.<part>`, required as the profile says. */
function draftFields(p: Procedure, ctx: FormContext): Field[] {
  return p.document.parts.map((part) => ({
    name: `draft.${part.code}`,
    label: [part.label.vi, part.label.en] as [string, string],
    type: 'textarea' as const,
    // A part kept for some outcomes (a settlement's terms) is checked once the outcome is chosen.
    optional:
      Boolean(part.onlyFor) ||
      !(part.required === 'always' || (part.required === 'if_dialogue' && ctx.dialogues > 0)),
    value: ctx.previousDraft?.[part.code] ?? part.template?.[currentLang()],
    hint: part.onlyFor
      ? `${part.basis} · ${currentLang() === 'vi' ? 'khi kết quả là' : 'when the outcome is'}: ${part.onlyFor
          .map((o) => text(p.outcomes.find((x) => x.code === o)?.label) || o)
          .join(', ')}`
      : part.basis,
  }));
}

const reason: Field = { name: 'reason', label: ['Lý do', 'Reason'], type: 'textarea' };
const note: Field = { name: 'note', label: ['Ghi chú', 'Note'], type: 'textarea', optional: true };
const opt = (code: string, vi: string, en: string): Option => ({ code, label: { vi, en } });

/** A ground chosen from the procedure's list, and the reason (suspend, terminate, lengthen screening). */
const groundAndReason = (label: [string, string], options: Option[]): Field[] => [
  { name: 'ground', label, type: 'select', options },
  reason,
];

export const actionLabels: Record<ActionName, [string, string]> = {
  accept: ['Thụ lý', 'Accept'],
  reject: ['Không thụ lý', 'Reject'],
  transfer: ['Chuyển đơn', 'Transfer'],
  split: ['Tách đơn', 'Split'],
  mark_duplicate: ['Đánh dấu đơn trùng', 'Mark duplicate'],
  assign: ['Phân công', 'Assign'],
  claim: ['Nhận xử lý', 'Claim'],
  add_note: ['Thêm ghi chú', 'Add note'],
  add_evidence: ['Thêm chứng cứ', 'Add evidence'],
  request_info: ['Đề nghị bổ sung thông tin', 'Request information'],
  record_dialogue: ['Ghi biên bản đối thoại', 'Record dialogue'],
  extend: ['Gia hạn', 'Extend'],
  suspend: ['Tạm đình chỉ', 'Suspend'],
  resume: ['Tiếp tục giải quyết', 'Resume'],
  propose_decision: ['Dự thảo kết luận', 'Propose decision'],
  return_decision: ['Trả lại dự thảo', 'Return decision'],
  approve_decision: ['Phê duyệt kết luận', 'Approve decision'],
  notify: ['Thông báo', 'Notify'],
  close: ['Kết thúc hồ sơ', 'Close'],
  reopen: ['Mở lại', 'Reopen'],
  terminate: ['Đình chỉ', 'Terminate'],
  continue_case: ['Tiếp tục dù có yêu cầu rút', 'Continue despite withdrawal'],
  recuse: ['Từ chối tham gia (xung đột lợi ích)', 'Recuse myself'],
  exclude_staff: ['Loại cán bộ khỏi vụ việc', 'Exclude a staff member'],
  withdraw: ['Rút đơn', 'Withdraw'],
  link_first_instance: ['Liên kết lần đầu', 'Link first instance'],
  recount_deadlines: ['Tính lại thời hạn', 'Count deadlines again'],
  lengthen_screening: [
    'Kéo dài thời hạn phân loại (xác minh nhiều nơi, ủy quyền)',
    'Longer screening (several places, delegated)',
  ],
};

export function fieldsFor(
  action: ActionName,
  p: Procedure,
  rejectionGrounds: Option[],
  ctx: FormContext = { dialogues: 0 },
): Field[] {
  switch (action) {
    case 'accept':
      return [
        {
          name: 'complexity',
          label: ['Mức độ phức tạp', 'Complexity'],
          type: 'select',
          value: 'normal',
          options: [
            opt('normal', 'Bình thường', 'Normal'),
            opt('complex', 'Phức tạp', 'Complex'),
            opt('especially_complex', 'Đặc biệt phức tạp', 'Especially complex'),
          ],
        },
        note,
      ];
    case 'reject':
      return [
        {
          name: 'ground',
          label: ['Căn cứ không thụ lý', 'Ground'],
          type: 'select',
          options: rejectionGrounds,
        },
        reason,
      ];
    case 'transfer':
      return [
        {
          name: 'toCommittee',
          label: ['Chuyển đến cơ quan trong hệ thống', 'To a committee in the system'],
          type: 'select',
          optional: true,
          options: ctx.committees ?? [],
          hint:
            currentLang() === 'vi'
              ? 'Hồ sơ, nhật ký và mã tra cứu đi cùng đơn; cơ quan nhận phân loại lại từ đầu.'
              : 'The file, its trail and the receipt go with it; that committee screens it afresh.',
        },
        {
          name: 'toBody',
          label: ['Hoặc: cơ quan ngoài hệ thống', 'Or: a body outside the system'],
          type: 'text',
          optional: true,
          hint:
            currentLang() === 'vi'
              ? 'Đơn kết thúc ở đây, kèm phiếu chuyển đơn.'
              : 'The case ends here, with the transfer slip.',
        },
        reason,
      ];
    case 'mark_duplicate':
      return [
        { name: 'duplicateOf', label: ['Trùng với số tham chiếu', 'Duplicate of reference'], type: 'text' },
        reason,
      ];
    case 'split':
      return [
        { name: 'part1kind', label: ['Phần 1: loại', 'Part 1: kind'], type: 'select', options: kinds },
        { name: 'part1', label: ['Phần 1: nội dung', 'Part 1: content'], type: 'textarea' },
        { name: 'part2kind', label: ['Phần 2: loại', 'Part 2: kind'], type: 'select', options: kinds },
        { name: 'part2', label: ['Phần 2: nội dung', 'Part 2: content'], type: 'textarea' },
        reason,
      ];
    case 'assign':
      return [
        ctx.eligible
          ? {
              name: 'assignees',
              label: ['Người xác minh', 'Who verifies'],
              type: 'staff',
              staff: ctx.eligible,
            }
          : {
              name: 'assignees',
              label: ['Cán bộ (tên đăng nhập, cách nhau bởi dấu phẩy)', 'Staff (usernames, comma-separated)'],
              type: 'list',
            },
        note,
      ];
    case 'add_note':
      return [{ name: 'text', label: ['Ghi chú nội bộ', 'Internal note'], type: 'textarea' }];
    case 'add_evidence':
      return [
        { name: 'description', label: ['Mô tả chứng cứ', 'Evidence'], type: 'textarea' },
        { name: 'source', label: ['Nguồn', 'Source'], type: 'text', optional: true },
      ];
    case 'request_info':
      return [
        {
          name: 'question',
          label: ['Nội dung đề nghị (người gửi đơn sẽ thấy)', 'Question (the filer will see it)'],
          type: 'textarea',
        },
      ];
    case 'record_dialogue':
      return [
        { name: 'heldOn', label: ['Ngày đối thoại', 'Held on'], type: 'date' },
        { name: 'participants', label: ['Số người tham dự', 'Participants'], type: 'number' },
        { name: 'summary', label: ['Nội dung biên bản', 'Minutes'], type: 'textarea' },
        { name: 'agreement', label: ['Kết quả thống nhất', 'Agreement'], type: 'textarea', optional: true },
      ];
    case 'extend':
      return [
        reason,
        {
          name: 'decisionRef',
          label: ['Số quyết định gia hạn', 'Decision number'],
          type: 'text',
          optional: true,
        },
      ];
    case 'lengthen_screening':
      return groundAndReason(
        ['Căn cứ kéo dài thời hạn phân loại', 'Ground for the longer period'],
        p.screeningGrounds,
      );
    case 'suspend':
      return groundAndReason(['Căn cứ tạm đình chỉ', 'Ground'], p.suspensionGrounds);
    case 'terminate':
      return groundAndReason(['Căn cứ đình chỉ', 'Ground'], p.terminationGrounds);
    case 'propose_decision':
      return [
        { name: 'outcome', label: ['Kết quả', 'Outcome'], type: 'select', options: p.outcomes },
        ...(p.findingOnFirstDecision
          ? [
              {
                name: 'firstDecisionFinding',
                label: ['Đối với quyết định lần đầu', 'On the first decision'] as [string, string],
                type: 'select' as const,
                options: [
                  opt('kept', 'Giữ nguyên', 'Kept'),
                  opt('amended', 'Sửa đổi', 'Amended'),
                  opt('annulled', 'Hủy bỏ', 'Annulled'),
                ],
              },
            ]
          : []),
        ...draftFields(p, ctx),
      ];
    case 'resume':
    case 'approve_decision':
    case 'close':
      return [note];
    case 'return_decision':
    case 'reopen':
    case 'continue_case':
    case 'recuse':
      return [reason];
    case 'exclude_staff':
      return [
        { name: 'staffId', label: ['Tên đăng nhập của cán bộ', 'Staff username'], type: 'text' },
        reason,
      ];
    default:
      return [];
  }
}

const kinds = [
  opt('complaint', 'Khiếu nại', 'Complaint'),
  opt('denunciation', 'Tố cáo', 'Denunciation'),
  opt('petition', 'Kiến nghị', 'Petition'),
  opt('dispute', 'Tranh chấp', 'Dispute'),
];

const exclusionBasis: Record<Eligible['excluded'][number]['basis'], [string, string]> = {
  named_in_case: ['có tên trong đơn', 'named in the case'],
  recused: ['đã tự từ chối', 'recused'],
  excluded_by_chair: ['bị loại khỏi vụ việc', 'excluded by the chair'],
};

/**
 * The committee's investigators to choose from, the least loaded first, each with their open and
 * overdue cases; those who may not work on this case are listed apart with the reason.
 */
function StaffChoices({
  f,
  id,
  error,
}: {
  f: FieldBase & { staff: Eligible };
  id: string;
  error?: string;
}): JSX.Element {
  const { items, excluded } = f.staff;
  const err = `${id}-${f.name}-err`;
  return h(
    'fieldset',
    { class: 'field staff-choices', 'aria-describedby': err },
    h('legend', {}, f.label[currentLang() === 'vi' ? 0 : 1]),
    items.length
      ? h(
          'ul',
          { class: 'choices' },
          ...items.map((m) =>
            h(
              'li',
              {},
              h(
                'label',
                {},
                h('input', {
                  type: 'checkbox',
                  name: f.name,
                  value: m.username,
                  defaultChecked: m.assigned,
                }),
                ` ${m.displayName} `,
                h('span', { class: 'muted' }, `(${m.username})`),
                h(
                  'span',
                  { class: m.overdueCases ? 'load late' : 'load' },
                  L(
                    ` · ${m.liveCases} việc đang giải quyết${m.overdueCases ? `, ${m.overdueCases} quá hạn` : ''}`,
                    ` · ${m.liveCases} open case${m.liveCases === 1 ? '' : 's'}${m.overdueCases ? `, ${m.overdueCases} overdue` : ''}`,
                  ),
                ),
              ),
            ),
          ),
        )
      : h(
          'p',
          { class: 'warning' },
          L(
            'Không có cán bộ nào của cơ quan có thể được phân công vụ việc này.',
            'Nobody in this committee may be assigned to this case.',
          ),
        ),
    excluded.length
      ? h(
          'p',
          { class: 'muted small' },
          L('Không được phân công: ', 'May not be assigned: '),
          excluded
            .map((m) => `${m.displayName} (${exclusionBasis[m.basis][currentLang() === 'vi' ? 0 : 1]})`)
            .join('; '),
        )
      : null,
    h('p', { class: 'field-error', id: err, role: 'alert' }, error),
  );
}

/**
 * One field of an action form, with the message the check or the API gave it. Inputs keep what the
 * person typed (their starting value is a default, never set again by a re-render).
 */
export function FormField({ f, id, error }: { f: Field; id: string; error?: string }): JSX.Element {
  if (f.type === 'staff') return h(StaffChoices, { f, id, error });
  const label = f.label[currentLang() === 'vi' ? 0 : 1];
  const common = {
    id: `${id}-${f.name}`,
    name: f.name,
    required: !f.optional,
    'aria-describedby': `${id}-${f.name}-err`,
  };
  let input: JSX.Element;
  if (f.type === 'select') {
    // Nothing is chosen for the person: an outcome or a ground is always their own choice.
    input = h(
      'select',
      common,
      h(
        'option',
        { value: '', selected: f.value === undefined },
        currentLang() === 'vi' ? '— Chọn —' : '— Choose —',
      ),
      ...f.options.map((o) => h('option', { value: o.code, selected: o.code === f.value }, text(o.label))),
    );
  } else if (f.type === 'textarea') {
    input = h('textarea', {
      ...common,
      rows: f.name.startsWith('draft.') ? 4 : 3,
      defaultValue: f.value,
    });
  } else {
    input = h('input', {
      ...common,
      type: f.type === 'list' ? 'text' : f.type,
      ...(f.type === 'number' ? { min: 1 } : {}),
    });
  }
  return h(
    'div',
    { class: 'field' },
    h(
      'label',
      { for: `${id}-${f.name}` },
      label,
      f.optional ? h('span', { class: 'muted' }, currentLang() === 'vi' ? ' (nếu có)' : ' (if any)') : null,
    ),
    f.hint ? h('p', { class: 'muted small' }, f.hint) : null,
    input,
    h('p', { class: 'field-error', id: `${id}-${f.name}-err`, role: 'alert' }, error),
  );
}

/** Reads the form into the action's payload shape. */
export function payloadOf(
  action: ActionName,
  form: HTMLFormElement,
  fields: Field[],
): Record<string, unknown> {
  const data = new FormData(form);
  const out: Record<string, unknown> = { action };
  for (const f of fields) {
    if (f.type === 'staff') {
      out[f.name] = data.getAll(f.name).map(String);
      continue;
    }
    const raw = String(data.get(f.name) ?? '').trim();
    if (raw === '' && f.optional) continue;
    if (f.type === 'number') out[f.name] = Number(raw);
    else if (f.type === 'list')
      out[f.name] = raw
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    else out[f.name] = raw;
  }
  const draft = Object.entries(out).filter(([k]) => k.startsWith('draft.'));
  if (draft.length) {
    out.draft = Object.fromEntries(draft.map(([k, v]) => [k.slice('draft.'.length), v]));
    for (const [k] of draft) delete out[k];
  }
  if (action === 'split') {
    out.parts = [
      { kind: out.part1kind, content: out.part1 },
      { kind: out.part2kind, content: out.part2 },
    ];
    for (const k of ['part1kind', 'part1', 'part2kind', 'part2']) delete out[k];
  }
  return out;
}

/**
 * The API's own contract, checked before sending, and for a draft the parts the law requires for the
 * chosen outcome (the same check the core makes); returns field → message in the page's language.
 */
export function validate(
  action: ActionName,
  payload: Record<string, unknown>,
  expectedVersion: number,
  ctx?: { procedure: Procedure; dialogues: number; fields?: Field[] },
): Record<string, string> {
  const msgs: Record<string, string> = {};
  // An empty list asks to choose; an empty box to fill it in.
  const isChoice = (key: string) => ctx?.fields?.some((f) => f.name === key && f.type === 'select') ?? true;
  const keyOf = (path: readonly PropertyKey[]) =>
    path[0] === 'draft' && path[1] !== undefined ? `draft.${String(path[1])}` : String(path[0] ?? '');
  const r = actionSchemas[action].safeParse({ ...payload, expectedVersion });
  if (!r.success) {
    for (const i of issuesFromZod(r.error)) {
      const key = keyOf(i.path);
      msgs[key === 'parts' ? 'part1' : key] ??=
        payload[key] === ''
          ? (message(isChoice(key) ? 'choose' : 'required', currentLang()) ?? '')
          : issueText(i, currentLang());
    }
  }
  if (action === 'propose_decision' && ctx && typeof payload.outcome === 'string' && payload.outcome) {
    try {
      checkDraft((payload.draft ?? {}) as Draft, ctx.procedure.document, ctx, payload.outcome);
    } catch (e) {
      for (const i of e instanceof DomainError ? (e.issues ?? []) : [])
        msgs[keyOf(i.path)] ??= issueText(i, currentLang());
    }
  }
  return msgs;
}

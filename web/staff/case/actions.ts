/**
 * The actions the signed-in person may take now, and the form of the one they open. The form checks
 * itself with the API's own contract, shows each message beside its field, and on a conflict (someone
 * acted first) keeps what was typed, says what changed and sends on the new version when resent.
 */
import { h, type JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResponseOf } from '../../../shared/api/route-def.js';
import type { GetEligibleStaff } from '../../../shared/api/routes/cases.js';
import type { GetPublicCommittees } from '../../../shared/api/routes/public.js';
import type { ActionName } from '../../../shared/domain/actions.js';
import { ApiError, api, problemText } from '../../src/api.js';
import { formatTime } from '../../src/dates.js';
import { currentLang, L, status, t } from '../../src/i18n.js';
import { actionLabels, type Field, FormField, fieldsFor, payloadOf, validate } from '../forms.js';
import type { CaseDetail, CaseJson, WorkedCase } from './types.js';

const label = (a: ActionName) => actionLabels[a][currentLang() === 'vi' ? 0 : 1];

/** What changed between the case the form was opened on and the case now, in words. */
function changesOf(c: CaseJson, now: CaseJson): string[] {
  const changes: string[] = [];
  if (now.status !== c.status) changes.push(`${status(c.status)} → ${status(now.status)}`);
  if (now.proposal?.outcome !== c.proposal?.outcome && now.proposal)
    changes.push(L('KẾT QUẢ ĐỀ XUẤT đã đổi', 'THE PROPOSED OUTCOME changed'));
  if (now.proposal?.documentHash !== c.proposal?.documentHash)
    changes.push(L('bản dự thảo đã khác', 'the draft is different'));
  if (now.publicMessages?.length !== c.publicMessages?.length)
    changes.push(L('có tin nhắn mới', 'a new message'));
  if ((now.assignees ?? []).join() !== (c.assignees ?? []).join())
    changes.push(`${t('assignees')}: ${(now.assignees ?? []).join(', ') || '—'}`);
  if (changes.length === 0) changes.push(`${L('phiên bản', 'version')} ${c.version} → ${now.version}`);
  return changes;
}

interface Conflict {
  changes: string[];
  draftChanged: boolean;
}

function ConflictNote({ conflict, onReload }: { conflict: Conflict; onReload: () => void }): JSX.Element {
  return h(
    'div',
    { class: 'warning' },
    h('p', {}, t('conflict'), ` ${conflict.changes.join('; ')}.`),
    h(
      'p',
      {},
      conflict.draftChanged
        ? L('Hãy đọc lại bản dự thảo mới trước khi phê duyệt.', 'Read the new draft before approving.')
        : L(
            'Nội dung bạn đã nhập vẫn còn; bấm Xác nhận để gửi lại trên phiên bản mới.',
            'What you typed is kept; press Confirm to send it again on the new version.',
          ),
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', onClick: onReload },
      L('Tải lại vụ việc', 'Reload the case'),
    ),
  );
}

function ActionForm({
  action,
  fields,
  detail,
  onDone,
  onCancel,
  onReload,
}: {
  action: ActionName;
  fields: Field[];
  detail: WorkedCase;
  onDone: () => Promise<void>;
  onCancel: () => void;
  onReload: () => void;
}): JSX.Element {
  const c = detail.case;
  const caseId = c.caseId;
  /** The version the form will send; a 409 moves it on, so the typed text can be resent. */
  const version = useRef(c.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    (form.current?.querySelector('input, select, textarea, button') as HTMLElement | null)?.focus();
  }, []);
  // The approval names exactly the draft shown above it (dual control over what is signed).
  const fixed = action === 'approve_decision' ? { documentHash: c.proposal?.documentHash } : {};
  const id = `f-${action}`;

  /** Someone else acted first: say what changed; an approval whose draft changed must be read again. */
  const explainConflict = async () => {
    const now = (await api<CaseDetail>(`/cases/${caseId}`)).case;
    // No longer theirs to work on (reassigned while the form was open): show what they may see now.
    if ('summaryOnly' in now) return onReload();
    const draftChanged =
      action === 'approve_decision' && now.proposal?.documentHash !== c.proposal?.documentHash;
    if (!draftChanged) version.current = now.version;
    setConflict({ changes: changesOf(c, now), draftChanged });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setFormError('');
    const payload = { ...payloadOf(action, e.currentTarget as HTMLFormElement, fields), ...fixed };
    const problems = validate(action, payload, version.current, {
      procedure: detail.procedure,
      dialogues: c.dialogues ?? 0,
      fields,
    });
    setErrors(problems);
    if (Object.keys(problems).length) return;
    try {
      await api(`/cases/${caseId}/actions`, { body: { ...payload, expectedVersion: version.current } });
      await onDone();
    } catch (x) {
      if (x instanceof ApiError && x.problem.status === 409) return explainConflict();
      const fieldErrors = x instanceof ApiError ? (x.problem.errors ?? []) : [];
      setErrors(
        Object.fromEntries(
          fieldErrors.map((fe) => [
            fe.path.startsWith('draft.') ? fe.path : fe.path.split('.')[0]!,
            fe.message,
          ]),
        ),
      );
      setFormError(
        fieldErrors.length
          ? L('Hãy sửa các mục được đánh dấu.', 'Please correct the marked fields.')
          : problemText(x, t('error')),
      );
    }
  };

  return h(
    'form',
    {
      ref: form,
      class: 'action-form',
      // The API's own contract checks the form and says what is wrong next to each field.
      noValidate: true,
      'aria-label': label(action),
      onSubmit: (e: Event) => void submit(e),
    },
    h('h3', {}, label(action)),
    action === 'approve_decision' && c.proposal
      ? h(
          'p',
          { class: 'muted small' },
          L(
            `Bạn phê duyệt đúng bản dự thảo ở trên (SHA-256 ${c.proposal.documentHash.slice(0, 16)}…). Khi phê duyệt, văn bản được cấp số và ban hành.`,
            `You approve exactly the draft above (SHA-256 ${c.proposal.documentHash.slice(0, 16)}…). Approval numbers and issues the document.`,
          ),
        )
      : null,
    action === 'propose_decision' && c.returnedProposal
      ? h(
          'div',
          { class: 'warning' },
          h(
            'p',
            {},
            h('strong', {}, L('Dự thảo trước bị trả lại: ', 'The last draft was returned: ')),
            c.returnedProposal.reason,
          ),
          h(
            'p',
            { class: 'small muted' },
            `${c.returnedProposal.returnedBy}, ${formatTime(c.returnedProposal.returnedAt)}`,
          ),
        )
      : null,
    fields.map((f) => h(FormField, { key: f.name, f, id, error: errors[f.name] })),
    h('div', { role: 'status' }, conflict ? h(ConflictNote, { conflict, onReload }) : null),
    h('p', { class: 'error', role: 'alert' }, formError),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit' }, t('submit')),
      h('button', { type: 'button', class: 'secondary', onClick: onCancel }, t('cancel')),
    ),
  );
}

/** The fields of an action's form, with what they need loaded: who may be assigned, where to transfer. */
async function fieldsOf(action: ActionName, detail: WorkedCase): Promise<Field[]> {
  const c = detail.case;
  // Assigning is choosing from the committee's investigators, with what each has on hand.
  const eligible =
    action === 'assign'
      ? await api<ResponseOf<typeof GetEligibleStaff>>(`/cases/${c.caseId}/eligible-staff`)
      : undefined;
  // Transferring offers the other committees that use Công Minh, by name.
  let committees: { code: string; label: { vi: string; en: string } }[] | undefined;
  if (action === 'transfer') {
    const all = await api<ResponseOf<typeof GetPublicCommittees>>('/public/committees').catch(() => null);
    committees = (all?.items ?? [])
      .filter((x) => x.committeeId !== c.committee)
      .map((x) => ({ code: x.committeeId, label: x.name }));
  }
  return fieldsFor(action, detail.procedure, detail.rejectionGrounds, {
    dialogues: c.dialogues ?? 0,
    previousDraft: c.proposal?.draft ?? c.returnedProposal?.draft,
    eligible,
    committees,
  });
}

export function Actions({
  detail,
  onDone,
  onReload,
}: {
  detail: WorkedCase;
  onDone: () => Promise<void>;
  onReload: () => void;
}): JSX.Element {
  const [open, setOpen] = useState<{ action: ActionName; fields: Field[] } | string | null>(null);
  const openForm = async (action: ActionName) => {
    try {
      setOpen({ action, fields: await fieldsOf(action, detail) });
    } catch (x) {
      setOpen(problemText(x, t('error')));
    }
  };
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'actions-h' },
    h('h2', { id: 'actions-h' }, t('actions')),
    detail.allowedActions.length
      ? h(
          'div',
          { class: 'buttons' },
          detail.allowedActions.map((a) =>
            h(
              'button',
              { key: a, type: 'button', class: 'action', 'data-action': a, onClick: () => void openForm(a) },
              label(a),
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('noActions')),
    h(
      'div',
      {},
      typeof open === 'string'
        ? h('p', { class: 'error', role: 'alert' }, open)
        : open
          ? h(ActionForm, {
              key: open.action,
              action: open.action,
              fields: open.fields,
              detail,
              onDone,
              onCancel: () => setOpen(null),
              onReload,
            })
          : null,
    ),
  );
}

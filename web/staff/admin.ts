/** Admin pages: staff (roles and committees) and committees (with their procedure profile). */

import { h, type JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type {
  GetCommittees,
  GetGrants,
  GetStaff,
  PostPasswordReset,
  PutStaff,
} from '../../shared/api/routes/admin.js';
import { staffRoles } from '../../shared/domain/actor.js';
import { api, problemText, session } from '../src/api.js';
import { currentLang, L, t } from '../src/i18n.js';
import { show, useFocusMain, useLoad } from '../src/ui.js';

/** Each role in words: what the person does, not a group name. */
const roleNames: Record<string, [string, string]> = {
  intake: ['Cán bộ tiếp nhận, phân loại đơn', 'Intake clerk'],
  investigator: ['Cán bộ xác minh', 'Investigator'],
  chair: ['Chủ nhiệm (phân công, phê duyệt)', 'Chair (assigns, approves)'],
  leadership: ['Lãnh đạo (xem số liệu)', 'Leadership (figures)'],
  auditor: ['Kiểm tra nhật ký', 'Auditor (audit trails)'],
  admin: ['Quản trị tài khoản', 'Administrator (accounts)'],
};
const roleName = (r: string) => (roleNames[r] ? L(...roleNames[r]) : r);

type Staff = ResponseOf<typeof GetStaff>;
type Member = Staff['items'][number];
type Committees = ResponseOf<typeof GetCommittees>;

function field(id: string, label: string, input: JSX.Element): JSX.Element {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

function CommitteeForm({ onSaved }: { onSaved: (flash: string) => Promise<void> }): JSX.Element {
  const [err, setErr] = useState('');
  return h(
    'form',
    {
      class: 'card',
      'aria-label': L('Thêm hoặc sửa ủy ban', 'Add or edit a committee'),
      onSubmit: async (e: Event) => {
        e.preventDefault();
        const d = new FormData(e.currentTarget as HTMLFormElement);
        const id = String(d.get('committeeId') ?? '').trim();
        try {
          await api(`/admin/committees/${encodeURIComponent(id)}`, {
            method: 'PUT',
            body: {
              name: { vi: String(d.get('nameVi') ?? ''), en: String(d.get('nameEn') ?? '') },
              profileId: String(d.get('profileId') ?? 'vn-state-law'),
              // How its documents are headed and signed; empty means the defaults.
              ...(String(d.get('symbol') ?? '').trim() ? { symbol: String(d.get('symbol')).trim() } : {}),
              ...(String(d.get('place') ?? '').trim() ? { place: String(d.get('place')).trim() } : {}),
              collective: d.get('collective') === 'on',
            },
          });
          await onSaved(t('saved'));
        } catch (x) {
          setErr(problemText(x, t('error')));
        }
      },
    },
    h('h2', {}, L('Thêm hoặc sửa ủy ban', 'Add or edit a committee')),
    field(
      'c-id',
      L('Mã ủy ban', 'Committee id'),
      h('input', { id: 'c-id', name: 'committeeId', required: true, pattern: '[a-z0-9\\-]{2,40}' }),
    ),
    field(
      'c-vi',
      L('Tên (tiếng Việt)', 'Name (Vietnamese)'),
      h('input', { id: 'c-vi', name: 'nameVi', required: true }),
    ),
    field(
      'c-en',
      L('Tên (tiếng Anh)', 'Name (English)'),
      h('input', { id: 'c-en', name: 'nameEn', required: true }),
    ),
    field(
      'c-profile',
      L('Quy trình', 'Procedure'),
      h(
        'select',
        { id: 'c-profile', name: 'profileId' },
        h('option', { value: 'vn-state-law' }, L('Pháp luật nhà nước', 'State law')),
        h(
          'option',
          { value: 'vn-party-inspection' },
          L('Kiểm tra của Đảng, đoàn thể (ngày làm việc)', 'Party / associations (working days)'),
        ),
      ),
    ),
    field(
      'c-symbol',
      L('Ký hiệu trên số văn bản (vd. UBKT1)', 'Symbol in document numbers (e.g. UBKT1)'),
      h('input', { id: 'c-symbol', name: 'symbol', pattern: '[A-ZĐ0-9\\-]{1,20}' }),
    ),
    field(
      'c-place',
      L('Địa danh trên văn bản', 'Place named on documents'),
      h('input', { id: 'c-place', name: 'place' }),
    ),
    h(
      'div',
      { class: 'field' },
      h(
        'label',
        {},
        h('input', { type: 'checkbox', name: 'collective', defaultChecked: true }),
        L(' Cơ quan tập thể (ký "TM.")', ' A collective body (signs "TM.")'),
      ),
    ),
    h('p', { class: 'error', role: 'alert' }, err),
    h('button', { type: 'submit' }, t('submit')),
  );
}

/**
 * One form for a new account and one for an existing one (issue 13 §7): the new-account form never
 * overwrites an account (it sends If-None-Match: *, and checks the list first); editing shows the
 * member's current roles and committees, the username fixed, and no password (a reset is its own act).
 */
function StaffForm({
  member,
  staff,
  committees,
  onSaved,
  onCancel,
}: {
  member?: Member;
  staff: Staff;
  committees: Committees;
  onSaved: (flash: string) => Promise<void>;
  onCancel?: () => void;
}): JSX.Element {
  const [err, setErr] = useState('');
  const id = member ? 'e' : 'a';
  const form = useRef<HTMLFormElement>(null);
  // An edit form opens on its first field.
  useEffect(() => {
    if (member) form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [member]);
  return h(
    'form',
    {
      ref: form,
      class: 'card',
      'aria-label': member
        ? L(`Sửa ${member.username}`, `Edit ${member.username}`)
        : L('Thêm cán bộ', 'Add staff'),
      onSubmit: async (e: Event) => {
        e.preventDefault();
        const d = new FormData(e.currentTarget as HTMLFormElement);
        const username = member?.username ?? String(d.get('username') ?? '').trim();
        const password = String(d.get('initialPassword') ?? '');
        if (!member && staff.items.some((x) => x.username === username)) {
          setErr(
            L(
              `Đã có tài khoản ${username}: hãy sửa ở dòng của tài khoản đó trong danh sách.`,
              `${username} already exists: edit it from its row in the list.`,
            ),
          );
          return;
        }
        try {
          const r = await api<ResponseOf<typeof PutStaff>>(`/admin/staff/${encodeURIComponent(username)}`, {
            method: 'PUT',
            headers: member ? {} : { 'if-none-match': '*' },
            body: {
              displayName: String(d.get('displayName') ?? ''),
              groups: d.getAll('groups').map(String),
              committees: d.getAll('committees').map(String),
              ...(password ? { initialPassword: password } : {}),
            },
          });
          await onSaved(
            r.pendingGrant
              ? L(
                  'Đã lưu. Quyền chủ nhiệm/quản trị (hoặc ủy ban mới của chủ nhiệm) chờ một quản trị viên khác phê duyệt.',
                  'Saved. The chair/admin grant (or a chair’s new committee) waits for another admin’s approval.',
                )
              : t('saved'),
          );
        } catch (x) {
          setErr(problemText(x, t('error')));
        }
      },
    },
    h(
      'h2',
      {},
      member ? L(`Sửa ${member.username}`, `Edit ${member.username}`) : L('Thêm cán bộ', 'Add staff'),
    ),
    member
      ? null
      : field(
          `${id}-username`,
          t('username'),
          h('input', {
            id: `${id}-username`,
            name: 'username',
            required: true,
            pattern: '[a-z0-9._\\-]{2,64}',
          }),
        ),
    field(
      `${id}-display`,
      L('Họ tên, chức vụ', 'Name and title'),
      h('input', {
        id: `${id}-display`,
        name: 'displayName',
        required: true,
        defaultValue: member?.displayName ?? '',
      }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, L('Vai trò', 'Roles')),
      ...staffRoles.map((r) =>
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            name: 'groups',
            value: r,
            defaultChecked: member?.groups.includes(r) ?? false,
          }),
          ` ${roleName(r)}`,
        ),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, L('Ủy ban', 'Committees')),
      ...committees.items.map((c) =>
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            name: 'committees',
            value: c.committeeId,
            defaultChecked: member?.committees.includes(c.committeeId) ?? false,
          }),
          ` ${c.name[currentLang()]}`,
        ),
      ),
    ),
    member
      ? null
      : field(
          `${id}-password`,
          L('Mật khẩu ban đầu (≥ 12 ký tự)', 'Initial password (12+ characters)'),
          h('input', {
            id: `${id}-password`,
            name: 'initialPassword',
            type: 'password',
            autocomplete: 'new-password',
            required: true,
          }),
        ),
    h('p', { class: 'error', role: 'alert' }, err),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit' }, t('submit')),
      onCancel
        ? h('button', { type: 'button', class: 'secondary', onClick: onCancel }, L('Hủy', 'Cancel'))
        : null,
    ),
  );
}

const loadAdmin = () =>
  Promise.all([
    api<Staff>('/admin/staff'),
    api<Committees>('/admin/committees'),
    api<ResponseOf<typeof GetGrants>>('/admin/grants'),
  ]);

export function AdminView(): JSX.Element | null {
  const loaded = useLoad(loadAdmin, []);
  const [flash, setFlash] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<Member | null>(null);
  // The new-account form starts empty again after each save.
  const [round, setRound] = useState(0);
  useFocusMain(loaded.data !== undefined);
  const me = session.claims()?.username;
  const saved = async (message: string) => {
    setEditing(null);
    setRound((n) => n + 1);
    setNotice('');
    setFlash(message);
    await loaded.reload();
  };
  return show(loaded, ([staff, committees, grants]) => [
    h('h1', {}, L('Quản trị', 'Administration')),
    flash ? h('p', { class: 'flash', role: 'status' }, flash) : null,
    h(
      'section',
      { class: 'card' },
      h('h2', {}, L('Cán bộ', 'Staff')),
      h(
        'div',
        // On a phone the table scrolls in its own box, never the page.
        { class: 'scroll-x', role: 'region', 'aria-label': L('Cán bộ', 'Staff'), tabIndex: 0 },
        h(
          'table',
          { class: 'queue' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [t('username'), L('Họ tên', 'Name'), L('Vai trò', 'Roles'), L('Ủy ban', 'Committees'), ''].map(
                (x) => h('th', { scope: 'col' }, x),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            staff.items.map((s) =>
              h(
                'tr',
                {},
                h('td', {}, s.username),
                h('td', {}, s.displayName),
                h('td', {}, s.groups.map((g) => roleName(g)).join(', ')),
                h('td', {}, s.committees.join(', ')),
                h(
                  'td',
                  {},
                  h(
                    'button',
                    {
                      type: 'button',
                      onClick: () => setEditing(s),
                    },
                    L('Sửa', 'Edit'),
                  ),
                  ' ',
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'secondary',
                      onClick: async () => {
                        try {
                          const r = await api<ResponseOf<typeof PostPasswordReset, 201>>(
                            `/admin/staff/${encodeURIComponent(s.username)}/password-reset`,
                            { method: 'POST' },
                          );
                          setNotice(
                            r.temporaryPassword
                              ? L(
                                  `Mật khẩu tạm của ${s.username} (trao tận tay; phải đổi khi đăng nhập): ${r.temporaryPassword}`,
                                  `Temporary password for ${s.username} (hand it over in person; it must be changed at sign-in): ${r.temporaryPassword}`,
                                )
                              : L('Đã gửi mã đặt lại mật khẩu.', 'A reset code was sent.'),
                          );
                        } catch (x) {
                          setNotice(problemText(x, t('error')));
                        }
                      },
                    },
                    L('Đặt lại mật khẩu', 'Reset password'),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    h('p', { role: 'status' }, notice),
    h(
      'div',
      {},
      editing
        ? h(StaffForm, {
            key: editing.username,
            member: editing,
            staff,
            committees,
            onSaved: saved,
            onCancel: () => setEditing(null),
          })
        : null,
    ),
    grants.items.length
      ? h(
          'section',
          { class: 'card' },
          h('h2', {}, L('Chờ phê duyệt (hai người)', 'Waiting for approval (two-person rule)')),
          h(
            'ul',
            {},
            grants.items.map((g) =>
              h(
                'li',
                {},
                `${g.username}: ${g.groups.join(', ')} · ${g.committees.join(', ')} — ${L('đề nghị bởi', 'requested by')} ${g.requestedBy} `,
                g.requestedBy === me || g.username === me
                  ? h('span', { class: 'muted' }, L('(cần quản trị viên khác)', '(needs another admin)'))
                  : h(
                      'button',
                      {
                        type: 'button',
                        onClick: async () => {
                          try {
                            await api(`/admin/grants/${g.grantId}/approve`, { method: 'POST' });
                            await saved(L('Đã phê duyệt.', 'Approved.'));
                          } catch (x) {
                            setNotice(problemText(x, t('error')));
                          }
                        },
                      },
                      L('Phê duyệt', 'Approve'),
                    ),
              ),
            ),
          ),
        )
      : null,
    h(StaffForm, { key: `add-${round}`, staff, committees, onSaved: saved }),
    h(
      'section',
      { class: 'card' },
      h('h2', {}, L('Ủy ban', 'Committees')),
      h(
        'ul',
        {},
        committees.items.map((c) =>
          h('li', {}, `${c.committeeId} · ${c.name[currentLang()]} · ${c.profileId ?? 'vn-state-law'}`),
        ),
      ),
    ),
    h(CommitteeForm, { onSaved: saved }),
  ]);
}

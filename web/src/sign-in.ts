/** The staff sign-in form, shared by the workspace and the dashboard. */
import { ApiError, api, session } from './api.js';
import { h } from './dom.js';
import { lang, t } from './i18n.js';

const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);

export function signInForm(onSignedIn: () => void): HTMLFormElement {
  const err = h('p', { class: 'error', role: 'alert' });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'card narrow',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const data = new FormData(form);
        const newPassword = String(data.get('newPassword') ?? '');
        try {
          const out = await api<{ accessToken: string; expiresIn: number; refreshToken: string }>(
            newPassword ? '/local/auth/password' : '/local/auth/token',
            {
              body: {
                username: data.get('username'),
                password: data.get('password'),
                ...(newPassword ? { newPassword } : {}),
              },
            },
          );
          session.set(out.accessToken, out.expiresIn, out.refreshToken);
          onSignedIn();
        } catch (x) {
          // After an admin's reset the temporary password works once, to choose a new one.
          if (x instanceof ApiError && x.problem.type?.endsWith('/password_change_required')) {
            err.textContent = L(
              'Mật khẩu đã được đặt lại: hãy chọn mật khẩu mới (ít nhất 12 ký tự).',
              'Your password was reset: choose a new one (12+ characters).',
            );
            if (!form.querySelector('#new-password')) err.before(newPasswordField());
            (form.querySelector('#new-password') as HTMLInputElement).focus();
            return;
          }
          err.textContent =
            x instanceof ApiError && x.problem.status === 422
              ? L('Mật khẩu mới cần ít nhất 12 ký tự.', 'The new password needs 12+ characters.')
              : t('wrongLogin');
        }
      },
    },
    h('h1', {}, t('signIn')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'username' }, t('username')),
      h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'password' }, t('password')),
      h('input', {
        id: 'password',
        name: 'password',
        type: 'password',
        autocomplete: 'current-password',
        required: true,
      }),
    ),
    err,
    h('button', { type: 'submit' }, t('signIn')),
  );
  return form;
}

function newPasswordField(): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'new-password' }, L('Mật khẩu mới', 'New password')),
    h('input', {
      id: 'new-password',
      name: 'newPassword',
      type: 'password',
      autocomplete: 'new-password',
      minlength: 12,
      required: true,
    }),
  );
}

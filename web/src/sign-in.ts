/** The staff sign-in form, shared by the workspace and the dashboard. */
import { h, type JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api, session } from './api.js';
import { L, t } from './i18n.js';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }): JSX.Element {
  const [error, setError] = useState('');
  // After an admin's reset the temporary password works once, to choose a new one.
  const [mustChange, setMustChange] = useState(false);
  const username = useRef<HTMLInputElement>(null);
  const newPassword = useRef<HTMLInputElement>(null);
  useEffect(() => username.current?.focus(), []);
  useEffect(() => {
    if (mustChange) newPassword.current?.focus();
  }, [mustChange]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const chosen = String(data.get('newPassword') ?? '');
    try {
      const out = await api<{ accessToken: string; expiresIn: number; refreshToken: string }>(
        chosen ? '/local/auth/password' : '/local/auth/token',
        {
          body: {
            username: data.get('username'),
            password: data.get('password'),
            ...(chosen ? { newPassword: chosen } : {}),
          },
        },
      );
      session.set(out.accessToken, out.expiresIn, out.refreshToken);
      onSignedIn();
    } catch (x) {
      if (x instanceof ApiError && x.problem.type?.endsWith('/password_change_required')) {
        setError(
          L(
            'Mật khẩu đã được đặt lại: hãy chọn mật khẩu mới (ít nhất 12 ký tự).',
            'Your password was reset: choose a new one (12+ characters).',
          ),
        );
        setMustChange(true);
        return;
      }
      setError(
        x instanceof ApiError && x.problem.status === 422
          ? L('Mật khẩu mới cần ít nhất 12 ký tự.', 'The new password needs 12+ characters.')
          : t('wrongLogin'),
      );
    }
  };

  return h(
    'form',
    { class: 'card narrow', onSubmit: submit },
    h('h1', {}, t('signIn')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'username' }, t('username')),
      h('input', {
        id: 'username',
        name: 'username',
        autocomplete: 'username',
        required: true,
        ref: username,
      }),
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
    mustChange
      ? h(
          'div',
          { class: 'field' },
          h('label', { for: 'new-password' }, L('Mật khẩu mới', 'New password')),
          h('input', {
            id: 'new-password',
            name: 'newPassword',
            type: 'password',
            autocomplete: 'new-password',
            minLength: 12,
            required: true,
            ref: newPassword,
          }),
        )
      : null,
    h('p', { class: 'error', role: 'alert' }, error),
    h('button', { type: 'submit' }, t('signIn')),
  );
}

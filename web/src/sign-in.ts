/** The staff sign-in form, shared by the workspace and the dashboard. */
import { api, session } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

export function signInForm(onSignedIn: () => void): HTMLFormElement {
  const err = h('p', { class: 'error', role: 'alert' });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'card narrow',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const data = new FormData(form);
        try {
          const out = await api<{ accessToken: string; expiresIn: number }>('/local/auth/token', {
            body: { username: data.get('username'), password: data.get('password') },
          });
          session.set(out.accessToken, out.expiresIn);
          onSignedIn();
        } catch {
          err.textContent = t('wrongLogin');
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

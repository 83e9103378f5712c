/** The reference search box of the workspace, shared by the queues (`#/find/…`) and the auditor (`#/audit/…`). */
import { h, type JSX } from 'preact';
import { t } from '../src/i18n.js';

export function SearchForm({ view, value = '' }: { view: 'find' | 'audit'; value?: string }): JSX.Element {
  const id = `${view}-reference`;
  return h(
    'form',
    {
      class: 'search',
      role: 'search',
      onSubmit: (e: Event) => {
        e.preventDefault();
        const ref = String(new FormData(e.currentTarget as HTMLFormElement).get('reference') ?? '').trim();
        if (ref) location.hash = `#/${view}/${encodeURIComponent(ref)}`;
      },
    },
    h('label', { for: id }, t('searchReference')),
    h('input', {
      id,
      name: 'reference',
      defaultValue: value,
      placeholder: 'KN-2612-7F3K2QXZ',
      autocomplete: 'off',
      spellcheck: false,
    }),
    h('button', { type: 'submit' }, t('search')),
  );
}

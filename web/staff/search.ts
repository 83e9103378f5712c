/** The reference search box of the workspace, shared by the queues (`#/find/…`) and the auditor (`#/audit/…`). */
import { h } from '../src/dom.js';
import { t } from '../src/i18n.js';

export function searchForm(view: 'find' | 'audit', value = ''): HTMLFormElement {
  const id = `${view}-reference`;
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'search',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const ref = String(new FormData(form).get('reference') ?? '').trim();
        if (ref) location.hash = `#/${view}/${encodeURIComponent(ref)}`;
      },
    },
    h('label', { for: id }, t('searchReference')),
    h('input', {
      id,
      name: 'reference',
      value,
      placeholder: 'KN-2612-7F3K2QXZ',
      autocomplete: 'off',
      spellcheck: 'false',
    }),
    h('button', { type: 'submit' }, t('search')),
  );
  return form;
}

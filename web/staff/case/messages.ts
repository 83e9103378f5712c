/** What the filer and the committee said to each other, as the filer's tracking page shows it. */
import { h, type JSX } from 'preact';
import { formatTime } from '../../src/dates.js';
import { currentLang, t, text } from '../../src/i18n.js';
import type { CaseJson } from './types.js';

type Message = { at: string; from: string; text: { vi: string; en: string } };

export const Messages = ({ c }: { c: CaseJson }): JSX.Element =>
  h(
    'section',
    { class: 'card' },
    h('h2', {}, t('messages')),
    h(
      'ul',
      { class: 'messages' },
      (c.publicMessages as Message[]).map((m) =>
        h(
          'li',
          { class: `from-${m.from}` },
          h('time', { datetime: m.at }, formatTime(m.at)),
          ' · ',
          h(
            'strong',
            {},
            m.from === 'filer'
              ? `${c.pseudonym}`
              : currentLang() === 'vi'
                ? 'Cơ quan (thông báo)'
                : 'Committee (notice)',
          ),
          ': ',
          h('span', { class: 'message-text' }, text(m.text)),
        ),
      ),
    ),
  );

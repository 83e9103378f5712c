/**
 * The document picker of the public pages: files upload as soon as they are chosen, each one listed
 * with its size and the start of its SHA-256, and can be removed before sending.
 */
import { ApiError, problemText } from './api.js';
import { h } from './dom.js';
import { L } from './i18n.js';
import { acceptAttribute, formatSize, UploadError, type Uploaded, uploadFile } from './upload.js';

export interface Picker {
  element: HTMLElement;
  files(): Uploaded[];
  /** True while an upload is still running. */
  busy(): boolean;
}

export function attachmentPicker(opts: { id: string; max: number; initial?: Uploaded[] }): Picker {
  const done: Uploaded[] = [...(opts.initial ?? [])];
  let running = 0;
  const status = h('p', { class: 'small', role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'files' });
  // The browser's own file button speaks the browser's language; this one speaks the page's.
  const input = h('input', {
    id: opts.id,
    type: 'file',
    multiple: true,
    class: 'visually-hidden',
    accept: acceptAttribute,
    'aria-describedby': `${opts.id}-hint`,
  });

  const draw = () => {
    list.replaceChildren(
      ...done.map((f) =>
        h(
          'li',
          {},
          h('span', { class: 'file-name' }, f.fileName),
          ` · ${formatSize(f.size)} · `,
          h('span', { class: 'muted small', title: f.sha256 }, `SHA-256 ${f.sha256.slice(0, 12)}…`),
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': L(`Bỏ tệp ${f.fileName}`, `Remove ${f.fileName}`),
              onclick: () => {
                done.splice(done.indexOf(f), 1);
                draw();
              },
            },
            L('Bỏ', 'Remove'),
          ),
        ),
      ),
    );
  };

  input.addEventListener('change', async () => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    const room = opts.max - done.length - running;
    if (chosen.length > room) {
      status.textContent = L(`Chỉ gửi được tối đa ${opts.max} tệp.`, `At most ${opts.max} files.`);
      status.className = 'small error';
      chosen.splice(Math.max(room, 0));
    }
    for (const file of chosen) {
      running++;
      status.className = 'small';
      status.textContent = L(`Đang tải lên ${file.name}…`, `Uploading ${file.name}…`);
      try {
        done.push(await uploadFile(file));
        status.textContent = L(`Đã tải lên ${file.name}.`, `${file.name} uploaded.`);
      } catch (x) {
        status.className = 'small error';
        status.textContent = `${file.name}: ${
          x instanceof UploadError
            ? x.message
            : x instanceof ApiError
              ? problemText(x, L('Không tải lên được', 'Upload refused'))
              : L('Không tải lên được', 'Upload failed')
        }`;
      } finally {
        running--;
        draw();
      }
    }
  });
  draw();

  const element = h(
    'div',
    { class: 'field' },
    h('span', { class: 'label' }, L('Tài liệu kèm theo', 'Documents')),
    h(
      'p',
      { id: `${opts.id}-hint`, class: 'muted small' },
      L(
        `PDF, JPEG hoặc PNG, mỗi tệp tối đa 10 MB, tối đa ${opts.max} tệp. Tệp được kiểm tra nội dung khi gửi.`,
        `PDF, JPEG or PNG, up to 10 MB each, at most ${opts.max} files. Their content is checked when you send.`,
      ),
    ),
    h('label', { for: opts.id, class: 'file-button' }, input, L('Chọn tệp…', 'Choose files…')),
    status,
    list,
  );
  return { element, files: () => [...done], busy: () => running > 0 };
}

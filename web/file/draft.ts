/**
 * The filing form's state: every input writes its value under a dotted path of the intake contract
 * (`complainant.fullName`, `coSigners.1.address`), the intake is built from the paths on screen
 * only, and each issue of the shared zod contract is shown next to the input of its path.
 */
import type { FieldIssue } from '../../shared/domain/errors.js';
import { issueText } from '../../shared/domain/messages.js';
import { h } from '../src/dom.js';
import { lang } from '../src/i18n.js';

export type FieldType = 'text' | 'bool' | 'int' | 'flag';

export class Draft {
  readonly values = new Map<string, string | boolean>();
  /** Issues by the path of the field that shows them (texts follow the language toggle). */
  readonly errors = new Map<string, FieldIssue>();
  /** The paths rendered on the current step, and how their values are typed. */
  readonly active = new Map<string, FieldType>();
  /** What the review step shows for each path, and for each option of a choice. */
  readonly labels = new Map<string, string>();
  readonly optionLabels = new Map<string, string>();
  /** Groups sent only when one of their fields is filled (`firstDecision`); others are always sent. */
  readonly optionalGroups = new Set<string>();
  /** Once the person asked to continue, fields are checked again as they leave them. */
  checked = false;
  /** Called when a field is left after the first check: re-validate and redraw that field's error. */
  onLeave: (path: string) => void = () => {};

  errorText(path: string): string {
    const i = this.errors.get(path);
    return i ? issueText(i, lang) : '';
  }

  /** A fresh step: its fields register again as they are drawn. */
  startStep(): void {
    this.active.clear();
    this.labels.clear();
    this.optionLabels.clear();
  }

  str(path: string): string {
    const v = this.values.get(path);
    return typeof v === 'string' ? v : '';
  }

  bool(path: string): boolean {
    return this.values.get(path) === true;
  }

  /** The intake object: only paths on screen, empty text left out, booleans always present. */
  build(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const flags = new Map<string, string[]>();
    for (const [path, type] of this.active) {
      const v = this.values.get(path);
      if (type === 'flag') {
        // `vulnerableParties.child` or `representatives.2`: a checked box adds its key to the list.
        const [list, key] = splitLast(path);
        if (!flags.has(list)) flags.set(list, []);
        if (v === true) flags.get(list)!.push(key);
        continue;
      }
      if (type === 'bool') {
        setPath(out, path, v === true);
        continue;
      }
      const s = typeof v === 'string' ? v.trim() : '';
      if (s) setPath(out, path, type === 'int' ? Number(s) : s);
      else if (path.includes('.') && !this.optionalGroups.has(path.split('.')[0]!)) {
        // An empty group is still sent, so each of its missing fields gets its own message.
        setPath(out, splitLast(path)[0], getPath(out, splitLast(path)[0]) ?? {});
      }
    }
    for (const [list, keys] of flags) {
      setPath(out, list, list === 'representatives' ? keys.map(Number) : keys);
    }
    return out;
  }
}

function splitLast(path: string): [string, string] {
  const i = path.lastIndexOf('.');
  return [path.slice(0, i), path.slice(i + 1)];
}

function getPath(obj: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((at, p) => (at as Record<string, unknown> | undefined)?.[p], obj);
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let at: Record<string, unknown> = obj;
  for (const [i, p] of parts.slice(0, -1).entries()) {
    const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
    at[p] ??= nextIsIndex ? [] : {};
    at = at[p] as Record<string, unknown>;
  }
  at[parts.at(-1)!] = value;
}

export const idOf = (path: string) => `f-${path.replace(/\./g, '-')}`;

interface Common {
  hint?: string;
  optional?: boolean;
}

/** The error line under a field, kept in step with the draft. */
function errorLine(d: Draft, path: string): HTMLElement {
  const el = h('p', { id: `${idOf(path)}-error`, class: 'field-error', 'data-error-for': path });
  el.textContent = d.errorText(path);
  el.hidden = !d.errors.has(path);
  return el;
}

function describe(el: HTMLElement, d: Draft, path: string, hint: boolean): void {
  const ids = [hint ? `${idOf(path)}-hint` : '', `${idOf(path)}-error`].filter(Boolean).join(' ');
  el.setAttribute('aria-describedby', ids);
  if (d.errors.has(path)) el.setAttribute('aria-invalid', 'true');
}

const optionalMark = (label: string, optional?: boolean, L?: (vi: string, en: string) => string) =>
  optional && L ? `${label} ${L('(không bắt buộc)', '(optional)')}` : label;

export function makeFields(d: Draft, L: (vi: string, en: string) => string) {
  const leave = (path: string) => () => {
    if (d.checked) d.onLeave(path);
  };

  function text(
    path: string,
    label: string,
    opts: Common & {
      type?: 'text' | 'email' | 'tel' | 'date';
      multiline?: number;
      maxlength?: number;
      autocomplete?: string;
      inputmode?: string;
      int?: boolean;
    } = {},
  ): HTMLElement {
    d.active.set(path, opts.int ? 'int' : 'text');
    d.labels.set(path, label);
    const attrs = {
      id: idOf(path),
      name: path,
      maxlength: opts.maxlength,
      autocomplete: opts.autocomplete ?? 'off',
      inputmode: opts.inputmode,
      required: !opts.optional,
      oninput: (e: Event) => d.values.set(path, (e.target as HTMLInputElement).value),
      onblur: leave(path),
    };
    const input = opts.multiline
      ? h('textarea', { ...attrs, rows: opts.multiline })
      : h('input', { ...attrs, type: opts.type ?? 'text' });
    input.value = d.str(path);
    describe(input, d, path, Boolean(opts.hint));
    return h(
      'div',
      { class: 'field' },
      h('label', { for: idOf(path) }, optionalMark(label, opts.optional, L)),
      opts.hint ? h('p', { id: `${idOf(path)}-hint`, class: 'hint' }, opts.hint) : null,
      input,
      errorLine(d, path),
    );
  }

  function select(path: string, label: string, options: [string, string][], opts: Common = {}): HTMLElement {
    d.active.set(path, 'text');
    d.labels.set(path, label);
    for (const [v, t] of options) d.optionLabels.set(`${path}=${v}`, t);
    const el = h(
      'select',
      {
        id: idOf(path),
        name: path,
        required: !opts.optional,
        onchange: (e: Event) => d.values.set(path, (e.target as HTMLSelectElement).value),
        onblur: leave(path),
      },
      h('option', { value: '' }, L('— Chọn —', '— Choose —')),
      ...options.map(([v, t]) => h('option', { value: v, selected: d.str(path) === v }, t)),
    );
    describe(el, d, path, Boolean(opts.hint));
    return h(
      'div',
      { class: 'field' },
      h('label', { for: idOf(path) }, optionalMark(label, opts.optional, L)),
      opts.hint ? h('p', { id: `${idOf(path)}-hint`, class: 'hint' }, opts.hint) : null,
      el,
      errorLine(d, path),
    );
  }

  /** Radios as one question; `onPick` redraws when the answer changes what else is asked. */
  function radios(
    path: string,
    legend: string,
    options: { value: string; label: string; hint?: string }[],
    opts: Common & { int?: boolean; onPick?: () => void } = {},
  ): HTMLElement {
    d.active.set(path, opts.int ? 'int' : 'text');
    d.labels.set(path, legend);
    for (const o of options) d.optionLabels.set(`${path}=${o.value}`, o.label);
    return h(
      'fieldset',
      { id: idOf(path), class: 'choices', 'aria-describedby': `${idOf(path)}-error` },
      h('legend', {}, legend),
      opts.hint ? h('p', { class: 'hint' }, opts.hint) : null,
      ...options.map((o, i) =>
        h(
          'label',
          { class: 'choice' },
          h('input', {
            type: 'radio',
            name: path,
            value: o.value,
            id: i === 0 ? `${idOf(path)}-first` : undefined,
            checked: d.str(path) === o.value,
            onchange: () => {
              d.values.set(path, o.value);
              opts.onPick?.();
            },
          }),
          h('span', {}, h('strong', {}, o.label), o.hint ? h('span', { class: 'hint' }, o.hint) : null),
        ),
      ),
      errorLine(d, path),
    );
  }

  /** A yes/no box; `flag` boxes add their key to a list (`vulnerableParties.child`). */
  function check(
    path: string,
    label: string,
    opts: Common & { flag?: boolean; onPick?: () => void } = {},
  ): HTMLElement {
    d.active.set(path, opts.flag ? 'flag' : 'bool');
    d.labels.set(path, label);
    const box = h('input', {
      type: 'checkbox',
      id: idOf(path),
      name: path,
      checked: d.bool(path),
      onchange: (e: Event) => {
        d.values.set(path, (e.target as HTMLInputElement).checked);
        opts.onPick?.();
      },
    });
    describe(box, d, path, Boolean(opts.hint));
    return h(
      'div',
      { class: 'field check-field' },
      h('label', { class: 'check', for: idOf(path) }, box, h('span', {}, label)),
      opts.hint ? h('p', { id: `${idOf(path)}-hint`, class: 'hint' }, opts.hint) : null,
      errorLine(d, path),
    );
  }

  return { text, select, radios, check };
}

/** Where an issue is shown: its own field if on screen, else the nearest enclosing one. */
export function fieldFor(d: Draft, path: string): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const p = parts.slice(0, n).join('.');
    if (d.active.has(p)) return p;
    // A list of flags (representatives, vulnerableParties) shows its issues on its first box.
    const first = [...d.active.keys()].find((k) => k.startsWith(`${p}.`));
    if (first) return first;
  }
  return null;
}

/**
 * The public filing form: choose the kind (with what makes it admissible and the deadlines that will
 * run), write the kind's fields, review, send, and keep the receipt. Everything is checked in the
 * browser with the API's own zod contract, and again by the API; both speak the same messages.
 * Nothing typed here is stored on the device.
 */
import type * as z from 'zod/mini';
import type {
  deadlinesResponse,
  publicCommitteesResponse,
  submitCaseResponse,
} from '../../shared/api/contracts.js';
import { localDate } from '../../shared/domain/calendar.js';
import { DomainError, type FieldIssue } from '../../shared/domain/errors.js';
import { checkIntakeOn, fieldLabels, fields, intakeSchema } from '../../shared/domain/intake.js';
import { currentLegalNotice } from '../../shared/domain/legal-notice.js';
import { issuesFromZod } from '../../shared/domain/messages.js';
import { ApiError, api, problemText } from '../src/api.js';
import { attachmentPicker, type Picker } from '../src/attachment-picker.js';
import { formatDay, provisionalText } from '../src/dates.js';
import { h, mount } from '../src/dom.js';
import { deadlineLabels, L, lang, languageButton, status, text } from '../src/i18n.js';
import type { Uploaded } from '../src/upload.js';
import {
  atDesk,
  clerk,
  type DeskReceipt,
  deskIssues,
  deskReceiptNote,
  deskSection,
  sendFromDesk,
} from './desk.js';
import { Draft, fieldFor, idOf, makeFields } from './draft.js';
import { kindGuides } from './guide.js';

type Kind = keyof typeof kindGuides;
type Committee = z.infer<typeof publicCommitteesResponse>['items'][number];
type Deadlines = z.infer<typeof deadlinesResponse>;
type Receipt = z.infer<typeof submitCaseResponse> & { registerNumber?: number };
type Step = 'kind' | 'details' | 'review' | 'receipt';

const top = document.getElementById('top')!;
const main = document.getElementById('main')!;
const MAX_FILES = 10;

const d = new Draft();
const f = makeFields(d, L);
const state: {
  step: Step;
  committees: Committee[];
  deadlines: Deadlines | null;
  picker: Picker | null;
  files: Uploaded[];
  /** One key per draft: a retried or double-clicked send gets the same receipt. */
  idempotencyKey: string;
  receipt: Receipt | null;
  problem: string | null;
} = {
  step: 'kind',
  committees: [],
  deadlines: null,
  picker: null,
  files: [],
  idempotencyKey: crypto.randomUUID(),
  receipt: null,
  problem: null,
};

const kind = (): Kind | null => (d.str('kind') || null) as Kind | null;
const anonymous = () => kind() === 'denunciation' && d.str('anonymous') === 'yes';
const legalNotice = () => currentLegalNotice(localDate(new Date()));

// ---------------------------------------------------------------------------------------------
// Frame

function header(): void {
  mount(
    top,
    h(
      'div',
      { class: 'bar' },
      atDesk
        ? h(
            'a',
            { class: 'brand nav', href: '/file/?desk' },
            L('Công Minh — Nhận đơn tại quầy', 'Công Minh — Desk intake'),
          )
        : h('a', { class: 'brand nav', href: '/' }, L('Công Minh — Gửi đơn', 'Công Minh — File a case')),
      atDesk
        ? h('a', { class: 'nav', href: '/staff/' }, L('Về bàn làm việc', 'Back to the workspace'))
        : h('a', { class: 'nav', href: '/track' }, L('Tra cứu đơn', 'Track a case')),
      languageButton(render),
    ),
  );
}

const stepNames: Record<Exclude<Step, 'receipt'>, [string, string]> = {
  kind: ['Chọn loại đơn', 'Choose the kind'],
  details: ['Nội dung đơn', 'Your case'],
  review: ['Xem lại và gửi', 'Review and send'],
};

function progress(step: Exclude<Step, 'receipt'>): HTMLElement {
  const order = Object.keys(stepNames) as Exclude<Step, 'receipt'>[];
  return h(
    'ol',
    { class: 'steps', 'aria-label': L('Các bước', 'Steps') },
    ...order.map((s, i) =>
      h(
        'li',
        { 'aria-current': s === step ? 'step' : undefined, class: order.indexOf(step) > i ? 'done' : '' },
        `${i + 1}. ${L(...stepNames[s])}`,
      ),
    ),
  );
}

function go(step: Step): void {
  state.step = step;
  void render();
  window.scrollTo(0, 0);
  main.focus();
}

// ---------------------------------------------------------------------------------------------
// Step 1: the kind, the receiving body, and what to expect

async function loadDeadlines(): Promise<void> {
  const k = kind();
  const committee = state.committees.find((c) => c.committeeId === d.str('committee'));
  if (!k) {
    state.deadlines = null;
    return;
  }
  // Before a body is chosen, the deadlines of the state-law procedure that most bodies follow.
  const q = new URLSearchParams({ kind: k });
  if (committee) q.set('profile', committee.profileId);
  if (k === 'complaint') q.set('instance', d.str('instance') || '1');
  if (k === 'denunciation') q.set('anonymous', String(anonymous()));
  try {
    state.deadlines = await api<Deadlines>(`/public/deadlines?${q}`);
  } catch {
    state.deadlines = null;
  }
}

const fromPhrase: Record<string, [string, string]> = {
  received: ['kể từ ngày nhận đơn', 'from receipt'],
  accepted: ['kể từ ngày thụ lý', 'from acceptance'],
  assigned: ['kể từ ngày phân công', 'from assignment'],
  decided: ['kể từ ngày ra quyết định, kết luận', 'from the decision'],
};

function deadlineList(dl: Deadlines): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'deadlines-title' },
    h('h2', { id: 'deadlines-title' }, L('Thời hạn sẽ áp dụng', 'Deadlines that will apply')),
    h('p', { class: 'muted small' }, `${text(dl.trackLabel)} · ${text(dl.profile.name)}`),
    h(
      'ul',
      { class: 'deadlines' },
      ...dl.deadlines.map((x) =>
        h(
          'li',
          {},
          h('strong', {}, text(deadlineLabels[x.name]) || x.name),
          `: ${x.days} ${x.dayType === 'working' ? L('ngày làm việc', 'working days') : L('ngày', 'days')} ${L(...(fromPhrase[x.from] ?? ['', '']))}`,
          x.dueOn
            ? ` — ${L('nếu gửi hôm nay, hạn', 'if sent today, due')} ${formatDay(x.dueOn)}${x.provisional ? provisionalText() : ''}`
            : '',
          h('div', { class: 'muted small' }, x.basis),
        ),
      ),
    ),
  );
}

function kindStep(): (HTMLElement | null)[] {
  d.startStep();
  const k = kind();
  const guide = k ? kindGuides[k] : null;
  const committees = state.committees.map((c): [string, string] => [c.committeeId, text(c.name)]);
  const onPick = async () => {
    await loadDeadlines();
    void render();
  };
  return [
    atDesk
      ? h('h1', {}, L('Ghi nhận đơn nhận tại quầy', 'Record a case received at the desk'))
      : h('h1', {}, L('Gửi đơn đến cơ quan có thẩm quyền', 'File a case with the competent body')),
    h(
      'p',
      { class: 'lead' },
      atDesk
        ? L(
            'Đơn gửi qua bưu chính, người dân đến trình bày trực tiếp, đơn do cơ quan khác chuyển đến hoặc từ hộp thư góp ý: nhập thay người gửi đơn; người đó nhận mã tra cứu như khi gửi trực tuyến.',
            'A letter by post, a person at the reception, a referral from another body or the suggestion box: enter it on the person’s behalf; they get a receipt code as if they had filed online.',
          )
        : L(
            'Khiếu nại, tố cáo, kiến nghị hoặc yêu cầu hòa giải. Mất khoảng 5 phút. Bạn sẽ nhận một mã tra cứu để theo dõi đơn.',
            'A complaint, a denunciation, a petition or a request for mediation. It takes about 5 minutes. You get a receipt code to follow your case.',
          ),
    ),
    progress('kind'),
    f.radios(
      'kind',
      L('Bạn muốn gửi loại đơn nào?', 'What do you want to file?'),
      (Object.keys(kindGuides) as Kind[]).map((x) => ({
        value: x,
        label: text(kindGuides[x].title),
        hint: text(kindGuides[x].summary),
      })),
      { onPick },
    ),
    h(
      'div',
      { onchange: onPick },
      f.select('committee', L('Cơ quan nhận đơn', 'Receiving body'), committees, {
        hint: L(
          'Cơ quan có thẩm quyền giải quyết. Nếu chọn chưa đúng, đơn sẽ được chuyển hoặc bạn được hướng dẫn.',
          'The body with power over the matter. If it is the wrong one, your case is transferred or you are told where to go.',
        ),
      }),
    ),
    guide
      ? h(
          'section',
          { class: 'card', 'aria-labelledby': 'admissible-title' },
          h('h2', { id: 'admissible-title' }, L('Trước khi viết', 'Before you write')),
          h('p', {}, L('Đơn được thụ lý khi:', 'Your case can be accepted when:')),
          h('ul', {}, ...guide.admissible.map((a) => h('li', {}, text(a)))),
          guide.note ? h('p', { class: 'note' }, text(guide.note)) : null,
        )
      : null,
    state.deadlines && k ? deadlineList(state.deadlines) : null,
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        {
          type: 'button',
          id: 'continue',
          onclick: () => {
            d.errors.clear();
            if (!kind()) d.errors.set('kind', { path: ['kind'], message: 'required', code: 'required' });
            if (!d.str('committee'))
              d.errors.set('committee', { path: ['committee'], message: 'required', code: 'required' });
            if (d.errors.size) {
              void render().then(() => focusFirstError());
              return;
            }
            go('details');
          },
        },
        L('Tiếp tục', 'Continue'),
      ),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Step 2: the kind's fields

function personSection(title: string, contactHint: string): HTMLElement {
  return h(
    'fieldset',
    { class: 'group' },
    h('legend', {}, title),
    f.text('complainant.fullName', L('Họ và tên', 'Full name'), {
      autocomplete: 'name',
      maxlength: 200,
    }),
    f.text('complainant.address', L('Địa chỉ', 'Address'), {
      autocomplete: 'street-address',
      maxlength: 500,
      hint: L('Nơi cơ quan gửi thông báo bằng văn bản.', 'Where written notices are sent.'),
    }),
    f.text('complainant.phone', L('Số điện thoại', 'Phone'), {
      type: 'tel',
      autocomplete: 'tel',
      inputmode: 'tel',
      optional: true,
      hint: contactHint,
    }),
    f.text('complainant.email', L('Thư điện tử', 'E-mail'), {
      type: 'email',
      autocomplete: 'email',
      optional: true,
    }),
    f.text('complainant.idNumber', L('Số căn cước', 'Citizen ID number'), {
      inputmode: 'numeric',
      maxlength: 12,
      optional: true,
      hint: L('12 chữ số, in trên thẻ căn cước.', '12 digits, as on the citizen ID card.'),
    }),
  );
}

function complaintFields(): (HTMLElement | null)[] {
  const second = d.str('instance') === '2';
  return [
    f.radios(
      'instance',
      L('Đây là khiếu nại lần đầu hay lần hai?', 'Is this a first or a second complaint?'),
      [
        {
          value: '1',
          label: L('Lần đầu', 'First'),
          hint: L(
            'Gửi đến người đã ra quyết định hoặc cơ quan có người thực hiện hành vi.',
            'Sent to whoever made the decision, or the body whose staff acted.',
          ),
        },
        {
          value: '2',
          label: L('Lần hai', 'Second'),
          hint: L(
            'Bạn không đồng ý với quyết định giải quyết lần đầu, hoặc đã hết hạn mà chưa được giải quyết.',
            'You disagree with the first decision, or its deadline passed without one.',
          ),
        },
      ],
      {
        int: true,
        onPick: async () => {
          await loadDeadlines();
          void render();
        },
      },
    ),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, L('Quyết định, hành vi bị khiếu nại', 'The decision or act')),
      f.radios('subject.type', L('Bạn khiếu nại', 'You complain about'), [
        { value: 'decision', label: L('Quyết định hành chính', 'An administrative decision') },
        { value: 'act', label: L('Hành vi hành chính', 'An administrative act') },
        { value: 'disciplinary_decision', label: L('Quyết định kỷ luật', 'A disciplinary decision') },
      ]),
      f.text('subject.number', L('Số quyết định', 'Decision number'), { optional: true, maxlength: 100 }),
      f.text('subject.date', L('Ngày ban hành', 'Date issued'), { type: 'date', optional: true }),
      f.text('subject.issuer', L('Người, cơ quan ban hành', 'Issued by'), { optional: true, maxlength: 300 }),
      f.text('subject.description', L('Quyết định, hành vi đó là gì', 'What the decision or act is'), {
        multiline: 3,
        maxlength: 2000,
      }),
      f.text('learnedOn', L('Ngày bạn nhận được hoặc biết', 'The day you received or learned of it'), {
        type: 'date',
      }),
      second
        ? null
        : f.text('lateReason', L('Lý do gửi muộn', 'Reason for filing late'), {
            multiline: 2,
            optional: true,
            maxlength: 2000,
            hint: L(
              'Chỉ khi đã quá 90 ngày: ví dụ ốm đau, thiên tai, đi công tác xa (Luật Khiếu nại, Điều 9).',
              'Only after 90 days: illness, natural disaster, travel far away (Law on Complaints art. 9).',
            ),
          }),
    ),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, L('Cơ quan, người bị khiếu nại', 'The body or person complained about')),
      f.text('respondent.name', L('Tên', 'Name'), { maxlength: 500 }),
      f.text('respondent.address', L('Địa chỉ', 'Address'), { maxlength: 500 }),
    ),
    second
      ? h(
          'fieldset',
          { class: 'group' },
          h('legend', {}, L('Quyết định giải quyết lần đầu', 'The first decision')),
          h(
            'p',
            { class: 'hint' },
            L(
              'Ghi số, ngày, người ban hành và đính kèm bản chụp ở cuối trang. Nếu chưa có quyết định vì đã hết hạn, đánh dấu ô dưới.',
              'Give its number, date and issuer, and attach a copy at the end of the page. If there is none because the deadline passed, tick the box below.',
            ),
          ),
          f.text('firstDecision.number', L('Số quyết định', 'Number'), { optional: true, maxlength: 100 }),
          f.text('firstDecision.date', L('Ngày', 'Date'), { type: 'date', optional: true }),
          f.text('firstDecision.issuer', L('Người ban hành', 'Issued by'), {
            optional: true,
            maxlength: 300,
          }),
          f.check(
            'firstDeadlineExpired',
            L(
              'Đã hết thời hạn giải quyết lần đầu mà chưa có quyết định',
              'The first deadline passed without a decision',
            ),
          ),
          f.text('firstCaseReference', L('Số tham chiếu đơn lần đầu', 'Reference of the first case'), {
            optional: true,
            maxlength: 40,
            hint: L(
              'Nếu đơn lần đầu đã gửi qua Công Minh.',
              'If the first case was filed through Công Minh.',
            ),
          }),
        )
      : null,
    f.check('inCourt', L('Vụ việc đã được Tòa án thụ lý', 'A court has already taken up the matter'), {
      hint: L(
        'Nếu có, cơ quan hành chính không giải quyết khiếu nại (Luật Khiếu nại, Điều 11).',
        'If so, the complaint cannot be handled here (Law on Complaints art. 11).',
      ),
    }),
  ];
}

function denunciationFields(): (HTMLElement | null)[] {
  return [
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, L('Người bị tố cáo', 'The person denounced')),
      f.text('accused.name', L('Họ tên hoặc tên cơ quan', 'Name, or the body’s name'), { maxlength: 500 }),
      f.text('accused.position', L('Chức vụ', 'Position'), { optional: true, maxlength: 300 }),
      f.text('accused.organisation', L('Cơ quan, đơn vị công tác', 'Where they work'), {
        optional: true,
        maxlength: 300,
      }),
      f.text('accused.address', L('Địa chỉ', 'Address'), { optional: true, maxlength: 500 }),
    ),
    anonymous()
      ? null
      : h(
          'fieldset',
          { class: 'group' },
          h('legend', {}, L('Bảo vệ và liên hệ', 'Protection and contact')),
          f.check('protectionRequested', L('Tôi đề nghị được bảo vệ', 'I ask for protection'), {
            hint: L(
              'Bảo vệ bí mật thông tin, vị trí công tác, tính mạng, sức khỏe, tài sản, danh dự của bạn và người thân (Luật Tố cáo, Điều 47).',
              'Protection of your secrecy, job, life, health, property and honour, and your family’s (Law on Denunciations art. 47).',
            ),
          }),
          f.check('consentToContact', L('Cơ quan được liên hệ với tôi', 'The body may contact me')),
        ),
    f.check(
      'sentToOtherBodies',
      L('Tôi cũng đã gửi đơn này đến cơ quan khác', 'I also sent this to another body'),
    ),
    f.check(
      'fromResolvedComplaint',
      L(
        'Việc tố cáo phát sinh từ một khiếu nại đã được giải quyết',
        'This grows out of a complaint that was already resolved',
      ),
      {
        hint: L(
          'Khi đó cần tài liệu chứng minh người giải quyết khiếu nại vi phạm pháp luật (Luật Tố cáo, Điều 29).',
          'Then documents showing the resolver broke the law are needed (Law on Denunciations art. 29).',
        ),
      },
    ),
  ];
}

function petitionFields(): HTMLElement[] {
  return [
    f.text('topic', L('Chủ đề', 'Topic'), { maxlength: 300 }),
    f.text('concernedBody', L('Cơ quan, đơn vị liên quan', 'The body it concerns'), {
      optional: true,
      maxlength: 300,
    }),
  ];
}

function disputeFields(): HTMLElement[] {
  const n = Math.max(1, Number(d.str('_parties') || 1));
  return [
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, L('Các bên còn lại', 'The other parties')),
      ...Array.from({ length: n }, (_, i) =>
        h(
          'div',
          { class: 'repeat' },
          h('p', { class: 'repeat-title' }, L(`Bên thứ ${i + 2}`, `Party ${i + 2}`)),
          f.text(`parties.${i}.fullName`, L('Họ và tên', 'Full name'), { maxlength: 200 }),
          f.text(`parties.${i}.address`, L('Địa chỉ', 'Address'), { maxlength: 500 }),
          f.text(`parties.${i}.relationship`, L('Quan hệ với bạn', 'Relationship to you'), {
            optional: true,
            maxlength: 200,
          }),
        ),
      ),
      repeatButtons(
        '_parties',
        n,
        1,
        20,
        L('Thêm một bên', 'Add a party'),
        L('Bớt bên cuối', 'Remove the last'),
      ),
    ),
    f.text('place', L('Nơi xảy ra', 'Where it happens'), { maxlength: 500 }),
    f.radios('requestedBy', L('Ai yêu cầu hòa giải?', 'Who asks for mediation?'), [
      { value: 'one_party', label: L('Một bên (tôi)', 'One party (me)') },
      { value: 'both_parties', label: L('Cả hai bên', 'Both parties') },
      { value: 'body', label: L('Cơ quan, tổ chức đề nghị', 'A body asked for it') },
    ]),
    f.radios('sessionPreference', L('Hình thức hòa giải', 'Kind of session'), [
      { value: 'private', label: L('Kín', 'Private') },
      { value: 'public', label: L('Công khai', 'Public') },
    ]),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, L('Có bên nào cần quan tâm đặc biệt?', 'Does a party need special care?')),
      f.check('vulnerableParties.child', L('Trẻ em', 'A child'), { flag: true }),
      f.check('vulnerableParties.woman', L('Phụ nữ', 'A woman'), { flag: true }),
      f.check('vulnerableParties.disability', L('Người khuyết tật', 'A person with a disability'), {
        flag: true,
      }),
      f.check('vulnerableParties.elderly', L('Người cao tuổi', 'An elderly person'), { flag: true }),
    ),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, L('Việc này có thuộc các trường hợp sau không?', 'Is the matter one of these?')),
      h(
        'p',
        { class: 'hint' },
        L(
          'Nếu có, việc không được hòa giải ở cơ sở; bạn sẽ được hướng dẫn đến cơ quan có thẩm quyền (Luật Hòa giải ở cơ sở, Điều 3).',
          'If so, it cannot be mediated here; you will be told where to go (Law on Grassroots Mediation art. 3).',
        ),
      ),
      f.check(
        'exclusions.stateOrPublicInterest',
        L('Xâm phạm lợi ích Nhà nước, lợi ích công cộng', 'Harms the State or the public interest'),
      ),
      f.check(
        'exclusions.nonMediableFamilyOrCivil',
        L('Việc hôn nhân, gia đình, dân sự không được hòa giải', 'A family or civil matter the law excludes'),
      ),
      f.check(
        'exclusions.criminalOrAdministrativeViolation',
        L('Có hành vi phạm tội hoặc vi phạm hành chính', 'A crime or an administrative violation'),
      ),
    ),
  ];
}

/** Add / remove buttons of a repeated group, counted under a private path (`_parties`). */
function repeatButtons(
  countPath: string,
  n: number,
  min: number,
  max: number,
  addLabel: string,
  removeLabel: string,
): HTMLElement {
  const set = (next: number) => {
    d.values.set(countPath, String(next));
    void render();
  };
  return h(
    'div',
    { class: 'buttons' },
    n < max ? h('button', { type: 'button', class: 'secondary', onclick: () => set(n + 1) }, addLabel) : null,
    n > min
      ? h('button', { type: 'button', class: 'secondary', onclick: () => set(n - 1) }, removeLabel)
      : null,
  );
}

/** Co-signers of a group letter, and which signers represent the group (Law on Citizen Reception art. 29). */
function groupSection(): HTMLElement {
  const n = Number(d.str('_coSigners') || 0);
  return h(
    'fieldset',
    { class: 'group' },
    h('legend', {}, L('Người cùng ký đơn', 'Other signers')),
    h(
      'p',
      { class: 'hint' },
      L(
        'Nếu nhiều người cùng gửi đơn về một nội dung. Từ 5 người trở lên phải cử 1 đến 5 người đại diện trong số người ký.',
        'If several people send the letter together. Five or more must choose 1 to 5 representatives among the signers.',
      ),
    ),
    ...Array.from({ length: n }, (_, i) =>
      h(
        'div',
        { class: 'repeat' },
        h('p', { class: 'repeat-title' }, L(`Người ký thứ ${i + 2}`, `Signer ${i + 2}`)),
        f.text(`coSigners.${i}.fullName`, L('Họ và tên', 'Full name'), { maxlength: 200 }),
        f.text(`coSigners.${i}.address`, L('Địa chỉ', 'Address'), { maxlength: 500 }),
      ),
    ),
    repeatButtons(
      '_coSigners',
      n,
      0,
      200,
      L('Thêm người ký', 'Add a signer'),
      L('Bớt người ký cuối', 'Remove the last signer'),
    ),
    n > 0
      ? h(
          'fieldset',
          { class: 'group' },
          h('legend', {}, L('Người đại diện', 'Representatives')),
          ...Array.from({ length: n + 1 }, (_, i) =>
            f.check(
              `representatives.${i}`,
              i === 0
                ? L('Người ký thứ 1 (bạn)', 'Signer 1 (you)')
                : d.str(`coSigners.${i - 1}.fullName`) || L(`Người ký thứ ${i + 1}`, `Signer ${i + 1}`),
              { flag: true },
            ),
          ),
        )
      : null,
  );
}

function detailsStep(): HTMLElement[] {
  d.startStep();
  d.optionalGroups.add('firstDecision');
  const k = kind()!;
  const guide = kindGuides[k];
  const perKind = {
    complaint: complaintFields,
    denunciation: denunciationFields,
    petition: petitionFields,
    dispute: disputeFields,
  }[k];
  state.picker = attachmentPicker({ id: 'attachments', max: MAX_FILES, initial: state.files });
  d.active.set('attachments', 'text');
  d.labels.set('attachments', L('Tài liệu kèm theo', 'Documents'));
  const contactHint =
    k === 'denunciation'
      ? L('Cần số điện thoại hoặc thư điện tử để liên hệ.', 'A phone number or an e-mail is required.')
      : L('Để cơ quan liên hệ khi cần.', 'So the body can reach you if needed.');
  const body = [
    atDesk ? deskSection(d, f, L, () => void render()) : null,
    k === 'denunciation'
      ? f.radios(
          'anonymous',
          L('Bạn muốn gửi tố cáo như thế nào?', 'How do you want to send it?'),
          [
            {
              value: 'no',
              label: L('Có ghi danh tính (khuyến nghị)', 'With my identity (recommended)'),
              hint: L(
                'Đơn được giải quyết theo Luật Tố cáo và bạn được thông báo kết quả. Danh tính của bạn được giữ bí mật.',
                'Handled under the Law on Denunciations and you are told the outcome. Your identity is kept secret.',
              ),
            },
            {
              value: 'yes',
              label: L('Nặc danh', 'Anonymously'),
              hint: text(guide.note!),
            },
          ],
          {
            onPick: async () => {
              await loadDeadlines();
              void render();
            },
          },
        )
      : null,
    anonymous()
      ? h(
          'p',
          { class: 'note' },
          L(
            'Không ghi bất kỳ thông tin nào giúp nhận ra bạn trong nội dung và tài liệu, nếu bạn muốn ẩn danh.',
            'To stay anonymous, write nothing in the text or documents that could identify you.',
          ),
        )
      : personSection(
          atDesk
            ? L('Thông tin người gửi đơn', 'The person filing')
            : k === 'dispute'
              ? L('Thông tin của bạn (bên yêu cầu)', 'You (the requesting party)')
              : L('Thông tin của bạn', 'About you'),
          contactHint,
        ),
    ...perKind(),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, L('Nội dung', 'What happened')),
      f.select(
        'field',
        L('Lĩnh vực', 'Area'),
        fields.map((x): [string, string] => [x, text(fieldLabels[x])]),
      ),
      f.text('content', L('Nội dung, lý do', 'What happened, and why'), {
        multiline: 8,
        maxlength: 20000,
        hint: L(
          'Kể rõ sự việc: ai, làm gì, khi nào, ở đâu; vì sao bạn cho là sai; bằng chứng bạn có.',
          'Say who did what, when and where; why you think it is wrong; what evidence you have.',
        ),
      }),
      f.text('requestedOutcome', L('Bạn đề nghị điều gì', 'What you ask for'), {
        multiline: 3,
        optional: true,
        maxlength: 5000,
      }),
      f.text('location.province', L('Tỉnh, thành phố', 'Province or city'), { maxlength: 500 }),
      f.text('location.commune', L('Xã, phường', 'Commune or ward'), { optional: true, maxlength: 500 }),
      k === 'complaint'
        ? f.check('remoteArea', L('Nơi tôi ở thuộc vùng sâu, vùng xa', 'I live in a remote area'), {
            hint: L(
              'Thời hạn giải quyết khiếu nại dài hơn ở vùng sâu, vùng xa, đi lại khó khăn (Luật Khiếu nại, Điều 28).',
              'Complaint deadlines are longer in remote areas that are hard to reach (Law on Complaints art. 28).',
            ),
          })
        : null,
    ),
    anonymous() ? null : groupSection(),
    h(
      'div',
      { id: idOf('attachments') },
      state.picker.element,
      h(
        'p',
        { id: `${idOf('attachments')}-error`, class: 'field-error', hidden: !d.errors.has('attachments') },
        d.errorText('attachments'),
      ),
    ),
    h(
      'div',
      { class: 'buttons' },
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => keepFiles() && go('kind') },
        L('Quay lại', 'Back'),
      ),
      h(
        'button',
        { type: 'button', id: 'to-review', onclick: () => void toReview() },
        L('Xem lại', 'Review'),
      ),
    ),
  ];
  // The summary comes first on screen but last in the making: it names fields drawn above.
  return [h('h1', {}, text(guide.title)), progress('details'), errorSummary(body), ...body].filter(
    (x): x is HTMLElement => x !== null,
  );
}

/** Keeps the uploaded files when the step is redrawn or left. */
function keepFiles(): true {
  if (state.picker) state.files = state.picker.files();
  return true;
}

/** The intake as the API will receive it. */
function intake(): Record<string, unknown> {
  const k = kind()!;
  const built = d.build();
  delete built.anonymous;
  delete built.desk;
  const out: Record<string, unknown> = {
    kind: k,
    locale: lang,
    committee: d.str('committee'),
    legalNoticeVersion: legalNotice().version,
    ...built,
    attachments: state.files.map((x) => x.attachmentId),
  };
  if (k === 'denunciation') out.anonymous = anonymous();
  return out;
}

/** Checks the draft with the API's contract and the date rules; puts each issue next to its field. */
function check(): boolean {
  keepFiles();
  d.errors.clear();
  d.checked = true;
  const parsed = intakeSchema.safeParse(intake());
  let issues: FieldIssue[] = parsed.success ? [] : issuesFromZod(parsed.error);
  if (parsed.success) {
    try {
      checkIntakeOn(parsed.data, localDate(new Date()));
    } catch (x) {
      if (x instanceof DomainError) issues = x.issues ?? [];
    }
  }
  if (atDesk) issues = [...deskIssues(d.build().desk), ...issues];
  placeIssues(issues);
  return d.errors.size === 0;
}

/** Each issue goes to its field; a field left empty says "required" whatever the contract's code. */
function placeIssues(issues: FieldIssue[]): void {
  for (const i of issues) {
    const at = fieldFor(d, i.path.join('.')) ?? 'content';
    if (d.errors.has(at)) continue;
    const empty =
      at === i.path.join('.') &&
      typeof d.values.get(at) !== 'boolean' &&
      !d.str(at).trim() &&
      ['invalid_type', 'invalid_value'].includes(i.code ?? '');
    d.errors.set(at, empty ? { ...i, code: 'required' } : i);
  }
}

d.onLeave = (path) => {
  const before = d.errors.get(path);
  d.errors.delete(path);
  const parsed = intakeSchema.safeParse(intake());
  const mine = parsed.success
    ? undefined
    : issuesFromZod(parsed.error).find((i) => fieldFor(d, i.path.join('.')) === path);
  if (mine) placeIssues([mine]);
  if (Boolean(before) !== Boolean(mine) || before?.code !== mine?.code) redrawError(path);
};

function redrawError(path: string): void {
  const line = main.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(path)}"]`);
  if (line) {
    line.textContent = d.errorText(path);
    line.hidden = !d.errors.has(path);
  }
  const input = document.getElementById(idOf(path));
  if (input && input.tagName !== 'FIELDSET') {
    if (d.errors.has(path)) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

function errorSummary(scope: (HTMLElement | null)[] = []): HTMLElement | null {
  if (!d.errors.size) return null;
  return h(
    'div',
    { class: 'error-summary', role: 'alert', tabindex: '-1', id: 'error-summary' },
    h(
      'h2',
      {},
      L(
        `Có ${d.errors.size} mục cần sửa`,
        `${d.errors.size} ${d.errors.size === 1 ? 'thing' : 'things'} to fix`,
      ),
    ),
    state.problem ? h('p', {}, state.problem) : null,
    h(
      'ul',
      {},
      // In the order of the page.
      ...[...d.active.keys()]
        .filter((p) => d.errors.has(p))
        .map((p) =>
          h(
            'li',
            {},
            h(
              'a',
              {
                href: `#${idOf(p)}`,
                onclick: (e: Event) => {
                  e.preventDefault();
                  focusField(p);
                },
              },
              `${summaryLabel(p, scope)}: ${d.errorText(p)}`,
            ),
          ),
        ),
    ),
  );
}

/** A field's label, with its group's name when the label alone is ambiguous ("Địa chỉ"). */
function summaryLabel(path: string, scope: (HTMLElement | null)[]): string {
  const label = d.labels.get(path) ?? path;
  const twins = [...d.labels.values()].filter((l) => l === label).length > 1;
  if (!twins) return label;
  const id = idOf(path);
  const el = scope
    .map((n) => (n?.id === id ? n : n?.querySelector(`#${CSS.escape(id)}`)))
    .find((n): n is HTMLElement => Boolean(n));
  const legend = el?.closest('fieldset.group')?.querySelector('legend')?.textContent;
  return legend ? `${legend} — ${label}` : label;
}

function focusField(path: string): void {
  const el = document.getElementById(idOf(path));
  const target =
    el?.tagName === 'FIELDSET' || el?.tagName === 'DIV'
      ? el.querySelector<HTMLElement>('input, select, textarea')
      : el;
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}

function focusFirstError(): void {
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
  else {
    const first = [...d.errors.keys()][0];
    if (first) focusField(first);
  }
}

async function toReview(): Promise<void> {
  state.problem = null;
  if (state.picker?.busy()) {
    d.errors.set('attachments', {
      path: ['attachments'],
      message: 'uploads_running',
      code: 'uploads_running',
    });
    await render();
    focusFirstError();
    return;
  }
  if (check()) {
    go('review');
    return;
  }
  await render();
  focusFirstError();
}

// ---------------------------------------------------------------------------------------------
// Step 3: review and send

function shown(path: string): string | null {
  const v = d.values.get(path);
  if (d.active.get(path) === 'bool' || d.active.get(path) === 'flag')
    return v === true ? L('Có', 'Yes') : null;
  if (typeof v !== 'string' || !v.trim()) return null;
  return d.optionLabels.get(`${path}=${v}`) ?? v.trim();
}

function reviewStep(): HTMLElement[] {
  // Redraw the details (off screen) so that the labels and the active paths are those of the draft.
  detailsStep();
  const k = kind()!;
  const committee = state.committees.find((c) => c.committeeId === d.str('committee'));
  const rows: [string, string][] = [
    [L('Loại đơn', 'Kind'), text(kindGuides[k].title)],
    [L('Cơ quan nhận đơn', 'Receiving body'), committee ? text(committee.name) : d.str('committee')],
  ];
  if (k === 'denunciation')
    rows.push([
      L('Hình thức', 'Sent'),
      anonymous() ? L('Nặc danh', 'Anonymously') : L('Có danh tính', 'With identity'),
    ]);
  for (const path of d.active.keys()) {
    if (path === 'attachments' || path === 'anonymous') continue;
    const v = shown(path);
    if (v !== null) rows.push([d.labels.get(path) ?? path, v]);
  }
  const notice = legalNotice();
  const agree = h('input', { type: 'checkbox', id: 'agree', required: true });
  const sendError = h('p', { class: 'error', role: 'alert' });
  const send = h(
    'button',
    {
      type: 'button',
      id: 'send',
      onclick: async () => {
        if (!agree.checked) {
          sendError.textContent = L(
            'Hãy xác nhận bạn đã đọc thông báo trên.',
            'Please confirm you have read the notice above.',
          );
          agree.focus();
          return;
        }
        send.setAttribute('disabled', '');
        send.textContent = L('Đang gửi…', 'Sending…');
        await submit(sendError);
        send.removeAttribute('disabled');
        send.textContent = L('Gửi đơn', 'Send');
      },
    },
    L('Gửi đơn', 'Send'),
  );
  return [
    h('h1', {}, L('Xem lại đơn', 'Review your case')),
    progress('review'),
    h(
      'section',
      { class: 'card' },
      h('dl', { class: 'review' }, ...rows.flatMap(([k2, v]) => [h('dt', {}, k2), h('dd', {}, v)])),
      h('h2', {}, L('Tài liệu kèm theo', 'Documents')),
      state.files.length
        ? h(
            'ul',
            { class: 'files' },
            ...state.files.map((x) =>
              h('li', {}, x.fileName, h('span', { class: 'muted small' }, ` · SHA-256 ${x.sha256}`)),
            ),
          )
        : h('p', { class: 'muted' }, L('Không có tài liệu.', 'No documents.')),
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'button', class: 'secondary', onclick: () => go('details') }, L('Sửa', 'Edit')),
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'notice-title' },
      h('h2', { id: 'notice-title' }, L('Trước khi gửi', 'Before you send')),
      h('ul', {}, ...notice.points.map((p) => h('li', {}, text(p)))),
      h(
        'label',
        { class: 'check', for: 'agree' },
        agree,
        h('span', {}, L('Tôi đã đọc và đồng ý', 'I have read and agree')),
      ),
      h(
        'p',
        { class: 'muted small' },
        L(`Phiên bản thông báo ${notice.version}`, `Notice version ${notice.version}`),
      ),
    ),
    sendError,
    h('div', { class: 'buttons' }, send),
  ];
}

async function submit(errorLine: HTMLElement): Promise<void> {
  errorLine.textContent = '';
  try {
    if (atDesk) {
      state.receipt = await sendFromDesk(intake(), d.build().desk, state.idempotencyKey, lang);
      go('receipt');
      return;
    }
    const res = await fetch('/api/public/cases', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': lang,
        'idempotency-key': state.idempotencyKey,
      },
      body: JSON.stringify(intake()),
    });
    const body = await res.json();
    if (!res.ok) throw new ApiError(body);
    state.receipt = body as Receipt;
    go('receipt');
  } catch (x) {
    if (x instanceof ApiError && x.problem.status === 422 && x.problem.errors?.length) {
      // The API found what the browser could not (a date rule, an unknown body): back to the fields.
      d.errors.clear();
      placeIssues(
        x.problem.errors.map((e) => ({ path: e.path.split('.'), message: e.message, code: e.code })),
      );
      state.problem = problemText(x, L('Đơn chưa được gửi', 'Not sent'));
      go('details');
      return;
    }
    errorLine.textContent =
      x instanceof ApiError
        ? problemText(x, L('Đơn chưa được gửi', 'Not sent'))
        : L(
            'Không kết nối được. Đơn chưa được gửi; hãy thử lại (gửi lại không tạo đơn trùng).',
            'No connection. Nothing was sent; try again (a retry never files twice).',
          );
  }
}

// ---------------------------------------------------------------------------------------------
// Step 4: the receipt, shown once

function receiptStep(): (HTMLElement | null)[] {
  const r = state.receipt!;
  const groups = r.receipt.split('-');
  const copyStatus = h('span', { role: 'status', class: 'small' });
  const running = r.deadlines.filter((x) => x.state === 'running');
  return [
    h(
      'h1',
      {},
      atDesk ? L('Đã ghi nhận đơn', 'The case is recorded') : L('Đã nhận đơn của bạn', 'We have your case'),
    ),
    atDesk && state.receipt?.registerNumber ? deskReceiptNote(state.receipt as DeskReceipt, L) : null,
    h(
      'section',
      { class: 'card receipt-card', 'aria-labelledby': 'receipt-title' },
      h('h2', { id: 'receipt-title' }, L('Mã tra cứu của bạn', 'Your receipt code')),
      h(
        'p',
        {
          class: 'receipt',
          id: 'receipt',
          'aria-label': groups.map((g) => g.split('').join(' ')).join(', '),
        },
        ...groups.flatMap((g, i) => [
          i ? h('span', { class: 'sep', 'aria-hidden': 'true' }, '-') : null,
          h('span', {}, g),
        ]),
      ),
      h(
        'p',
        { class: 'warning' },
        L(
          'Mã này chỉ hiện MỘT lần và không thể cấp lại. Hãy chép, in hoặc sao chép ngay. Ai có mã đều xem được tiến trình đơn, nhưng không xem được danh tính của bạn.',
          'This code is shown ONCE and cannot be issued again. Write it down, print or copy it now. Anyone holding it can follow the case, but cannot see who you are.',
        ),
      ),
      h(
        'div',
        { class: 'buttons no-print' },
        h(
          'button',
          {
            type: 'button',
            onclick: async () => {
              try {
                await navigator.clipboard.writeText(r.receipt);
                kept = true;
                copyStatus.textContent = L('Đã sao chép.', 'Copied.');
              } catch {
                const range = document.createRange();
                range.selectNodeContents(document.getElementById('receipt')!);
                getSelection()?.removeAllRanges();
                getSelection()?.addRange(range);
                copyStatus.textContent = L('Đã chọn mã: hãy sao chép.', 'The code is selected: copy it.');
              }
            },
          },
          L('Sao chép mã', 'Copy the code'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              kept = true;
              window.print();
            },
          },
          L('In', 'Print'),
        ),
        copyStatus,
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h(
        'dl',
        { class: 'review' },
        h('dt', {}, L('Số tham chiếu', 'Reference')),
        h('dd', {}, r.reference),
        h('dt', {}, L('Trạng thái', 'Status')),
        h('dd', {}, status(r.status)),
        h('dt', {}, L('Mã băm nhật ký khi nộp (SHA-256)', 'Audit hash at filing (SHA-256)')),
        h('dd', { class: 'hash' }, r.headHash),
      ),
      h(
        'p',
        { class: 'muted small' },
        L(
          'Mã băm này ghi nhận đúng nội dung bạn vừa gửi: nhật ký của đơn không thể bị sửa mà không làm thay đổi nó.',
          'This hash seals what you just sent: the case’s trail cannot be altered without changing it.',
        ),
      ),
      running.length
        ? h(
            'div',
            {},
            h('h2', {}, L('Thời hạn đang chạy', 'Running deadlines')),
            h(
              'ul',
              { class: 'deadlines' },
              ...running.map((x) =>
                h(
                  'li',
                  {},
                  h('strong', {}, text(deadlineLabels[x.name]) || x.name),
                  `: ${formatDay(x.dueOn)}${x.provisional ? provisionalText() : ''}`,
                  h('div', { class: 'muted small' }, x.basis),
                ),
              ),
            ),
          )
        : null,
    ),
    h(
      'div',
      { class: 'buttons no-print' },
      h(
        'a',
        { class: 'button', href: `/track#${r.receipt}`, onclick: () => (kept = true) },
        L('Theo dõi đơn', 'Follow the case'),
      ),
      h(
        'a',
        {
          class: 'button secondary',
          href: '/',
          onclick: (e: Event) => {
            e.preventDefault();
            kept = true;
            location.reload();
          },
        },
        L('Gửi đơn khác', 'File another case'),
      ),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------

async function render(): Promise<void> {
  document.documentElement.lang = lang;
  document.title = `${L('Gửi đơn', 'File a case')} — Công Minh`;
  header();
  if (state.step === 'details' || state.step === 'review') keepFiles();
  const views = { kind: kindStep, details: detailsStep, review: reviewStep, receipt: receiptStep };
  const focused = focusKey();
  mount(main, ...views[state.step]());
  // A redraw (a choice that changes what is asked) keeps the keyboard where it was.
  if (focused) main.querySelector<HTMLElement>(focused)?.focus({ preventScroll: true });
}

function focusKey(): string | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || !main.contains(el)) return null;
  if (el instanceof HTMLInputElement && el.type === 'radio')
    return `input[name="${CSS.escape(el.name)}"][value="${CSS.escape(el.value)}"]`;
  return el.id ? `#${CSS.escape(el.id)}` : null;
}

async function start(): Promise<void> {
  const desk = atDesk ? await clerk() : null;
  if (atDesk && !desk) {
    header();
    mount(
      main,
      h('h1', {}, L('Cần đăng nhập', 'Sign in first')),
      h(
        'p',
        {},
        L(
          'Nhận đơn tại quầy dành cho cán bộ tiếp nhận đã đăng nhập bàn làm việc.',
          'Desk intake is for intake clerks signed in to the workspace.',
        ),
      ),
      h('a', { class: 'button', href: '/staff/' }, L('Đăng nhập', 'Sign in')),
    );
    return;
  }
  try {
    state.committees = (await api<z.infer<typeof publicCommitteesResponse>>('/public/committees')).items;
  } catch {
    state.committees = [];
  }
  // At the desk, only the clerk's own committees.
  if (desk) state.committees = state.committees.filter((c) => desk.committees.includes(c.committeeId));
  if (desk) {
    d.values.set('desk.channel', 'post');
    d.values.set('desk.receivedOn', localDate(new Date()));
  }
  if (state.committees.length === 1) d.values.set('committee', state.committees[0]!.committeeId);
  // Defaults a person would pick anyway.
  d.values.set('instance', '1');
  d.values.set('anonymous', 'no');
  d.values.set('sessionPreference', 'private');
  d.values.set('consentToContact', true);
  await render();
}

// The receipt cannot be shown again, and a draft is kept nowhere: warn before either is lost.
let kept = false;
window.addEventListener('beforeunload', (e) => {
  const unsaved = state.step === 'receipt' ? !kept : state.step !== 'kind' && d.str('content') !== '';
  if (unsaved) e.preventDefault();
});

void start();

/**
 * The content of a resolution document, laid out as a Vietnamese administrative document (Decree
 * 30/2020/NĐ-CP art. 8 and appendix I: issuing body and number top left, national title and motto top
 * right, place and date, title, body, recipients, signer), or with the Party's own heading for a Party
 * body. The render function turns it into a PDF; this module decides every word.
 */
import type { Case } from './case.js';
import { formatDay, longDay } from './dates.js';
import type { Draft, NextStep } from './decision.js';
import type { DocumentRules, Profile, Text } from './profile.js';
import { rulesFor } from './profile.js';

export interface DocumentSpec {
  layout: Profile['documentLayout'];
  locale: 'vi' | 'en';
  /** A draft carries a blank number and a "DRAFT" mark; an issued document its number, date and signer. */
  state: 'draft' | 'issued';
  issuer: { parent: string; body: string };
  nationalTitle: string[];
  number: string;
  placeDate: string;
  title: string;
  about: string;
  preamble: string[];
  sections: { heading: string; text: string }[];
  recipients: string[];
  signer: { capacity: string; title: string; name: string };
  footer: string[];
}

export interface CommitteeInfo {
  name: Text;
  /** The short form in document numbers, e.g. `UBKT1`. */
  symbol: string;
  place: string;
  parent?: Text;
}

export interface IssueInfo {
  number: string;
  issuedOn: string;
  signerName: string;
}

const L = (locale: 'vi' | 'en', vi: string, en: string) => (locale === 'vi' ? vi : en);

function heading(layout: Profile['documentLayout'], locale: 'vi' | 'en'): string[] {
  if (layout === 'party') return [L(locale, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'COMMUNIST PARTY OF VIET NAM')];
  return [
    L(locale, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SOCIALIST REPUBLIC OF VIET NAM'),
    L(locale, 'Độc lập - Tự do - Hạnh phúc', 'Independence - Freedom - Happiness'),
  ];
}

interface SpecInput {
  c: Case;
  profile: Profile;
  committee: CommitteeInfo;
  draft: Draft;
  outcome: string;
  locale: 'vi' | 'en';
  /** Absent for a draft. */
  issue?: IssueInfo;
  nextSteps?: NextStep[];
  /** `notice`: what a denouncer receives of a conclusion (Law on Denunciations art. 35(3)). */
  role?: 'decision' | 'notice';
}

function nextStepLines(steps: NextStep[], locale: 'vi' | 'en'): string {
  return steps
    .map(
      (s) =>
        `- ${s.label[locale]}${s.dueOn ? `: ${L(locale, 'đến hết ngày', 'until the end of')} ${formatDay(s.dueOn)}` : ''} (${s.basis}).`,
    )
    .join('\n');
}

export function documentSpec(i: SpecInput): DocumentSpec {
  const { c, locale, committee, issue } = i;
  const rules = rulesFor(i.profile, c.track);
  const doc: DocumentRules = rules.document;
  const role = i.role ?? 'decision';
  const outcome = rules.outcomes.find((o) => o.code === i.outcome)?.label ?? { vi: i.outcome, en: i.outcome };
  const symbol = role === 'notice' ? 'TB' : doc.symbol;
  const blankNumber =
    i.profile.documentLayout === 'party'
      ? `    -${symbol}/${committee.symbol}`
      : `    /${symbol}-${committee.symbol}`;
  const number = issue
    ? role === 'notice'
      ? issue.number.replace(doc.symbol, 'TB')
      : issue.number
    : blankNumber;
  const sections =
    role === 'notice'
      ? doc.parts
          .filter((p) => p.reason && i.draft[p.code])
          .map((p) => ({ heading: p.label[locale], text: i.draft[p.code]! }))
      : doc.parts
          .filter((p) => i.draft[p.code])
          .map((p) => ({ heading: p.label[locale], text: i.draft[p.code]! }));
  sections.unshift({ heading: L(locale, 'Kết quả', 'Outcome'), text: outcome[locale] });
  if (i.nextSteps?.length) {
    sections.push({
      heading: L(locale, 'Những việc tiếp theo', 'What happens next'),
      text: nextStepLines(i.nextSteps, locale),
    });
  }
  const footer = [L(locale, `Mã hồ sơ: ${c.reference}`, `Case reference: ${c.reference}`)];
  if (!issue) footer.push(L(locale, 'DỰ THẢO - chưa có giá trị pháp lý', 'DRAFT - not yet legally valid'));
  return {
    layout: i.profile.documentLayout,
    locale,
    state: issue ? 'issued' : 'draft',
    issuer: {
      parent: committee.parent?.[locale].toUpperCase() ?? '',
      body: committee.name[locale].toUpperCase(),
    },
    nationalTitle: heading(i.profile.documentLayout, locale),
    number: `${L(locale, 'Số', 'No.')}${i.profile.documentLayout === 'party' ? '' : ':'} ${number}`,
    placeDate: issue
      ? `${committee.place}, ${longDay(issue.issuedOn, locale)}`
      : `${committee.place}, ${L(locale, 'ngày    tháng    năm', 'date: ______')}`,
    title: role === 'notice' ? L(locale, 'THÔNG BÁO', 'NOTICE') : doc.title[locale],
    about:
      role === 'notice'
        ? L(locale, 'Kết quả giải quyết tố cáo', 'Of the result of a denunciation')
        : doc.about[locale],
    preamble: [
      ...(locale === 'en'
        ? ['Translation for information. The Vietnamese text is the authoritative one.']
        : []),
      L(locale, `Căn cứ ${doc.basis};`, `Pursuant to ${doc.basis};`),
      L(
        locale,
        `Xét đơn của ${c.pseudonym} (mã hồ sơ ${c.reference}), nhận ngày ${formatDay(c.receivedOn)};`,
        `Having examined the letter of ${c.pseudonym} (case ${c.reference}), received on ${formatDay(c.receivedOn)};`,
      ),
    ],
    sections,
    recipients: [
      L(locale, `- ${c.pseudonym} (theo hồ sơ ${c.reference});`, `- ${c.pseudonym} (case ${c.reference});`),
      ...(rules.notifyRespondent && role === 'decision'
        ? [L(locale, '- Người bị khiếu nại, bị tố cáo;', '- The person complained about or denounced;')]
        : []),
      L(locale, '- Lưu: VT, hồ sơ.', '- Filed: records.'),
    ],
    signer: {
      capacity: L(locale, `TM. ${committee.name.vi.toUpperCase()}`, `FOR ${committee.name.en.toUpperCase()}`),
      title:
        i.profile.documentLayout === 'party'
          ? L(locale, 'CHỦ NHIỆM', 'CHAIR')
          : L(locale, 'CHỦ NHIỆM', 'CHAIR'),
      name: issue?.signerName ?? '',
    },
    footer,
  };
}

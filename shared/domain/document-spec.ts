/**
 * The content of a resolution document, laid out as a Vietnamese administrative document (Decree
 * 30/2020/NĐ-CP art. 8 and appendix I: issuing body and number top left, national title and motto top
 * right, place and date, title, legal bases, findings, "QUYẾT ĐỊNH:" with its articles, recipients,
 * signer), or with the Party's own heading and signer form for a Party body. The render function turns
 * it into a PDF; this module decides every word.
 */
import type { Case } from './case.js';
import { formatDay, longDay } from './dates.js';
import { type Draft, documentRulesOf, type NextStep, partApplies } from './decision.js';
import type { Profile, Text } from './profile.js';
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
  /** Findings, numbered. */
  sections: { heading: string; text: string }[];
  /** The operative part of a decision ("QUYẾT ĐỊNH:" then Điều 1, 2…), empty for other documents. */
  articles: { heading: string; text: string }[];
  /** What the filer can do next, with dates, after the body (only in what the filer receives). */
  notes: { heading: string; text: string }[];
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
  /** A collective body signs "TM." (state) or "T/M" (Party) before the signer's title. */
  collective?: boolean;
  signerTitle?: Text;
}

export interface IssueInfo {
  number: string;
  issuedOn: string;
  signerName: string;
}

const L = (locale: 'vi' | 'en', vi: string, en: string) => (locale === 'vi' ? vi : en);

const findings: Record<string, Text> = {
  kept: { vi: 'Giữ nguyên quyết định giải quyết lần đầu', en: 'The first decision is kept' },
  amended: { vi: 'Sửa đổi quyết định giải quyết lần đầu', en: 'The first decision is amended' },
  annulled: { vi: 'Hủy bỏ quyết định giải quyết lần đầu', en: 'The first decision is annulled' },
};

function heading(layout: Profile['documentLayout'], locale: 'vi' | 'en'): string[] {
  if (layout === 'party') return [L(locale, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'COMMUNIST PARTY OF VIET NAM')];
  return [
    L(locale, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SOCIALIST REPUBLIC OF VIET NAM'),
    L(locale, 'Độc lập - Tự do - Hạnh phúc', 'Independence - Freedom - Happiness'),
  ];
}

export interface SpecInput {
  c: Case;
  profile: Profile;
  committee: CommitteeInfo;
  draft: Draft;
  outcome: string;
  firstDecisionFinding?: string;
  locale: 'vi' | 'en';
  /** Absent for a draft. */
  issue?: IssueInfo;
  /** Only in what the filer receives. */
  nextSteps?: NextStep[];
  /** `notice`: what a denouncer receives of a conclusion (Law on Denunciations art. 35(3)). */
  role?: 'decision' | 'notice';
}

export function nextStepLine(s: NextStep, locale: 'vi' | 'en'): string {
  const from =
    s.from === 'received'
      ? L(
          locale,
          ` (${s.days} ngày kể từ ngày nhận được quyết định)`,
          ` (${s.days} days from receiving the decision)`,
        )
      : '';
  const when = !s.dueOn
    ? ''
    : s.kind === 'takes_effect'
      ? L(locale, `: từ ngày ${formatDay(s.dueOn)}`, `: from ${formatDay(s.dueOn)}`)
      : L(
          locale,
          `: đến hết ngày ${formatDay(s.dueOn)}${from}`,
          `: until the end of ${formatDay(s.dueOn)}${from}`,
        );
  return `- ${s.label[locale]}${when} (${s.basis}).`;
}

export function documentSpec(i: SpecInput): DocumentSpec {
  const { c, locale, committee, issue } = i;
  const rules = rulesFor(i.profile, c.track);
  const doc = documentRulesOf(i.profile, c);
  const role = i.role ?? 'decision';
  // A denunciation's conclusion goes to the person denounced and is published (art. 35(3), 40): it
  // never points at the denouncer, not even by pseudonym, receipt date or reference.
  const toFiler = role === 'notice' || doc.filerDocument === 'decision';
  const outcome = rules.outcomes.find((o) => o.code === i.outcome)?.label ?? { vi: i.outcome, en: i.outcome };
  const titled = doc.outcomeTitles?.[i.outcome] ?? { title: doc.title, about: doc.about };
  const symbol = role === 'notice' ? 'TB' : doc.symbol;
  const party = i.profile.documentLayout === 'party';
  const blank = party ? `    -${symbol}/${committee.symbol}` : `    /${symbol}-${committee.symbol}`;

  const parts = doc.parts.filter((p) => i.draft[p.code] && partApplies(p, i.outcome));
  const shown = role === 'notice' ? parts.filter((p) => p.reason) : parts;
  const asSection = (p: (typeof parts)[number]) => ({ heading: p.label[locale], text: i.draft[p.code]! });
  const result = [
    outcome[locale],
    i.firstDecisionFinding ? findings[i.firstDecisionFinding]?.[locale] : undefined,
  ]
    .filter(Boolean)
    .join('. ');
  const sections = [{ heading: L(locale, 'Kết quả', 'Outcome'), text: result }];
  const operative = role === 'decision' && doc.title.vi === 'QUYẾT ĐỊNH';
  sections.push(...shown.filter((p) => !(operative && p.operative)).map(asSection));
  const articles = operative ? shown.filter((p) => p.operative).map(asSection) : [];
  if (operative && doc.executes)
    articles.push({ heading: L(locale, 'Tổ chức thực hiện', 'Implementation'), text: doc.executes[locale] });
  const notes = i.nextSteps?.length
    ? [
        {
          heading: L(locale, 'Những việc tiếp theo', 'What happens next'),
          text: i.nextSteps.map((s) => nextStepLine(s, locale)).join('\n'),
        },
      ]
    : [];

  const footer = toFiler ? [L(locale, `Mã hồ sơ: ${c.reference}`, `Case reference: ${c.reference}`)] : [];
  if (!issue) footer.push(L(locale, 'DỰ THẢO - chưa có giá trị pháp lý', 'DRAFT - not yet legally valid'));
  const capacity =
    committee.collective || party ? `${party ? 'T/M' : 'TM.'} ${committee.name[locale].toUpperCase()}` : '';
  return {
    layout: i.profile.documentLayout,
    locale,
    state: issue ? 'issued' : 'draft',
    issuer: {
      parent: committee.parent?.[locale].toUpperCase() ?? '',
      body: committee.name[locale].toUpperCase(),
    },
    nationalTitle: heading(i.profile.documentLayout, locale),
    number: `${L(locale, 'Số', 'No.')}${party ? '' : ':'} ${issue ? issue.number : blank}`,
    placeDate: issue
      ? `${committee.place}, ${longDay(issue.issuedOn, locale)}`
      : `${committee.place}, ${L(locale, 'ngày    tháng    năm', 'date: ______')}`,
    title: role === 'notice' ? L(locale, 'THÔNG BÁO', 'NOTICE') : titled.title[locale],
    about:
      role === 'notice'
        ? L(locale, 'Kết quả giải quyết tố cáo', 'Of the result of a denunciation')
        : titled.about[locale],
    preamble: [
      ...(locale === 'en'
        ? ['Translation for information. The Vietnamese text is the authoritative one.']
        : []),
      ...doc.preamble.map((p) => p[locale]),
      toFiler
        ? L(
            locale,
            `Xét đơn của ${c.pseudonym} (mã hồ sơ ${c.reference}), nhận ngày ${formatDay(c.receivedOn)};`,
            `Having examined the letter of ${c.pseudonym} (case ${c.reference}), received on ${formatDay(c.receivedOn)};`,
          )
        : L(
            locale,
            'Xét nội dung tố cáo đã được thụ lý và kết quả xác minh;',
            'Having examined the denunciation accepted and the verification;',
          ),
    ],
    sections,
    articles,
    notes,
    recipients: [
      ...(toFiler
        ? [
            L(
              locale,
              `- ${c.pseudonym} (theo hồ sơ ${c.reference});`,
              `- ${c.pseudonym} (case ${c.reference});`,
            ),
          ]
        : []),
      ...(role === 'notice' ? [] : doc.recipients.map((r) => r[locale])),
      L(locale, '- Lưu: VT, hồ sơ.', '- Filed: records.'),
    ],
    signer: {
      capacity,
      title: (committee.signerTitle ?? { vi: 'CHỦ NHIỆM', en: 'CHAIR' })[locale],
      name: issue?.signerName ?? '',
    },
    footer,
  };
}

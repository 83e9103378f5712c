/**
 * Notice texts in Vietnamese and English, composed from the case and its profile. A notice to the
 * person complained about or denounced carries the content, never the filer's identity
 * (Law on Denunciations art. 29(3), Decree 31/2019 Form 06; LEGAL.md §c).
 */
import type { Case, Notice } from './case.js';
import { formatDay } from './dates.js';
import { documentRulesOf, nextStepsFor, reasonsOf } from './decision.js';
import { nextStepLine } from './document-spec.js';
import type { Profile, Text } from './profile.js';
import { deadlineLabels, rulesFor } from './profile.js';
import { statusLabels } from './status.js';

export interface ComposedNotice {
  subject: Text;
  body: Text;
}

function label(list: { code: string; label: Text }[], code: unknown): Text {
  return list.find((x) => x.code === code)?.label ?? { vi: String(code ?? ''), en: String(code ?? '') };
}

function dueLine(c: Case): Text {
  const running = c.clocks.filter((k) => k.state === 'running' && k.dueOn);
  if (running.length === 0) return { vi: '', en: '' };
  // A day counted through holidays not yet decided may still move: the notice says so.
  const vi = running
    .map(
      (k) =>
        `${k.name === 'resolution' ? 'Hạn giải quyết' : 'Hạn'}: ${formatDay(k.dueOn)}${k.provisional ? ' (dự kiến: lịch nghỉ lễ, Tết chưa được công bố)' : ''} (${k.basis})`,
    )
    .join('; ');
  const en = running
    .map(
      (k) =>
        `${k.name === 'resolution' ? 'Resolution due' : `${k.name} due`}: ${formatDay(k.dueOn)}${k.provisional ? ' (provisional: the holidays are not yet decided)' : ''} (${k.basis})`,
    )
    .join('; ');
  return { vi: `\n${vi}`, en: `\n${en}` };
}

/**
 * Removes the filer's identifying details from text handed to the person complained about or
 * denounced (Law on Denunciations art. 56: strip name, address and other personal information).
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets.filter((x) => x && x.trim().length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join('[…]');
  }
  return out;
}

const REASON_CHARS = 1_500;
const clip = (s: string) => (s.length > REASON_CHARS ? `${s.slice(0, REASON_CHARS)}…` : s);

/**
 * What a decision notice says beyond its outcome: the document's number and date, the reasons, what
 * follows with its dates, and where the filer downloads the document. Never only one sentence.
 */
function decisionLines(c: Case, profile: Profile, trackingPage: string | undefined): Text {
  const d = c.decision;
  if (!d || !c.proposal) return { vi: '', en: '' };
  const _rules = rulesFor(profile, c.track);
  const reasons = reasonsOf(c.proposal.draft, documentRulesOf(profile, c), d.outcome);
  const steps = nextStepsFor(c, profile, d.issuedOn, d.outcome);
  const lines = (locale: 'vi' | 'en') => {
    const L = (vi: string, en: string) => (locale === 'vi' ? vi : en);
    const out = [
      L(
        `Văn bản số ${d.number}, ngày ${formatDay(d.issuedOn)}.`,
        `Document No. ${d.number} of ${formatDay(d.issuedOn)}.`,
      ),
    ];
    if (reasons.length) {
      out.push(L('Lý do:', 'Reasons:'));
      for (const r of reasons) out.push(`- ${r.label[locale]}: ${clip(r.text)}`);
    }
    if (steps.length) {
      out.push(L('Những việc tiếp theo:', 'What happens next:'));
      for (const s of steps) out.push(nextStepLine(s, locale));
    }
    if (trackingPage && d.documents.some((x) => x.audience === 'filer'))
      out.push(
        L(
          `Tải văn bản (PDF): mở ${trackingPage}, nhập mã tra cứu của ông/bà. Mã băm SHA-256 của văn bản: ${d.documentHash}.`,
          `Download the document (PDF): open ${trackingPage} and enter your receipt. The document's SHA-256: ${d.documentHash}.`,
        ),
      );
    return `\n${out.join('\n')}`;
  };
  return { vi: lines('vi'), en: lines('en') };
}

export function composeNotice(
  n: Notice,
  c: Case,
  profile: Profile,
  opts: { redact?: readonly string[]; trackingPage?: string } = {},
): ComposedNotice {
  const rules = rulesFor(profile, c.track);
  const ref = c.reference;
  const d = n.data;
  const due = dueLine(c);
  const t = (vi: string, en: string, subjectVi: string, subjectEn: string): ComposedNotice => ({
    subject: { vi: `${subjectVi} – ${ref}`, en: `${subjectEn} – ${ref}` },
    body: { vi, en },
  });
  switch (n.type) {
    case 'acknowledgement':
      return t(
        `Cơ quan đã tiếp nhận đơn của ông/bà, số tham chiếu ${ref}, loại: ${rules.label.vi}.${due.vi}`,
        `Your letter was received, reference ${ref}, kind: ${rules.label.en}.${due.en}`,
        'Thông báo tiếp nhận đơn',
        'Acknowledgement of receipt',
      );
    case 'acceptance':
      return t(
        `Đơn ${ref} đã được thụ lý để giải quyết.${due.vi}`,
        `Case ${ref} has been accepted for resolution.${due.en}`,
        'Thông báo thụ lý',
        'Notice of acceptance',
      );
    case 'respondent_notice': {
      const content = redact(c.content, opts.redact ?? []);
      if (c.kind === 'dispute') {
        return t(
          `Có yêu cầu hòa giải (${ref}) liên quan đến ông/bà tại ${String((c.details as { place?: string }).place ?? '')}:\n${content}\nHòa giải viên sẽ liên hệ để thống nhất thời gian, địa điểm.`,
          `A mediation request (${ref}) concerns you:\n${content}\nThe mediator will contact you to agree a time and place.`,
          'Thông báo về yêu cầu hòa giải',
          'Notice of a mediation request',
        );
      }
      return t(
        `Cơ quan đã thụ lý giải quyết vụ việc ${ref} có nội dung liên quan đến ông/bà/cơ quan:\n${content}\nĐề nghị giải trình theo quy định.`,
        `A case (${ref}) concerning you has been accepted. Its content:\n${content}\nYou will be asked to explain.`,
        'Thông báo về nội dung tố cáo',
        'Notice of the allegations',
      );
    }
    case 'rejection': {
      const g = rules.rejectionGrounds.find((x) => x.code === d.ground);
      return t(
        `Đơn ${ref} không được thụ lý. Căn cứ: ${g?.label.vi ?? d.ground} (${g?.basis ?? ''}). Lý do: ${String(d.reason ?? '')}`,
        `Case ${ref} was not accepted. Ground: ${g?.label.en ?? d.ground} (${g?.basis ?? ''}). Reason: ${String(d.reason ?? '')}`,
        'Thông báo không thụ lý',
        'Notice of non-acceptance',
      );
    }
    case 'transfer':
      return t(
        `Đơn ${ref} không thuộc thẩm quyền và đã được chuyển đến: ${String(d.toBody)}.${d.toCommittee ? ' Cơ quan này tiếp tục giải quyết; ông/bà vẫn theo dõi đơn bằng mã tra cứu đã nhận.' : ''}`,
        `Case ${ref} is outside this body's jurisdiction and was transferred to: ${String(d.toBody)}.${d.toCommittee ? ' That body handles it from now on; you follow it with the same receipt code.' : ''}`,
        'Thông báo chuyển đơn',
        'Notice of transfer',
      );
    case 'split':
      return t(
        `Đơn ${ref} có nhiều nội dung và đã được tách thành ${String(d.parts)} vụ việc; ông/bà theo dõi bằng cùng mã tra cứu.`,
        `Case ${ref} had several contents and was split into ${String(d.parts)} cases, followed with the same receipt.`,
        'Thông báo tách đơn',
        'Notice of split',
      );
    case 'duplicate':
      return t(
        `Đơn ${ref} trùng với vụ việc ${String(d.duplicateOf)} đang được xử lý và được gộp theo dõi.`,
        `Case ${ref} duplicates case ${String(d.duplicateOf)} and is followed there.`,
        'Thông báo đơn trùng',
        'Notice of duplicate',
      );
    case 'info_request':
      return t(
        `Cơ quan đề nghị ông/bà cung cấp thêm thông tin cho vụ việc ${ref}: ${String(d.question)}`,
        `Please provide more information for case ${ref}: ${String(d.question)}`,
        'Đề nghị cung cấp thông tin',
        'Request for information',
      );
    case 'extension':
      return t(
        `Thời hạn giải quyết vụ việc ${ref} được gia hạn. Lý do: ${String(d.reason)}.${due.vi}`,
        `The resolution period of case ${ref} was extended. Reason: ${String(d.reason)}.${due.en}`,
        'Quyết định gia hạn',
        'Extension decision',
      );
    case 'suspension':
      return t(
        `Việc giải quyết vụ việc ${ref} tạm đình chỉ: ${label(rules.suspensionGrounds, d.ground).vi}. Thời gian tạm đình chỉ không tính vào thời hạn.`,
        `Case ${ref} is suspended: ${label(rules.suspensionGrounds, d.ground).en}. Suspended time does not count toward the deadline.`,
        'Quyết định tạm đình chỉ',
        'Suspension decision',
      );
    case 'resumption':
      return t(
        `Việc giải quyết vụ việc ${ref} được tiếp tục.${due.vi}`,
        `Case ${ref} is resumed.${due.en}`,
        'Quyết định tiếp tục giải quyết',
        'Resumption decision',
      );
    case 'decision':
    case 'respondent_decision': {
      const o = label(rules.outcomes, d.outcome);
      const doc = decisionLines(c, profile, n.audience === 'filer' ? opts.trackingPage : undefined);
      return t(
        `Kết quả giải quyết vụ việc ${ref}: ${o.vi}.${doc.vi}`,
        `Outcome of case ${ref}: ${o.en}.${doc.en}`,
        'Thông báo kết quả giải quyết',
        'Notice of the outcome',
      );
    }
    case 'withdrawal':
      return t(
        `Cơ quan đã nhận việc rút đơn ${ref}; việc giải quyết được đình chỉ.`,
        `Your withdrawal of ${ref} was received; the case is discontinued.`,
        'Thông báo đình chỉ do rút đơn',
        'Notice of withdrawal',
      );
    case 'withdrawal_request':
      return t(
        `Yêu cầu rút đơn ${ref} đã được ghi nhận và chuyển người có thẩm quyền xem xét (Luật Tố cáo, Điều 33).`,
        `The request to withdraw ${ref} was recorded and goes to the competent person (Law on Denunciations art. 33).`,
        'Ghi nhận yêu cầu rút đơn',
        'Withdrawal request recorded',
      );
    case 'termination':
      return t(
        `Việc giải quyết vụ việc ${ref} bị đình chỉ: ${label(rules.terminationGrounds, d.ground).vi}.`,
        `Case ${ref} is terminated: ${label(rules.terminationGrounds, d.ground).en}.`,
        'Quyết định đình chỉ',
        'Termination decision',
      );
    case 'reopened':
      return t(
        `Vụ việc ${ref} được mở lại để giải quyết.${due.vi}`,
        `Case ${ref} was reopened.${due.en}`,
        'Thông báo mở lại vụ việc',
        'Notice of reopening',
      );
    case 'deadline_change': {
      // The holiday calendar changed (a year decided by the Prime Minister, a correction): each
      // moved period with its old and new last day.
      const changes = (d.changes ?? []) as {
        clock: string;
        from: string | null;
        to: string | null;
        provisional: boolean;
      }[];
      const day = (x: string | null) => (x ? formatDay(x) : '—');
      const lines = (locale: 'vi' | 'en') =>
        changes
          .map((x) => {
            const name = deadlineLabels[x.clock]?.[locale] ?? x.clock;
            return locale === 'vi'
              ? `\n- Hạn ${name.toLowerCase()}: từ ngày ${day(x.from)} chuyển thành ngày ${day(x.to)}${x.provisional ? ' (dự kiến: lịch nghỉ lễ, Tết chưa được công bố)' : ''}.`
              : `\n- ${name} due: moved from ${day(x.from)} to ${day(x.to)}${x.provisional ? ' (provisional: the holidays are not yet decided)' : ''}.`;
          })
          .join('');
      const edition = formatDay(String(d.calendar));
      return t(
        `Do lịch nghỉ lễ, Tết được công bố hoặc điều chỉnh (cập nhật ngày ${edition}), thời hạn của vụ việc ${ref} được tính lại như sau:${lines('vi')}`,
        `Because the public holidays were decided or corrected (update of ${edition}), the deadlines of case ${ref} were counted again:${lines('en')}`,
        'Thông báo thay đổi thời hạn',
        'Notice of a changed deadline',
      );
    }
    case 'escalation':
      return t(
        `Vụ việc ${ref} (${statusLabels[c.status].vi}) đã quá hạn ${String(d.clock)} (${formatDay(String(d.dueOn))}).`,
        `Case ${ref} (${statusLabels[c.status].en}) is overdue on ${String(d.clock)} (${formatDay(String(d.dueOn))}).`,
        'Cảnh báo quá hạn',
        'Overdue alert',
      );
  }
}

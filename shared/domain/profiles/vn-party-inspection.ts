/**
 * Party and mass-association inspection procedure (Regulation 296-QĐ/TW of 30 May 2025 and the
 * associations' own guidance; LEGAL.md §A6–A7). Every period is counted in working days. The text of
 * Regulation 296 could not be read during the research: values are from earlier regulations or
 * secondary sources, tagged S or U, and must be confirmed before use.
 */

import type { DeadlineRule, Profile } from '../profile.js';

const reg296 = 'Quy định 296-QĐ/TW (2025)';

const notHandled = (
  code: string,
  vi: string,
  en: string,
  basis = `${reg296}; Quy định 30-QĐ/TW mục 5.1.1`,
) => ({
  code,
  label: { vi, en },
  basis,
});

const partyOutcomes = [
  { code: 'true', label: { vi: 'Tố cáo đúng', en: 'Substantiated' } },
  { code: 'partly_true', label: { vi: 'Tố cáo đúng một phần', en: 'Partly substantiated' } },
  { code: 'false', label: { vi: 'Tố cáo sai', en: 'Unfounded' } },
];

const disciplineOutcomes = [
  {
    code: 'upheld',
    label: {
      vi: 'Khiếu nại đúng, thay đổi hoặc xóa bỏ kỷ luật',
      en: 'Upheld: discipline changed or annulled',
    },
  },
  { code: 'partly_upheld', label: { vi: 'Khiếu nại đúng một phần', en: 'Partly upheld' } },
  { code: 'not_upheld', label: { vi: 'Giữ nguyên hình thức kỷ luật', en: 'Not upheld: discipline stands' } },
];

/** Party-discipline complaints, first and higher level alike (values unconfirmed under Regulation 296). */
const disciplineDeadlines: DeadlineRule[] = [
  {
    name: 'acceptance',
    from: 'received',
    dayType: 'working',
    days: { normal: 10 },
    runsOnCase: true,
    basis: reg296,
    verification: 'U',
  },
  {
    name: 'resolution',
    from: 'accepted',
    dayType: 'working',
    days: { normal: 90 },
    runsOnCase: true,
    basis: reg296,
    verification: 'U',
  },
  {
    name: 'decision_notice',
    from: 'decided',
    dayType: 'working',
    days: { normal: 5 },
    runsOnCase: true,
    basis: reg296,
    verification: 'U',
  },
];

const common = {
  allowClaim: false,
  dialogue: 'optional' as const,
  suspendable: true,
  findingOnFirstDecision: false,
  suspensionGrounds: [
    {
      code: 'awaiting_other_result',
      label: { vi: 'Chờ kết quả của tổ chức, cơ quan khác', en: 'Awaiting another body’s result' },
      basis: reg296,
    },
  ],
};

export const vnPartyInspection2025: Profile = {
  id: 'vn-party-inspection',
  version: '2025.1',
  effectiveFrom: '2025-05-30',
  name: {
    vi: 'Quy trình kiểm tra của Đảng và đoàn thể',
    en: 'Party and mass-association inspection procedure',
  },
  dayCounting: 'civil-code-2015-art-147-148',
  documentLayout: 'party',
  honoursSwaps: false,
  tracks: {
    complaint_1: {
      label: { vi: 'Khiếu nại kỷ luật đảng', en: 'Complaint about Party discipline' },
      ...common,
      withdrawal: 'ends_case',
      notifyRespondent: false,
      noticesToFiler: true,
      terminationGrounds: [
        notHandled('withdrawn', 'Người khiếu nại rút đơn', 'The complainant withdrew', reg296),
      ],
      deadlines: disciplineDeadlines,
      rejectionGrounds: [
        notHandled(
          'out_of_time',
          'Quá thời hạn khiếu nại (01 tháng, tính là 30 ngày làm việc)',
          'Filed after the one-month window (30 working days)',
          'Điều lệ Đảng, Điều 39(7)',
        ),
        notHandled(
          'final_level',
          'Đã được cấp có thẩm quyền cao nhất giải quyết',
          'Already decided at the highest level',
        ),
        notHandled('on_behalf', 'Khiếu nại hộ người khác', 'Filed on someone else’s behalf'),
        notHandled(
          'no_written_decision',
          'Chưa nhận được quyết định kỷ luật bằng văn bản',
          'No written disciplinary decision yet',
        ),
      ],
      outcomes: disciplineOutcomes,
    },
    complaint_2: {
      label: {
        vi: 'Khiếu nại kỷ luật đảng lên cấp trên',
        en: 'Party-discipline complaint to the higher level',
      },
      ...common,
      findingOnFirstDecision: true,
      withdrawal: 'ends_case',
      notifyRespondent: false,
      noticesToFiler: true,
      terminationGrounds: [
        notHandled('withdrawn', 'Người khiếu nại rút đơn', 'The complainant withdrew', reg296),
      ],
      deadlines: disciplineDeadlines,
      rejectionGrounds: [
        notHandled(
          'out_of_time',
          'Quá thời hạn khiếu nại',
          'Filed after the window',
          'Điều lệ Đảng, Điều 39(7)',
        ),
        notHandled(
          'final_level',
          'Đã được cấp có thẩm quyền cao nhất giải quyết',
          'Already decided at the highest level',
        ),
      ],
      outcomes: disciplineOutcomes,
    },
    denunciation: {
      label: { vi: 'Tố cáo đảng viên, tổ chức đảng', en: 'Denunciation of a Party member or organisation' },
      ...common,
      withdrawal: 'chair_decides',
      notifyRespondent: true,
      noticesToFiler: true,
      terminationGrounds: [
        notHandled(
          'withdrawn',
          'Người tố cáo rút đơn (trừ trường hợp bị ép buộc, mua chuộc)',
          'Withdrawn (unless coerced or bought)',
          reg296,
        ),
      ],
      deadlines: [
        {
          name: 'screening',
          from: 'received',
          dayType: 'working',
          days: { normal: 10 },
          runsOnCase: true,
          basis: reg296,
          verification: 'U',
        },
        {
          // Counted from receipt by the competent body, and one extension for any case not finished
          // in time, not only a complex one (LEGAL.md §0.1, §A6).
          name: 'resolution',
          from: 'received',
          dayType: 'working',
          days: { normal: 90 },
          extension: { days: 30, maxTimes: { normal: 1, complex: 1, especially_complex: 1 } },
          runsOnCase: true,
          basis:
            'Quy định 30-QĐ/TW (2016): 90 ngày làm việc kể từ ngày nhận đơn (cấp tỉnh trở xuống), gia hạn một lần ≤ 30 ngày làm việc',
          verification: 'S',
        },
        {
          name: 'decision_notice',
          from: 'decided',
          dayType: 'working',
          days: { normal: 5 },
          runsOnCase: true,
          basis: reg296,
          verification: 'U',
        },
      ],
      rejectionGrounds: [
        notHandled(
          'anonymous',
          'Đơn nặc danh, mạo danh, không rõ địa chỉ',
          'Anonymous, impersonated, or no clear address',
        ),
        notHandled(
          'repeat_without_new_evidence',
          'Đã được kết luận, không có tình tiết mới',
          'Already concluded, no new evidence',
        ),
        notHandled(
          'vague',
          'Nội dung không cụ thể, không có cơ sở thẩm tra',
          'Vague content that cannot be verified',
        ),
        notHandled(
          'not_original',
          'Không phải bản chính có chữ ký trực tiếp của người tố cáo',
          'Not the original signed by the denouncer',
        ),
        notHandled(
          'several_signers',
          'Đơn có từ hai người trở lên cùng ký tên',
          'Signed by two or more people',
        ),
      ],
      outcomes: partyOutcomes,
    },
    anonymous_denunciation: {
      label: {
        vi: 'Thông tin nặc danh (không giải quyết như tố cáo)',
        en: 'Anonymous information (not handled as a denunciation)',
      },
      ...common,
      withdrawal: 'ends_case',
      notifyRespondent: false,
      noticesToFiler: false,
      terminationGrounds: [],
      deadlines: [
        {
          name: 'screening',
          from: 'received',
          dayType: 'working',
          days: { normal: 10 },
          runsOnCase: true,
          basis: reg296,
          verification: 'U',
        },
      ],
      rejectionGrounds: [
        notHandled(
          'anonymous',
          'Đơn nặc danh không giải quyết như tố cáo',
          'Anonymous letters are not handled as denunciations',
        ),
      ],
      outcomes: [
        { code: 'inspected', label: { vi: 'Đã kiểm tra theo thẩm quyền', en: 'Inspected within powers' } },
        { code: 'forwarded', label: { vi: 'Đã chuyển tổ chức có thẩm quyền', en: 'Forwarded' } },
      ],
    },
    petition: {
      label: {
        vi: 'Kiến nghị, phản ánh với tổ chức đảng, đoàn thể',
        en: 'Petition to a Party body or association',
      },
      ...common,
      allowClaim: true,
      withdrawal: 'ends_case',
      notifyRespondent: false,
      noticesToFiler: true,
      terminationGrounds: [],
      deadlines: [
        {
          name: 'answer',
          from: 'received',
          dayType: 'working',
          days: { normal: 10 },
          runsOnCase: true,
          basis: 'Thời hạn nội bộ',
          verification: 'U',
        },
        {
          name: 'resolution',
          from: 'accepted',
          dayType: 'working',
          days: { normal: 30 },
          runsOnCase: true,
          basis: 'Thời hạn nội bộ',
          verification: 'U',
        },
      ],
      rejectionGrounds: [
        notHandled(
          'ineligible',
          'Đơn không đủ điều kiện xử lý',
          'Not eligible for processing',
          'Thời hạn nội bộ',
        ),
      ],
      outcomes: [
        { code: 'answered', label: { vi: 'Đã trả lời', en: 'Answered' } },
        { code: 'transferred', label: { vi: 'Đã chuyển tổ chức có thẩm quyền', en: 'Transferred' } },
      ],
    },
    dispute: {
      label: {
        vi: 'Bảo vệ quyền lợi hội viên, hòa giải trong hội',
        en: 'Member-rights request or mediation within the association',
      },
      ...common,
      allowClaim: true,
      dialogue: 'required',
      withdrawal: 'ends_case',
      notifyRespondent: true,
      noticesToFiler: true,
      terminationGrounds: [],
      deadlines: [
        {
          name: 'acceptance',
          from: 'received',
          dayType: 'working',
          days: { normal: 5 },
          runsOnCase: true,
          basis: 'Hướng dẫn của hội (thời hạn nội bộ)',
          verification: 'U',
        },
        {
          name: 'mediation_start',
          from: 'assigned',
          dayType: 'working',
          days: { normal: 3 },
          runsOnCase: true,
          basis: 'Hướng dẫn của hội (thời hạn nội bộ)',
          verification: 'U',
        },
        {
          name: 'resolution',
          from: 'accepted',
          dayType: 'working',
          days: { normal: 30 },
          runsOnCase: true,
          basis: 'Hướng dẫn của hội (thời hạn nội bộ)',
          verification: 'U',
        },
      ],
      rejectionGrounds: [
        notHandled(
          'out_of_scope',
          'Không thuộc phạm vi của hội',
          'Outside the association’s scope',
          'Hướng dẫn của hội',
        ),
      ],
      outcomes: [
        { code: 'settled', label: { vi: 'Hòa giải thành', en: 'Settled' } },
        { code: 'not_settled', label: { vi: 'Hòa giải không thành', en: 'Not settled' } },
        { code: 'stopped', label: { vi: 'Dừng theo yêu cầu của bên', en: 'Stopped by a party' } },
      ],
    },
  },
};

/**
 * Default profile: Vietnamese state law (Law on Complaints 02/2011/QH13, Law on Denunciations
 * 25/2018/QH14 with Decree 31/2019, Law on Citizen Reception 42/2013/QH13, Law on Grassroots
 * Mediation 35/2013/QH13). Figures and citations from ../shared/LEGAL.md; tags V/S/U as there.
 * Holidays are the Government's announced days off; each year must be checked when announced.
 */

import type { Profile } from '../profile.js';

function awaitingOtherResult(basis: string) {
  return {
    code: 'awaiting_other_result',
    label: { vi: 'Chờ kết quả giải quyết của cơ quan, tổ chức khác', en: 'Awaiting another body’s result' },
    basis,
  };
}

const complaintWithdrawn = {
  code: 'withdrawn',
  label: { vi: 'Người khiếu nại rút khiếu nại', en: 'The complainant withdrew the complaint' },
  basis: 'Luật Khiếu nại 2011, Điều 10',
};

const denunciationTermination = [
  {
    code: 'withdrawn',
    label: { vi: 'Người tố cáo rút toàn bộ nội dung tố cáo', en: 'The denouncer withdrew every allegation' },
    basis: 'Luật Tố cáo 2018, Điều 33, 34(3)',
  },
  {
    code: 'deceased',
    label: {
      vi: 'Người bị tố cáo là cá nhân đã chết và nội dung chỉ liên quan đến người đó',
      en: 'The person denounced died and the allegations concern only them',
    },
    basis: 'Luật Tố cáo 2018, Điều 34(3)',
  },
  {
    code: 'already_decided',
    label: {
      vi: 'Vụ việc đã được giải quyết bằng bản án, quyết định có hiệu lực',
      en: 'Already decided by an effective judgment or decision',
    },
    basis: 'Luật Tố cáo 2018, Điều 34(3)',
  },
];

const sameGrounds = {
  out_of_jurisdiction: {
    code: 'out_of_jurisdiction',
    label: { vi: 'Không thuộc thẩm quyền giải quyết', en: 'Outside this body’s jurisdiction' },
  },
};

export const vnStateLaw2019: Profile = {
  id: 'vn-state-law',
  version: '2019.1',
  effectiveFrom: '2019-01-01',
  name: { vi: 'Quy trình theo pháp luật nhà nước', en: 'State-law procedure' },
  dayCounting: 'civil-code-2015-art-147-148',
  documentLayout: 'state',
  // Whether a swapped Saturday is a working day for statutory periods is not settled (LEGAL.md §0
  // [U]): the periods count the holidays and compensatory days only, as before.
  honoursSwaps: false,
  tracks: {
    complaint_1: {
      label: { vi: 'Khiếu nại lần đầu', en: 'Complaint, first instance' },
      allowClaim: false,
      dialogue: 'optional',
      withdrawal: 'ends_case',
      suspendable: true,
      notifyRespondent: false,
      noticesToFiler: true,
      findingOnFirstDecision: false,
      suspensionGrounds: [awaitingOtherResult('Luật số 136/2025/QH15 (hiệu lực 01/7/2026)')],
      terminationGrounds: [complaintWithdrawn],
      deadlines: [
        {
          name: 'acceptance',
          from: 'received',
          dayType: 'calendar',
          days: { normal: 10 },
          runsOnCase: true,
          basis: 'Luật Khiếu nại 2011, Điều 27',
          verification: 'V',
        },
        {
          name: 'resolution',
          from: 'accepted',
          dayType: 'calendar',
          days: { normal: 30, complex: 45, especially_complex: 45 },
          remoteDays: { normal: 45, complex: 60, especially_complex: 60 },
          runsOnCase: true,
          basis: 'Luật Khiếu nại 2011, Điều 28',
          verification: 'V',
        },
        {
          name: 'decision_notice',
          from: 'decided',
          dayType: 'working',
          days: { normal: 3 },
          runsOnCase: true,
          basis: 'Luật Khiếu nại 2011, Điều 32',
          verification: 'V',
        },
      ],
      rejectionGrounds: [
        {
          code: 'excluded_act',
          label: {
            vi: 'Quyết định, hành vi không thuộc đối tượng khiếu nại (văn bản chỉ đạo nội bộ, văn bản quy phạm, bí mật nhà nước…)',
            en: 'Decision or act that cannot be complained about (internal directive, normative document, state secret…)',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(1)',
        },
        {
          code: 'not_directly_affected',
          label: {
            vi: 'Không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại',
            en: 'Does not directly affect the complainant’s rights',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(2)',
        },
        {
          code: 'no_capacity',
          label: {
            vi: 'Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp',
            en: 'Complainant lacks civil capacity and has no legal representative',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(3)',
        },
        {
          code: 'unlawful_representative',
          label: { vi: 'Người đại diện không hợp pháp', en: 'Unlawful representative' },
          basis: 'Luật Khiếu nại 2011, Điều 11(4)',
        },
        {
          code: 'not_signed',
          label: {
            vi: 'Đơn khiếu nại không có chữ ký hoặc điểm chỉ',
            en: 'Letter not signed or fingerprinted',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(5)',
        },
        {
          code: 'time_limit_expired',
          label: {
            vi: 'Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng',
            en: 'Time limit expired without good reason',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(6)',
        },
        {
          code: 'second_decision_exists',
          label: {
            vi: 'Đã có quyết định giải quyết khiếu nại lần hai',
            en: 'A second-instance decision already exists',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(7)',
        },
        {
          code: 'not_continued_after_termination',
          label: {
            vi: 'Không tiếp tục khiếu nại trong 30 ngày sau thông báo đình chỉ',
            en: 'Not continued within 30 days of a termination notice',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(8)',
        },
        {
          code: 'court_accepted',
          label: {
            vi: 'Tòa án đã thụ lý hoặc đã giải quyết',
            en: 'A court has accepted or decided the matter',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(9)',
        },
        { ...sameGrounds.out_of_jurisdiction, basis: 'Luật Khiếu nại 2011, Điều 27' },
      ],
      outcomes: [
        { code: 'upheld', label: { vi: 'Khiếu nại đúng', en: 'Upheld' } },
        { code: 'partly_upheld', label: { vi: 'Khiếu nại đúng một phần', en: 'Partly upheld' } },
        { code: 'not_upheld', label: { vi: 'Khiếu nại sai', en: 'Not upheld' } },
      ],
    },
    complaint_2: {
      label: { vi: 'Khiếu nại lần hai', en: 'Complaint, second instance' },
      allowClaim: false,
      dialogue: 'required',
      withdrawal: 'ends_case',
      suspendable: true,
      notifyRespondent: false,
      noticesToFiler: true,
      findingOnFirstDecision: true,
      suspensionGrounds: [awaitingOtherResult('Luật số 136/2025/QH15 (hiệu lực 01/7/2026)')],
      terminationGrounds: [complaintWithdrawn],
      deadlines: [
        {
          name: 'acceptance',
          from: 'received',
          dayType: 'calendar',
          days: { normal: 10 },
          runsOnCase: true,
          basis: 'Luật Khiếu nại 2011, Điều 36(1)',
          verification: 'V',
        },
        {
          name: 'resolution',
          from: 'accepted',
          dayType: 'calendar',
          days: { normal: 45, complex: 60, especially_complex: 60 },
          remoteDays: { normal: 60, complex: 70, especially_complex: 70 },
          runsOnCase: true,
          basis: 'Luật Khiếu nại 2011, Điều 37',
          verification: 'V',
        },
        {
          name: 'decision_notice',
          from: 'decided',
          dayType: 'calendar',
          days: { normal: 7 },
          runsOnCase: true,
          basis: 'Luật Khiếu nại 2011, Điều 41',
          verification: 'V',
        },
      ],
      rejectionGrounds: [
        {
          code: 'not_directly_affected',
          label: {
            vi: 'Không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại',
            en: 'Does not directly affect the complainant’s rights',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(2)',
        },
        {
          code: 'not_signed',
          label: {
            vi: 'Đơn khiếu nại không có chữ ký hoặc điểm chỉ',
            en: 'Letter not signed or fingerprinted',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(5)',
        },
        {
          code: 'time_limit_expired',
          label: {
            vi: 'Quá thời hạn khiếu nại lần hai mà không có lý do chính đáng',
            en: 'Second-complaint window expired without good reason',
          },
          basis: 'Luật Khiếu nại 2011, Điều 33(1), 11(6)',
        },
        {
          code: 'second_decision_exists',
          label: {
            vi: 'Đã có quyết định giải quyết khiếu nại lần hai',
            en: 'A second-instance decision already exists',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(7)',
        },
        {
          code: 'court_accepted',
          label: {
            vi: 'Tòa án đã thụ lý hoặc đã giải quyết',
            en: 'A court has accepted or decided the matter',
          },
          basis: 'Luật Khiếu nại 2011, Điều 11(9)',
        },
        { ...sameGrounds.out_of_jurisdiction, basis: 'Luật Khiếu nại 2011, Điều 36' },
      ],
      outcomes: [
        { code: 'upheld', label: { vi: 'Khiếu nại đúng', en: 'Upheld' } },
        { code: 'partly_upheld', label: { vi: 'Khiếu nại đúng một phần', en: 'Partly upheld' } },
        { code: 'not_upheld', label: { vi: 'Khiếu nại sai toàn bộ', en: 'Not upheld' } },
      ],
    },
    denunciation: {
      label: { vi: 'Tố cáo', en: 'Denunciation' },
      allowClaim: false,
      dialogue: 'optional',
      withdrawal: 'chair_decides',
      suspendable: true,
      notifyRespondent: true,
      noticesToFiler: true,
      findingOnFirstDecision: false,
      suspensionGrounds: [
        awaitingOtherResult('Luật Tố cáo 2018, Điều 34(1)'),
        {
          code: 'awaiting_expert_examination',
          label: {
            vi: 'Chờ kết quả giám định bổ sung, giám định lại',
            en: 'Awaiting an additional or repeated expert examination',
          },
          basis: 'Luật Tố cáo 2018, Điều 34(1)',
        },
      ],
      terminationGrounds: denunciationTermination,
      deadlines: [
        {
          name: 'screening',
          from: 'received',
          dayType: 'working',
          days: { normal: 7 },
          // Tied to how the content must be checked, not to the case's complexity.
          longer: {
            days: 10,
            grounds: [
              {
                code: 'several_places',
                label: {
                  vi: 'Cần kiểm tra, xác minh tại nhiều địa điểm',
                  en: 'Verification at several places',
                },
                basis: 'Luật Tố cáo 2018, Điều 24(1)',
              },
              {
                code: 'delegated',
                label: {
                  vi: 'Phải ủy quyền kiểm tra, xác minh',
                  en: 'Verification delegated to another body',
                },
                basis: 'Luật Tố cáo 2018, Điều 24(1)',
              },
            ],
          },
          runsOnCase: true,
          basis: 'Luật Tố cáo 2018, Điều 24(1)',
          verification: 'V',
        },
        {
          name: 'transfer',
          from: 'received',
          dayType: 'working',
          days: { normal: 5 },
          runsOnCase: false,
          basis: 'Luật Tố cáo 2018, Điều 24(2)',
          verification: 'V',
        },
        {
          name: 'acceptance_notice',
          from: 'accepted',
          dayType: 'working',
          days: { normal: 5 },
          runsOnCase: true,
          basis: 'Luật Tố cáo 2018, Điều 29(3)',
          verification: 'V',
        },
        {
          name: 'resolution',
          from: 'accepted',
          dayType: 'calendar',
          days: { normal: 30 },
          extension: { days: 30, maxTimes: { normal: 0, complex: 1, especially_complex: 2 } },
          runsOnCase: true,
          basis: 'Luật Tố cáo 2018, Điều 30',
          verification: 'V',
        },
        {
          name: 'decision_notice',
          from: 'decided',
          dayType: 'working',
          days: { normal: 5 },
          runsOnCase: true,
          basis: 'Luật Tố cáo 2018, Điều 35(3)',
          verification: 'V',
        },
      ],
      rejectionGrounds: [
        {
          code: 'form_requirements',
          label: { vi: 'Đơn tố cáo không đáp ứng yêu cầu về hình thức', en: 'Form requirements not met' },
          basis: 'Luật Tố cáo 2018, Điều 23, 29(1)(a)',
        },
        {
          code: 'no_capacity',
          label: {
            vi: 'Người tố cáo không có năng lực hành vi dân sự và không có người đại diện',
            en: 'Denouncer lacks civil capacity and has no representative',
          },
          basis: 'Luật Tố cáo 2018, Điều 29(1)(b)',
        },
        {
          code: 'no_basis_to_identify',
          label: {
            vi: 'Không có cơ sở để xác định người vi phạm, hành vi vi phạm',
            en: 'No basis to identify the violator and the violation',
          },
          basis: 'Luật Tố cáo 2018, Điều 29(1)(d)',
        },
        {
          code: 'resolved_complaint_without_evidence',
          label: {
            vi: 'Tố cáo phát sinh từ khiếu nại đã giải quyết đúng pháp luật mà không có bằng chứng vi phạm',
            en: 'Arises from a lawfully resolved complaint without evidence against the resolver',
          },
          basis: 'Luật Tố cáo 2018, Điều 29(1)',
        },
        {
          code: 'sent_to_many_bodies',
          label: {
            vi: 'Đơn gửi đồng thời nhiều cơ quan hoặc gửi lại cơ quan không có thẩm quyền sau khi đã được hướng dẫn',
            en: 'Sent to many bodies, or re-sent to an incompetent body after guidance',
          },
          basis: 'Luật Tố cáo 2018, Điều 24(3)',
        },
        { ...sameGrounds.out_of_jurisdiction, basis: 'Luật Tố cáo 2018, Điều 29(1)(c)' },
      ],
      outcomes: [
        { code: 'true', label: { vi: 'Tố cáo đúng', en: 'Substantiated' } },
        { code: 'partly_true', label: { vi: 'Tố cáo đúng một phần', en: 'Partly substantiated' } },
        { code: 'false', label: { vi: 'Tố cáo sai sự thật', en: 'Unfounded' } },
        {
          code: 'referred_criminal',
          label: { vi: 'Chuyển cơ quan điều tra', en: 'Referred to criminal investigators' },
        },
      ],
    },
    anonymous_denunciation: {
      label: {
        vi: 'Thông tin có nội dung tố cáo (nặc danh)',
        en: 'Information with denunciation content (anonymous)',
      },
      allowClaim: false,
      dialogue: 'optional',
      // Information with signs of violation is still inspected (art. 25(2)): the chair decides, as for a named one.
      withdrawal: 'chair_decides',
      suspendable: true,
      notifyRespondent: false,
      noticesToFiler: false,
      findingOnFirstDecision: false,
      suspensionGrounds: [awaitingOtherResult('Luật Tố cáo 2018, Điều 25, 34(1)')],
      terminationGrounds: denunciationTermination,
      deadlines: [
        {
          name: 'screening',
          from: 'received',
          dayType: 'working',
          days: { normal: 7 },
          runsOnCase: true,
          basis: 'Luật Tố cáo 2018, Điều 25; thời hạn nội bộ theo Điều 24(1)',
          verification: 'S',
        },
      ],
      rejectionGrounds: [
        {
          code: 'not_specific',
          label: {
            vi: 'Thông tin không cụ thể, không có căn cứ để kiểm tra, xác minh',
            en: 'Not specific or verifiable',
          },
          basis: 'Luật Tố cáo 2018, Điều 25(2)',
        },
        { ...sameGrounds.out_of_jurisdiction, basis: 'Luật Tố cáo 2018, Điều 25(2)' },
      ],
      outcomes: [
        {
          code: 'inspected',
          label: { vi: 'Đã thanh tra, kiểm tra theo thẩm quyền', en: 'Inspected within powers' },
        },
        {
          code: 'forwarded',
          label: { vi: 'Đã chuyển cơ quan có thẩm quyền', en: 'Forwarded for inspection' },
        },
      ],
    },
    petition: {
      label: { vi: 'Kiến nghị, phản ánh', en: 'Petition or feedback' },
      allowClaim: true,
      dialogue: 'optional',
      withdrawal: 'ends_case',
      suspendable: true,
      notifyRespondent: false,
      noticesToFiler: true,
      findingOnFirstDecision: false,
      suspensionGrounds: [awaitingOtherResult('Thời hạn nội bộ')],
      terminationGrounds: [],
      deadlines: [
        {
          name: 'answer',
          from: 'received',
          dayType: 'working',
          days: { normal: 10 },
          runsOnCase: true,
          basis: 'Luật Tiếp công dân 2013, Điều 28(1)',
          verification: 'V',
        },
        {
          name: 'resolution',
          from: 'accepted',
          dayType: 'calendar',
          days: { normal: 30 },
          runsOnCase: true,
          basis: 'Thời hạn nội bộ (pháp luật chưa quy định)',
          verification: 'U',
        },
      ],
      rejectionGrounds: [
        {
          code: 'ineligible',
          label: { vi: 'Đơn không đủ điều kiện xử lý', en: 'Not eligible for processing' },
          basis: 'Thông tư 05/2021/TT-TTCP, Điều 6',
        },
        { ...sameGrounds.out_of_jurisdiction, basis: 'Luật Tiếp công dân 2013, Điều 26(2)' },
      ],
      outcomes: [
        { code: 'answered', label: { vi: 'Đã trả lời', en: 'Answered' } },
        { code: 'transferred', label: { vi: 'Đã chuyển cơ quan có thẩm quyền', en: 'Transferred' } },
      ],
    },
    dispute: {
      label: { vi: 'Tranh chấp, mâu thuẫn (hòa giải ở cơ sở)', en: 'Dispute (grassroots mediation)' },
      allowClaim: true,
      dialogue: 'required',
      withdrawal: 'ends_case',
      suspendable: true,
      notifyRespondent: true,
      noticesToFiler: true,
      findingOnFirstDecision: false,
      suspensionGrounds: [awaitingOtherResult('Thời hạn nội bộ')],
      terminationGrounds: [
        {
          code: 'party_stopped',
          label: { vi: 'Một bên yêu cầu chấm dứt hòa giải', en: 'A party asked to stop the mediation' },
          basis: 'Luật Hòa giải ở cơ sở 2013, Điều 23(2)',
        },
      ],
      deadlines: [
        {
          name: 'acceptance',
          from: 'received',
          dayType: 'calendar',
          days: { normal: 7 },
          runsOnCase: true,
          basis:
            'Thời hạn nội bộ: xác nhận và phân loại trong 7 ngày (theo thông lệ Chỉ thị EU 2019/1937, Điều 9)',
          verification: 'U',
        },
        {
          name: 'mediation_start',
          from: 'assigned',
          dayType: 'calendar',
          days: { normal: 3 },
          runsOnCase: true,
          basis: 'Luật Hòa giải ở cơ sở 2013, Điều 20',
          verification: 'V',
        },
        {
          name: 'resolution',
          from: 'accepted',
          dayType: 'calendar',
          days: { normal: 30 },
          runsOnCase: true,
          basis: 'Thời hạn nội bộ (pháp luật chưa quy định)',
          verification: 'U',
        },
      ],
      rejectionGrounds: [
        {
          code: 'public_interest',
          label: {
            vi: 'Xâm phạm lợi ích của Nhà nước, lợi ích công cộng',
            en: 'Affects state or public interests',
          },
          basis: 'Luật Hòa giải ở cơ sở 2013, Điều 3(1)',
        },
        {
          code: 'not_mediable',
          label: {
            vi: 'Việc hôn nhân gia đình, dân sự không được hòa giải theo pháp luật',
            en: 'Family or civil matter that may not be mediated',
          },
          basis: 'Luật Hòa giải ở cơ sở 2013, Điều 3(2)',
        },
        {
          code: 'sanctionable_conduct',
          label: {
            vi: 'Hành vi phải xử lý hình sự hoặc xử phạt vi phạm hành chính',
            en: 'Conduct subject to criminal or administrative sanction',
          },
          basis: 'Luật Hòa giải ở cơ sở 2013, Điều 3(3)',
        },
        {
          code: 'parties_declined',
          label: { vi: 'Các bên không đồng ý hòa giải', en: 'The parties do not agree to mediation' },
          basis: 'Luật Hòa giải ở cơ sở 2013, Điều 4(1)',
        },
      ],
      outcomes: [
        { code: 'settled', label: { vi: 'Hòa giải thành', en: 'Settled' } },
        { code: 'not_settled', label: { vi: 'Hòa giải không thành', en: 'Not settled' } },
        { code: 'stopped', label: { vi: 'Dừng hòa giải theo yêu cầu của bên', en: 'Stopped by a party' } },
        {
          code: 'out_of_scope',
          label: { vi: 'Không thuộc phạm vi hòa giải, đã hướng dẫn', en: 'Out of scope, referred' },
        },
      ],
    },
  },
};

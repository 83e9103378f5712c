/**
 * What each track's resolution document must contain (its required parts, as the law lists them)
 * and what follows it for the filer, as profile data (LEGAL.md §A1–A6). The state-law texts are read
 * from the articles cited [V]; the Party texts follow the state ones where Regulation 296 could not
 * be read [U].
 */
import type { DocumentRules, NextStepRule, Track } from '../profile.js';

const KN = 'Luật Khiếu nại 2011';
const TC = 'Luật Tố cáo 2018';
const HG = 'Luật Hòa giải ở cơ sở 2013';
const TCD = 'Luật Tiếp công dân 2013';

const part = (
  code: string,
  vi: string,
  en: string,
  basis: string,
  required: 'always' | 'if_dialogue' | 'optional' = 'always',
  extra: { reason?: boolean; template?: { vi: string; en: string } } = {},
) => ({ code, label: { vi, en }, basis, required, reason: extra.reason ?? false, template: extra.template });

const complaintRights1 = {
  vi: 'Trong thời hạn 30 ngày (vùng sâu, vùng xa: 45 ngày) kể từ ngày nhận được quyết định này mà không đồng ý, người khiếu nại có quyền khiếu nại lần hai đến người có thẩm quyền hoặc khởi kiện vụ án hành chính tại Tòa án theo quy định của pháp luật về tố tụng hành chính.',
  en: 'Within 30 days (45 in remote areas) of receiving this decision, a complainant who disagrees may file a second complaint with the competent person or bring an administrative lawsuit in court.',
};

const complaint1: DocumentRules = {
  title: { vi: 'QUYẾT ĐỊNH', en: 'DECISION' },
  about: {
    vi: 'Về việc giải quyết khiếu nại (lần đầu)',
    en: 'On the resolution of a complaint (first instance)',
  },
  symbol: 'QĐ',
  filerDocument: 'decision',
  basis: `${KN}, Điều 31`,
  parts: [
    part('complaint_content', 'Nội dung khiếu nại', 'Content of the complaint', `${KN}, Điều 31(2)(c)`),
    part(
      'verification',
      'Kết quả xác minh nội dung khiếu nại',
      'Verification result',
      `${KN}, Điều 31(2)(d)`,
      'always',
      {
        reason: true,
      },
    ),
    part('dialogue', 'Kết quả đối thoại', 'Result of the dialogue', `${KN}, Điều 31(2)(đ)`, 'if_dialogue', {
      reason: true,
    }),
    part(
      'legal_basis',
      'Căn cứ pháp luật để giải quyết khiếu nại',
      'Legal basis',
      `${KN}, Điều 31(2)(e)`,
      'always',
      {
        reason: true,
      },
    ),
    part(
      'conclusion',
      'Kết luận nội dung khiếu nại là đúng, đúng một phần hoặc sai toàn bộ',
      'Conclusion: the complaint is right, partly right or wrong',
      `${KN}, Điều 31(2)(g)`,
      'always',
      { reason: true },
    ),
    part(
      'remedy',
      'Giữ nguyên, sửa đổi, bổ sung hoặc hủy bỏ một phần hay toàn bộ quyết định hành chính, chấm dứt hành vi hành chính',
      'Remedy: keep, amend, supplement or annul the decision, or stop the act',
      `${KN}, Điều 31(2)(h)`,
    ),
    part(
      'compensation',
      'Việc bồi thường thiệt hại (nếu có)',
      'Compensation (if any)',
      `${KN}, Điều 31(2)(i)`,
      'optional',
    ),
    part(
      'rights',
      'Quyền khiếu nại lần hai, quyền khởi kiện vụ án hành chính',
      'The right to a second complaint or a lawsuit',
      `${KN}, Điều 31(2)(k)`,
      'always',
      { template: complaintRights1 },
    ),
  ],
};

const complaint2: DocumentRules = {
  title: { vi: 'QUYẾT ĐỊNH', en: 'DECISION' },
  about: {
    vi: 'Về việc giải quyết khiếu nại (lần hai)',
    en: 'On the resolution of a complaint (second instance)',
  },
  symbol: 'QĐ',
  filerDocument: 'decision',
  basis: `${KN}, Điều 40`,
  parts: [
    part('complaint_content', 'Nội dung khiếu nại', 'Content of the complaint', `${KN}, Điều 40(2)(c)`),
    part(
      'first_decision_result',
      'Kết quả giải quyết khiếu nại của người giải quyết khiếu nại lần đầu',
      'Result of the first-instance resolution',
      `${KN}, Điều 40(2)(d)`,
    ),
    part(
      'verification',
      'Kết quả xác minh nội dung khiếu nại',
      'Verification result',
      `${KN}, Điều 40(2)(đ)`,
      'always',
      {
        reason: true,
      },
    ),
    part('dialogue', 'Kết quả đối thoại', 'Result of the dialogue', `${KN}, Điều 40(2)(e)`, 'always', {
      reason: true,
    }),
    part(
      'legal_basis',
      'Căn cứ pháp luật để giải quyết khiếu nại',
      'Legal basis',
      `${KN}, Điều 40(2)(g)`,
      'always',
      {
        reason: true,
      },
    ),
    part(
      'conclusion',
      'Kết luận nội dung khiếu nại là đúng, đúng một phần hoặc sai toàn bộ; yêu cầu sửa đổi, hủy bỏ quyết định lần đầu nếu có',
      'Conclusion: right, partly right or wholly wrong; what must change in the first decision',
      `${KN}, Điều 40(2)(h)`,
      'always',
      { reason: true },
    ),
    part(
      'remedy',
      'Việc khôi phục quyền, lợi ích hợp pháp',
      'Restoration of lawful rights and interests',
      `${KN}, Điều 40(2)(i)`,
    ),
    part(
      'compensation',
      'Việc bồi thường thiệt hại (nếu có)',
      'Compensation (if any)',
      `${KN}, Điều 40(2)(k)`,
      'optional',
    ),
    part(
      'rights',
      'Quyền khởi kiện vụ án hành chính',
      'The right to a lawsuit',
      `${KN}, Điều 40(2)(l)`,
      'always',
      {
        template: {
          vi: 'Người khiếu nại, người bị khiếu nại, người có quyền và nghĩa vụ liên quan có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của pháp luật về tố tụng hành chính.',
          en: 'The complainant, the respondent and related persons may bring an administrative lawsuit in court.',
        },
      },
    ),
  ],
};

const denunciation: DocumentRules = {
  title: { vi: 'KẾT LUẬN', en: 'CONCLUSION' },
  about: { vi: 'Nội dung tố cáo', en: 'On the content of a denunciation' },
  symbol: 'KL',
  filerDocument: 'notice',
  basis: `${TC}, Điều 35`,
  parts: [
    part('denunciation_content', 'Nội dung tố cáo', 'Content of the denunciation', `${TC}, Điều 35(1)`),
    part('verification', 'Kết quả xác minh nội dung tố cáo', 'Verification result', `${TC}, Điều 35(1)(a)`),
    part(
      'legal_basis',
      'Căn cứ pháp luật để xác định có hay không có hành vi vi phạm pháp luật',
      'Legal basis for finding whether the law was broken',
      `${TC}, Điều 35(1)(b)`,
      'always',
      { reason: true },
    ),
    part(
      'conclusion',
      'Kết luận nội dung tố cáo là đúng, đúng một phần hoặc tố cáo sai sự thật; trách nhiệm của từng cá nhân, cơ quan',
      'Conclusion: substantiated, partly substantiated or unfounded; who is responsible',
      `${TC}, Điều 35(1)(c)`,
      'always',
      { reason: true },
    ),
    part(
      'handling',
      'Các biện pháp xử lý theo thẩm quyền; kiến nghị xử lý',
      'Measures taken within powers; recommendations',
      `${TC}, Điều 35(1)(d)`,
    ),
  ],
};

const anonymous: DocumentRules = {
  title: { vi: 'BÁO CÁO', en: 'REPORT' },
  about: {
    vi: 'Kết quả xử lý thông tin có nội dung tố cáo',
    en: 'On the handling of information with denunciation content',
  },
  symbol: 'BC',
  filerDocument: 'none',
  basis: `${TC}, Điều 25`,
  parts: [
    part('information', 'Nội dung thông tin', 'The information received', `${TC}, Điều 25(2)`),
    part('verification', 'Kết quả thanh tra, kiểm tra', 'Result of the inspection', `${TC}, Điều 25(2)`),
    part('conclusion', 'Kết luận và biện pháp xử lý', 'Conclusion and measures', `${TC}, Điều 25(2)`),
  ],
};

const petition: DocumentRules = {
  title: { vi: 'THÔNG BÁO', en: 'NOTICE' },
  about: { vi: 'Trả lời kiến nghị, phản ánh', en: 'Answer to a petition' },
  symbol: 'TB',
  filerDocument: 'decision',
  basis: `${TCD}, Điều 28`,
  parts: [
    part('petition_content', 'Nội dung kiến nghị, phản ánh', 'Content of the petition', `${TCD}, Điều 28`),
    part(
      'answer',
      'Nội dung trả lời, biện pháp giải quyết',
      'The answer and what will be done',
      `${TCD}, Điều 28`,
      'always',
      {
        reason: true,
      },
    ),
    part('legal_basis', 'Căn cứ', 'Basis', `${TCD}, Điều 28`, 'optional', { reason: true }),
  ],
};

const dispute: DocumentRules = {
  title: { vi: 'BIÊN BẢN HÒA GIẢI', en: 'MEDIATION RECORD' },
  about: { vi: 'Kết quả hòa giải ở cơ sở', en: 'Result of grassroots mediation' },
  symbol: 'BB',
  filerDocument: 'decision',
  basis: `${HG}, Điều 24`,
  parts: [
    part('grounds', 'Căn cứ tiến hành hòa giải', 'Grounds for the mediation', `${HG}, Điều 24(2)(a)`),
    part('parties', 'Thông tin cơ bản về các bên', 'The parties', `${HG}, Điều 24(2)(b)`),
    part('matter', 'Nội dung chủ yếu của vụ, việc', 'What the matter is about', `${HG}, Điều 24(2)(c)`),
    part(
      'proceedings',
      'Diễn biến của quá trình hòa giải',
      'How the mediation went',
      `${HG}, Điều 24(2)(d)`,
      'always',
      {
        reason: true,
      },
    ),
    part(
      'agreement',
      'Thỏa thuận đạt được, giải pháp thực hiện',
      'What was agreed, and how',
      `${HG}, Điều 24(2)(đ)`,
      'always',
      {
        reason: true,
      },
    ),
    part(
      'performance',
      'Phương thức, thời hạn thực hiện thỏa thuận',
      'How and by when it is performed',
      `${HG}, Điều 24(2)(e)`,
    ),
    part(
      'rights_duties',
      'Quyền, nghĩa vụ của các bên',
      'The parties’ rights and duties',
      `${HG}, Điều 24(2)(g)`,
    ),
    part(
      'signatures',
      'Chữ ký hoặc điểm chỉ của các bên, hòa giải viên',
      'Signatures or fingerprints of the parties and the mediator',
      `${HG}, Điều 24(2)(h)`,
      'always',
      {
        template: {
          vi: 'Các bên và hòa giải viên đã ký hoặc điểm chỉ vào bản giấy của biên bản này, lưu tại tổ hòa giải.',
          en: 'The parties and the mediator signed or fingerprinted the paper copy of this record, kept by the mediation team.',
        },
      },
    ),
  ],
};

export const stateLawDocuments: Record<Track, DocumentRules> = {
  complaint_1: complaint1,
  complaint_2: complaint2,
  denunciation,
  anonymous_denunciation: anonymous,
  petition,
  dispute,
};

const effective = (basis: string): NextStepRule => ({
  step: 'effective',
  label: { vi: 'Quyết định có hiệu lực pháp luật', en: 'The decision takes legal effect' },
  dayType: 'calendar',
  days: 30,
  remoteDays: 45,
  basis,
  verification: 'V',
});

export const stateLawNextSteps: Record<Track, NextStepRule[]> = {
  complaint_1: [
    {
      step: 'second_complaint',
      label: {
        vi: 'Hạn khiếu nại lần hai nếu ông/bà không đồng ý',
        en: 'Last day for a second complaint if you disagree',
      },
      dayType: 'calendar',
      days: 30,
      remoteDays: 45,
      basis: `${KN}, Điều 33(1)`,
      verification: 'V',
    },
    {
      step: 'lawsuit',
      label: {
        vi: 'Hoặc khởi kiện vụ án hành chính tại Tòa án',
        en: 'Or bring an administrative lawsuit in court',
      },
      basis: `${KN}, Điều 7, 33`,
      verification: 'V',
    },
    effective(`${KN}, Điều 44 (nếu không có khiếu nại lần hai)`),
  ],
  complaint_2: [
    {
      step: 'lawsuit',
      label: {
        vi: 'Ông/bà có quyền khởi kiện vụ án hành chính',
        en: 'You may bring an administrative lawsuit',
      },
      basis: `${KN}, Điều 42`,
      verification: 'V',
    },
    effective(`${KN}, Điều 44`),
  ],
  denunciation: [
    {
      step: 'publication',
      label: {
        vi: 'Kết luận được công khai (không nêu danh tính người tố cáo)',
        en: 'The conclusion is published (never naming the denouncer)',
      },
      dayType: 'working',
      days: 7,
      basis: `${TC}, Điều 40`,
      verification: 'V',
    },
    {
      step: 're_denounce',
      label: {
        vi: 'Nếu việc giải quyết không đúng pháp luật hoặc quá hạn, ông/bà có quyền tố cáo tiếp đến cơ quan cấp trên',
        en: 'If the resolution was unlawful or late, you may denounce again to the superior body',
      },
      basis: `${TC}, Điều 37, 38`,
      verification: 'V',
    },
  ],
  anonymous_denunciation: [],
  petition: [],
  dispute: [
    {
      step: 'performance',
      label: {
        vi: 'Các bên thực hiện thỏa thuận; hòa giải viên theo dõi, đôn đốc',
        en: 'The parties perform what they agreed; the mediator follows it up',
      },
      basis: `${HG}, Điều 24–26`,
      verification: 'V',
    },
    {
      step: 'not_settled',
      label: {
        vi: 'Nếu không thành, các bên có quyền yêu cầu cơ quan có thẩm quyền giải quyết',
        en: 'If not settled, the parties may go to the competent authority',
      },
      basis: `${HG}, Điều 27`,
      verification: 'V',
    },
  ],
};

const reg296 = 'Quy định 296-QĐ/TW (2025)';

/** Party bodies issue conclusions and decisions in the Party's own document form. */
export const partyDocuments: Record<Track, DocumentRules> = {
  ...stateLawDocuments,
  complaint_1: {
    ...complaint1,
    about: { vi: 'Về việc giải quyết khiếu nại kỷ luật đảng', en: 'On a Party-discipline complaint' },
    basis: reg296,
  },
  complaint_2: {
    ...complaint2,
    about: {
      vi: 'Về việc giải quyết khiếu nại kỷ luật đảng (cấp trên)',
      en: 'On a Party-discipline complaint (higher level)',
    },
    basis: reg296,
  },
  denunciation: { ...denunciation, basis: reg296 },
};

export const partyNextSteps: Record<Track, NextStepRule[]> = {
  ...stateLawNextSteps,
  complaint_1: [
    {
      step: 'second_complaint',
      label: {
        vi: 'Hạn khiếu nại lên cấp trên nếu không đồng ý',
        en: 'Last day to complain to the higher level',
      },
      dayType: 'working',
      days: 30,
      basis: 'Điều lệ Đảng, Điều 39(7)',
      verification: 'S',
    },
  ],
  complaint_2: [],
  denunciation: [
    {
      step: 're_denounce',
      label: {
        vi: 'Nếu việc giải quyết không đúng, ông/bà có quyền tố cáo đến tổ chức đảng cấp trên',
        en: 'If the resolution was wrong, you may denounce to the higher Party body',
      },
      basis: reg296,
      verification: 'U',
    },
  ],
};

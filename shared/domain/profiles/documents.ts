/**
 * What each track's resolution document must contain (its parts, with the letter of the article that
 * lists them), who receives it, and what follows it for the filer, as profile data (LEGAL.md §A1–A6).
 * State-law texts are read from the articles cited [V]; the Party texts follow Regulation 296's
 * predecessors where 296 itself could not be read [U].
 */
import type { DocumentRules, NextStepRule, Profile, ProfileDocuments, Track } from '../profile.js';

const KN = 'Luật Khiếu nại 2011';
const TC = 'Luật Tố cáo 2018';
const HG = 'Luật Hòa giải ở cơ sở 2013';
const TCD = 'Luật Tiếp công dân 2013';
const reg296 = 'Quy định 296-QĐ/TW (2025)';

type Required = 'always' | 'if_dialogue' | 'optional';
const part = (
  code: string,
  vi: string,
  en: string,
  basis: string,
  required: Required = 'always',
  extra: {
    reason?: boolean;
    operative?: boolean;
    template?: { vi: string; en: string };
    onlyFor?: string[];
  } = {},
) => ({
  code,
  label: { vi, en },
  basis,
  required,
  reason: extra.reason ?? false,
  operative: extra.operative ?? false,
  template: extra.template,
  onlyFor: extra.onlyFor,
});
const t = (vi: string, en: string) => ({ vi, en });

function buildProfileDocuments(): Record<Profile['id'], ProfileDocuments> {
  const complaintLaw = t(
    'Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;',
    'Pursuant to the Law on Complaints of 11 November 2011;',
  );
  const complaintRecipients = [
    t('- Người bị khiếu nại;', '- The person complained about;'),
    t('- Thủ trưởng cấp trên trực tiếp của người giải quyết;', '- The resolver’s direct superior;'),
    t('- Thanh tra cùng cấp;', '- The inspectorate at the same level;'),
    t(
      '- Cơ quan, tổ chức, cá nhân có liên quan; cơ quan đã chuyển đơn (nếu có);',
      '- Related persons; the referring body (if any);',
    ),
  ];

  const complaint1: DocumentRules = {
    title: t('QUYẾT ĐỊNH', 'DECISION'),
    about: t('Về việc giải quyết khiếu nại (lần đầu)', 'On the resolution of a complaint (first instance)'),
    symbol: 'QĐ',
    filerDocument: 'decision',
    basis: `${KN}, Điều 31`,
    preamble: [complaintLaw],
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
        { reason: true, operative: true },
      ),
      part(
        'remedy',
        'Giữ nguyên, sửa đổi, bổ sung hoặc hủy bỏ một phần hay toàn bộ quyết định hành chính, chấm dứt hành vi hành chính',
        'Remedy: keep, amend, supplement or annul the decision, or stop the act',
        `${KN}, Điều 31(2)(h)`,
        'always',
        { reason: true, operative: true },
      ),
      part(
        'compensation',
        'Việc bồi thường thiệt hại (nếu có)',
        'Compensation (if any)',
        `${KN}, Điều 31(2)(i)`,
        'optional',
        { reason: true, operative: true },
      ),
      part(
        'rights',
        'Quyền khiếu nại lần hai, quyền khởi kiện vụ án hành chính',
        'The right to a second complaint or a lawsuit',
        `${KN}, Điều 31(2)(k)`,
        'always',
        {
          operative: true,
          template: t(
            'Trong thời hạn 30 ngày (vùng sâu, vùng xa: 45 ngày) kể từ ngày nhận được quyết định này mà không đồng ý, người khiếu nại có quyền khiếu nại lần hai đến người có thẩm quyền hoặc khởi kiện vụ án hành chính tại Tòa án theo quy định của pháp luật về tố tụng hành chính.',
            'Within 30 days (45 in remote areas) of receiving this decision, a complainant who disagrees may file a second complaint with the competent person or bring an administrative lawsuit in court.',
          ),
        },
      ),
    ],
    recipients: complaintRecipients,
    executes: t(
      'Người bị khiếu nại, người khiếu nại và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.',
      'The person complained about, the complainant and those concerned carry out this decision.',
    ),
  };

  const complaint2: DocumentRules = {
    title: t('QUYẾT ĐỊNH', 'DECISION'),
    about: t('Về việc giải quyết khiếu nại (lần hai)', 'On the resolution of a complaint (second instance)'),
    symbol: 'QĐ',
    filerDocument: 'decision',
    basis: `${KN}, Điều 40`,
    preamble: [complaintLaw],
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
        'Kết luận nội dung khiếu nại là đúng, đúng một phần hoặc sai toàn bộ; yêu cầu sửa đổi, hủy bỏ quyết định hành chính, chấm dứt hành vi, hoặc yêu cầu thực hiện nghiêm chỉnh',
        'Conclusion: right, partly right or wholly wrong, and what must be amended, annulled, stopped or complied with',
        `${KN}, Điều 40(2)(h)`,
        'always',
        { reason: true, operative: true },
      ),
      part(
        'compensation',
        'Việc bồi thường thiệt hại cho người bị thiệt hại (nếu có)',
        'Compensation (if any)',
        `${KN}, Điều 40(2)(i)`,
        'optional',
        { reason: true, operative: true },
      ),
      part(
        'rights',
        'Quyền khởi kiện vụ án hành chính tại Tòa án',
        'The right to a lawsuit',
        `${KN}, Điều 40(2)(k)`,
        'always',
        {
          operative: true,
          template: t(
            'Người khiếu nại, người bị khiếu nại, người có quyền và nghĩa vụ liên quan có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của pháp luật về tố tụng hành chính.',
            'The complainant, the respondent and related persons may bring an administrative lawsuit in court.',
          ),
        },
      ),
    ],
    recipients: [
      t('- Người bị khiếu nại;', '- The person complained about;'),
      t('- Người giải quyết khiếu nại lần đầu;', '- The first-instance resolver;'),
      t('- Thanh tra cùng cấp;', '- The inspectorate at the same level;'),
      t(
        '- Cơ quan, tổ chức, cá nhân có liên quan; cơ quan đã chuyển đơn (nếu có);',
        '- Related persons; the referring body (if any);',
      ),
    ],
    executes: complaint1.executes,
  };

  const denunciation: DocumentRules = {
    title: t('KẾT LUẬN', 'CONCLUSION'),
    about: t('Nội dung tố cáo', 'On the content of a denunciation'),
    symbol: 'KL',
    filerDocument: 'notice',
    basis: `${TC}, Điều 35`,
    preamble: [
      t(
        'Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;',
        'Pursuant to the Law on Denunciations of 12 June 2018;',
      ),
    ],
    parts: [
      part('denunciation_content', 'Nội dung tố cáo được thụ lý', 'What was denounced', `${TC}, Điều 35(2)`),
      part('verification', 'Kết quả xác minh nội dung tố cáo', 'Verification result', `${TC}, Điều 35(2)(a)`),
      part(
        'legal_basis',
        'Căn cứ pháp luật để xác định có hay không có hành vi vi phạm pháp luật',
        'Legal basis for finding whether the law was broken',
        `${TC}, Điều 35(2)(b)`,
        'always',
        { reason: true },
      ),
      part(
        'conclusion',
        'Kết luận nội dung tố cáo là đúng, đúng một phần hoặc tố cáo sai sự thật; trách nhiệm của từng cơ quan, tổ chức, cá nhân',
        'Conclusion: substantiated, partly substantiated or unfounded; who is responsible',
        `${TC}, Điều 35(2)(c)`,
        'always',
        { reason: true },
      ),
      part(
        'handling',
        'Các biện pháp xử lý theo thẩm quyền; kiến nghị áp dụng biện pháp xử lý',
        'Measures taken within powers; recommended measures',
        `${TC}, Điều 35(2)(d)`,
      ),
      part(
        'recommendations',
        'Kiến nghị sửa đổi, bổ sung chính sách, pháp luật; biện pháp bảo vệ lợi ích của Nhà nước, quyền và lợi ích hợp pháp',
        'Recommendations on policy and law, and to protect the interests concerned',
        `${TC}, Điều 35(2)(đ)`,
        'optional',
      ),
    ],
    recipients: [
      t('- Người bị tố cáo;', '- The person denounced;'),
      t('- Cơ quan, tổ chức quản lý người bị tố cáo;', '- The body managing the person denounced;'),
      t('- Cơ quan, tổ chức, cá nhân có liên quan;', '- Related bodies and persons;'),
    ],
  };

  const anonymous: DocumentRules = {
    title: t('BÁO CÁO', 'REPORT'),
    about: t(
      'Kết quả xử lý thông tin có nội dung tố cáo',
      'On the handling of information with denunciation content',
    ),
    symbol: 'BC',
    filerDocument: 'none',
    basis: `${TC}, Điều 25`,
    preamble: denunciation.preamble,
    parts: [
      part('information', 'Nội dung thông tin', 'The information received', `${TC}, Điều 25(2)`),
      part('verification', 'Kết quả thanh tra, kiểm tra', 'Result of the inspection', `${TC}, Điều 25(2)`),
      part('conclusion', 'Kết luận và biện pháp xử lý', 'Conclusion and measures', `${TC}, Điều 25(2)`),
    ],
    recipients: [t('- Thủ trưởng cơ quan;', '- The head of the body;')],
  };

  const petition: DocumentRules = {
    title: t('THÔNG BÁO', 'NOTICE'),
    about: t('Trả lời kiến nghị, phản ánh', 'Answer to a petition'),
    symbol: 'TB',
    filerDocument: 'decision',
    // The Law sets the duty to answer and its time (art. 28), not the answer's content [U].
    basis: `${TCD}, Điều 28`,
    preamble: [
      t(
        'Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;',
        'Pursuant to the Law on Citizen Reception of 25 November 2013;',
      ),
    ],
    parts: [
      part(
        'petition_content',
        'Nội dung kiến nghị, phản ánh',
        'Content of the petition',
        `${TCD}, Điều 28 (thực tiễn)`,
      ),
      part(
        'answer',
        'Nội dung trả lời, biện pháp giải quyết',
        'The answer and what will be done',
        `${TCD}, Điều 28 (thực tiễn)`,
        'always',
        {
          reason: true,
        },
      ),
      part('legal_basis', 'Căn cứ', 'Basis', `${TCD}, Điều 28 (thực tiễn)`, 'optional', {
        reason: true,
      }),
    ],
    recipients: [t('- Cơ quan đã chuyển đơn (nếu có);', '- The referring body (if any);')],
  };

  const settled = ['settled'];
  const dispute: DocumentRules = {
    title: t('BIÊN BẢN HÒA GIẢI', 'MEDIATION RECORD'),
    about: t('Kết quả hòa giải ở cơ sở', 'Result of grassroots mediation'),
    outcomeTitles: {
      settled: {
        title: t('VĂN BẢN HÒA GIẢI THÀNH', 'SETTLEMENT AGREEMENT'),
        about: t('Hòa giải ở cơ sở', 'Grassroots mediation'),
      },
      not_settled: {
        title: t('BIÊN BẢN HÒA GIẢI KHÔNG THÀNH', 'RECORD OF AN UNSUCCESSFUL MEDIATION'),
        about: t('Hòa giải ở cơ sở', 'Grassroots mediation'),
      },
    },
    symbol: 'BB',
    filerDocument: 'decision',
    basis: `${HG}, Điều 24`,
    preamble: [
      t(
        'Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;',
        'Pursuant to the Law on Grassroots Mediation of 20 June 2013;',
      ),
    ],
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
          onlyFor: settled,
        },
      ),
      part(
        'rights_duties',
        'Quyền, nghĩa vụ của các bên',
        'The parties’ rights and duties',
        `${HG}, Điều 24(2)(e)`,
        'always',
        {
          onlyFor: settled,
        },
      ),
      part(
        'performance',
        'Phương thức, thời hạn thực hiện thỏa thuận',
        'How and by when it is performed',
        `${HG}, Điều 24(2)(g)`,
        'always',
        {
          onlyFor: settled,
        },
      ),
      part(
        'signatures',
        'Chữ ký hoặc điểm chỉ của các bên, hòa giải viên',
        'Signatures or fingerprints of the parties and the mediator',
        `${HG}, Điều 24(2)(h)`,
        'always',
        {
          template: t(
            'Các bên và hòa giải viên đã ký hoặc điểm chỉ vào bản giấy của văn bản này, lưu tại tổ hòa giải.',
            'The parties and the mediator signed or fingerprinted the paper copy, kept by the mediation team.',
          ),
        },
      ),
    ],
    recipients: [t('- Các bên;', '- The parties;'), t('- Lưu: Tổ hòa giải.', '- Filed: mediation team.')],
  };

  const stateLawDocuments: Record<Track, DocumentRules> = {
    complaint_1: complaint1,
    complaint_2: complaint2,
    denunciation,
    anonymous_denunciation: anonymous,
    petition,
    dispute,
  };

  /** Law on Complaints art. 44: in force once 30 days (45 remote) from issue pass without a second complaint. */
  const effective = (basis: string): NextStepRule => ({
    step: 'effective',
    kind: 'takes_effect',
    from: 'issued',
    label: t('Quyết định có hiệu lực pháp luật', 'The decision takes legal effect'),
    dayType: 'calendar',
    days: 30,
    remoteDays: 45,
    basis,
    verification: 'V',
  });

  const stateLawNextSteps: Record<Track, NextStepRule[]> = {
    complaint_1: [
      {
        step: 'second_complaint',
        kind: 'deadline',
        from: 'received',
        label: t('Khiếu nại lần hai nếu ông/bà không đồng ý', 'A second complaint if you disagree'),
        dayType: 'calendar',
        days: 30,
        remoteDays: 45,
        basis: `${KN}, Điều 33(1)`,
        verification: 'V',
      },
      {
        step: 'lawsuit',
        kind: 'right',
        from: 'issued',
        label: t('Hoặc khởi kiện vụ án hành chính tại Tòa án', 'Or bring an administrative lawsuit in court'),
        basis: `${KN}, Điều 7, 33`,
        verification: 'V',
      },
      effective(`${KN}, Điều 44 (nếu không có khiếu nại lần hai)`),
    ],
    complaint_2: [
      {
        step: 'lawsuit',
        kind: 'right',
        from: 'issued',
        label: t('Ông/bà có quyền khởi kiện vụ án hành chính', 'You may bring an administrative lawsuit'),
        basis: `${KN}, Điều 42`,
        verification: 'V',
      },
      effective(`${KN}, Điều 44`),
    ],
    denunciation: [
      {
        step: 'publication',
        kind: 'deadline',
        from: 'issued',
        label: t(
          'Kết luận được công khai (không nêu danh tính người tố cáo)',
          'The conclusion is published (never naming the denouncer)',
        ),
        dayType: 'working',
        days: 7,
        basis: `${TC}, Điều 40`,
        verification: 'V',
      },
      {
        step: 're_denounce',
        kind: 'right',
        from: 'issued',
        label: t(
          'Nếu việc giải quyết không đúng pháp luật, ông/bà có quyền tố cáo tiếp đến cơ quan cấp trên',
          'If the resolution was unlawful, you may denounce again to the superior body',
        ),
        basis: `${TC}, Điều 37`,
        verification: 'V',
      },
    ],
    anonymous_denunciation: [],
    petition: [],
    dispute: [
      {
        step: 'performance',
        kind: 'right',
        from: 'issued',
        onlyFor: settled,
        label: t(
          'Các bên có trách nhiệm thực hiện thỏa thuận; hòa giải viên theo dõi, đôn đốc',
          'The parties must perform what they agreed; the mediator follows it up',
        ),
        basis: `${HG}, Điều 25(1), 26`,
        verification: 'V',
      },
      {
        step: 'not_settled',
        kind: 'right',
        from: 'issued',
        onlyFor: ['not_settled', 'stopped'],
        label: t(
          'Các bên có quyền yêu cầu tiếp tục hòa giải hoặc đề nghị cơ quan có thẩm quyền giải quyết',
          'The parties may ask to continue mediation or go to the competent authority',
        ),
        basis: `${HG}, Điều 27`,
        verification: 'V',
      },
    ],
  };

  const partyComplaint = (instance: 1 | 2): DocumentRules => ({
    title: t('QUYẾT ĐỊNH', 'DECISION'),
    about:
      instance === 1
        ? t('Về việc giải quyết khiếu nại kỷ luật đảng', 'On a Party-discipline complaint')
        : t(
            'Về việc giải quyết khiếu nại kỷ luật đảng (cấp trên)',
            'On a Party-discipline complaint (higher level)',
          ),
    symbol: 'QĐ',
    filerDocument: 'decision',
    basis: reg296,
    preamble: [
      t('Căn cứ Điều lệ Đảng;', 'Pursuant to the Party Charter;'),
      t(`Căn cứ ${reg296};`, `Pursuant to ${reg296};`),
    ],
    parts: [
      part('complaint_content', 'Nội dung khiếu nại', 'Content of the complaint', reg296),
      part('verification', 'Kết quả thẩm tra, xác minh', 'Verification result', reg296, 'always', {
        reason: true,
      }),
      part('conclusion', 'Kết luận nội dung khiếu nại', 'Conclusion on the complaint', reg296, 'always', {
        reason: true,
        operative: true,
      }),
      part(
        'discipline',
        'Giữ nguyên, thay đổi hoặc xóa bỏ hình thức kỷ luật',
        'The discipline kept, changed or annulled',
        reg296,
        'always',
        { reason: true, operative: true },
      ),
      part(
        'rights',
        'Quyền khiếu nại tiếp',
        'The right to complain further',
        'Điều lệ Đảng, Điều 39(7)',
        'always',
        {
          operative: true,
          template:
            instance === 1
              ? t(
                  'Trong thời hạn 01 tháng kể từ ngày nhận được quyết định này, nếu không đồng ý, đảng viên có quyền khiếu nại đến cấp ủy hoặc ủy ban kiểm tra cấp trên.',
                  'Within one month of receiving this decision, a member who disagrees may complain to the higher Party committee or inspection committee.',
                )
              : t('Đảng viên chấp hành quyết định này.', 'The member complies with this decision.'),
        },
      ),
    ],
    recipients: [
      t('- Cấp ủy, tổ chức đảng quản lý đảng viên;', '- The Party body managing the member;'),
      t('- Tổ chức đảng đã quyết định kỷ luật;', '- The Party body that decided the discipline;'),
    ],
    executes: t(
      'Các tổ chức đảng và đảng viên có liên quan chịu trách nhiệm thi hành Quyết định này.',
      'The Party bodies and members concerned carry out this decision.',
    ),
  });

  /** Party bodies issue conclusions and decisions in the Party's own form (Regulation 296 [U]). */
  const partyDocuments: Record<Track, DocumentRules> = {
    ...stateLawDocuments,
    complaint_1: partyComplaint(1),
    complaint_2: partyComplaint(2),
    denunciation: {
      ...denunciation,
      preamble: [
        t('Căn cứ Điều lệ Đảng;', 'Pursuant to the Party Charter;'),
        t(`Căn cứ ${reg296};`, `Pursuant to ${reg296};`),
      ],
      basis: reg296,
    },
  };

  const partyNextSteps: Record<Track, NextStepRule[]> = {
    ...stateLawNextSteps,
    complaint_1: [
      {
        step: 'second_complaint',
        kind: 'deadline',
        from: 'received',
        label: t(
          'Khiếu nại lên cấp trên nếu không đồng ý',
          'A complaint to the higher level if you disagree',
        ),
        // Party Charter art. 39(7): one month, read as 30 working days (LEGAL.md §0.1 doubts it) [S].
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
        kind: 'right',
        from: 'issued',
        label: t(
          'Nếu việc giải quyết không đúng, ông/bà có quyền tố cáo đến tổ chức đảng cấp trên',
          'If the resolution was wrong, you may denounce to the higher Party body',
        ),
        basis: reg296,
        verification: 'U',
      },
    ],
  };

  return {
    'vn-state-law': { documents: stateLawDocuments, nextSteps: stateLawNextSteps },
    'vn-party-inspection': { documents: partyDocuments, nextSteps: partyNextSteps },
  };
}

let built: Record<Profile['id'], ProfileDocuments> | undefined;

/**
 * Each profile's documents (validated against profileDocumentsSchema by the unit tests), built on first
 * use: a function that never writes a decision neither bundles nor evaluates these texts.
 */
export function profileDocuments(): Record<Profile['id'], ProfileDocuments> {
  built ??= buildProfileDocuments();
  return built;
}

function documentsOf(profile: Pick<Profile, 'id'>): ProfileDocuments {
  const d = profileDocuments()[profile.id];
  if (!d) throw new Error(`no documents for profile ${profile.id}`);
  return d;
}

/** What a track's resolution document must contain, who receives it, how it is numbered. */
export const documentRulesOf = (profile: Pick<Profile, 'id'>, track: Track): DocumentRules =>
  documentsOf(profile).documents[track];

/** What follows a track's decision for the filer (periods counted from the issue date or receipt). */
export const nextStepRulesOf = (profile: Pick<Profile, 'id'>, track: Track): NextStepRule[] =>
  documentsOf(profile).nextSteps[track];

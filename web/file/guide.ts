/**
 * What a citizen reads before choosing: what each kind is for, and what makes it admissible
 * (LEGAL.md §a, §b, §d), in plain words with the article it comes from.
 */
type T = { vi: string; en: string };

export interface KindGuide {
  title: T;
  summary: T;
  admissible: T[];
  note?: T;
}

export const kindGuides: Record<'complaint' | 'denunciation' | 'petition' | 'dispute', KindGuide> = {
  complaint: {
    title: { vi: 'Khiếu nại', en: 'Complaint' },
    summary: {
      vi: 'Bạn cho rằng một quyết định hành chính, hành vi hành chính hoặc quyết định kỷ luật là trái pháp luật và xâm phạm quyền, lợi ích của chính bạn.',
      en: 'You believe an administrative decision or act, or a disciplinary decision, is unlawful and harms your own rights or interests.',
    },
    admissible: [
      {
        vi: 'Quyết định, hành vi đó ảnh hưởng trực tiếp đến bạn (Luật Khiếu nại, Điều 11).',
        en: 'The decision or act affects you directly (Law on Complaints art. 11).',
      },
      {
        vi: 'Gửi trong 90 ngày kể từ khi bạn nhận hoặc biết quyết định, hành vi; quá hạn thì nêu lý do chính đáng (Điều 9).',
        en: 'Filed within 90 days of receiving or learning of it; if later, give the reason (art. 9).',
      },
      {
        vi: 'Khiếu nại lần hai: gửi trong 30 ngày (vùng sâu, vùng xa 45 ngày) kể từ khi nhận quyết định lần đầu hoặc hết hạn mà chưa được giải quyết, kèm quyết định lần đầu (Điều 33).',
        en: 'A second complaint: within 30 days (45 in remote areas) of the first decision or of the first deadline passing without one, with the first decision (art. 33).',
      },
      {
        vi: 'Vụ việc chưa được Tòa án thụ lý và chưa có quyết định giải quyết lần hai (Điều 11).',
        en: 'The matter is not before a court and has no second-instance decision yet (art. 11).',
      },
      {
        vi: 'Ghi rõ họ tên, địa chỉ của bạn và của cơ quan, người bị khiếu nại (Điều 8).',
        en: 'Your name and address, and those of the body or person complained about (art. 8).',
      },
    ],
  },
  denunciation: {
    title: { vi: 'Tố cáo', en: 'Denunciation' },
    summary: {
      vi: 'Bạn báo cho cơ quan có thẩm quyền biết hành vi vi phạm pháp luật của cán bộ, công chức khi thực hiện nhiệm vụ, công vụ, hoặc vi phạm quy định quản lý nhà nước.',
      en: 'You report unlawful conduct of an official in their duties, or a breach of state-management rules, to the competent body.',
    },
    admissible: [
      {
        vi: 'Người tố cáo là cá nhân, ghi rõ họ tên, địa chỉ và cách liên hệ (Luật Tố cáo, Điều 23).',
        en: 'You file as a person, with your name, address and a way to reach you (Law on Denunciations art. 23).',
      },
      {
        vi: 'Nêu rõ hành vi vi phạm và người bị tố cáo, có căn cứ để xác định (Điều 29).',
        en: 'You name the conduct and the person denounced, with enough to identify them (art. 29).',
      },
      {
        vi: 'Vụ việc thuộc thẩm quyền của cơ quan nhận đơn; nếu không, đơn được chuyển trong 05 ngày làm việc (Điều 24).',
        en: 'The matter is within the receiving body’s powers; otherwise it is transferred within 5 working days (art. 24).',
      },
      {
        vi: 'Danh tính của bạn được giữ bí mật (Điều 47, 56).',
        en: 'Your identity is kept secret (arts. 47, 56).',
      },
    ],
    note: {
      vi: 'Bạn có thể gửi nặc danh. Khi đó đơn được xử lý như thông tin có nội dung tố cáo: cơ quan xem xét nếu nội dung rõ người vi phạm và có căn cứ kiểm tra, nhưng không có nghĩa vụ trả lời bạn theo Luật Tố cáo (Điều 25). Bạn vẫn nhận mã tra cứu để theo dõi.',
      en: 'You may file anonymously. It is then handled as information with denunciation content: the body looks into it if it names the wrongdoer and can be checked, but has no duty under the Law to answer you (art. 25). You still get a receipt to follow it.',
    },
  },
  petition: {
    title: { vi: 'Kiến nghị, phản ánh', en: 'Petition or feedback' },
    summary: {
      vi: 'Bạn muốn góp ý, đề xuất hoặc báo cho cơ quan biết về một vấn đề chính sách, pháp luật hay việc quản lý.',
      en: 'You want to suggest something or tell a body about a problem with a policy, a law or how something is run.',
    },
    admissible: [
      {
        vi: 'Nêu rõ nội dung và chủ đề; ghi họ tên, địa chỉ của bạn (Thông tư 05/2021/TT-TTCP).',
        en: 'Say what it is about; give your name and address (Circular 05/2021/TT-TTCP).',
      },
      {
        vi: 'Nếu không thuộc thẩm quyền, đơn được chuyển cho cơ quan có thẩm quyền (Luật Tiếp công dân, Điều 26).',
        en: 'If it is not for this body, it is transferred to the one that is (Law on Citizen Reception art. 26).',
      },
    ],
  },
  dispute: {
    title: { vi: 'Tranh chấp, mâu thuẫn (hòa giải)', en: 'Dispute (mediation)' },
    summary: {
      vi: 'Bạn có mâu thuẫn, tranh chấp với người khác trong cộng đồng và muốn được hòa giải ở cơ sở.',
      en: 'You are in a conflict or dispute with someone in your community and want grassroots mediation.',
    },
    admissible: [
      {
        vi: 'Có ít nhất một bên khác, ghi rõ họ tên, địa chỉ (Luật Hòa giải ở cơ sở, Điều 3).',
        en: 'At least one other party, with name and address (Law on Grassroots Mediation art. 3).',
      },
      {
        vi: 'Không hòa giải: việc xâm phạm lợi ích Nhà nước, lợi ích công cộng; việc hôn nhân, gia đình, dân sự không được hòa giải; hành vi phạm tội hoặc vi phạm hành chính (Điều 3).',
        en: 'Not mediated: matters against the State or the public interest; family or civil matters the law excludes; crimes or administrative violations (art. 3).',
      },
    ],
  },
};

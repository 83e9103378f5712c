/**
 * The notice a filer reads before sending (LEGAL.md §b rule 1, §c). Each wording has a version; the
 * version the filer saw is recorded with the case and in its first audit event, so a later change of
 * wording never rewrites what a person agreed to.
 */
import type { LegalNoticeVersion } from './legal-notice-versions.js';

export interface LegalNotice {
  version: string;
  effectiveFrom: string;
  points: { vi: string; en: string }[];
}

export const legalNotices = [
  {
    version: '2026.1',
    effectiveFrom: '2026-01-01',
    points: [
      {
        vi: 'Bạn cam đoan nội dung đơn là trung thực. Cố ý tố cáo sai sự thật là hành vi bị nghiêm cấm (Luật Tố cáo 2018, Điều 8) và có thể bị xử lý theo pháp luật.',
        en: 'You confirm that what you write is true. Knowingly false denunciation is prohibited (Law on Denunciations 2018, art. 8) and may be punished.',
      },
      {
        vi: 'Đơn gửi qua mạng chưa có chữ ký hoặc điểm chỉ. Cơ quan có thể đề nghị bạn ký xác nhận hoặc gửi bản có chữ ký; đến lúc đó đơn có thể được xử lý như thông tin, kiến nghị (Luật Khiếu nại, Điều 8; Luật Tố cáo, Điều 23).',
        en: 'A web filing carries no signature or fingerprint. The committee may ask you to sign or send a signed copy; until then it may be handled as information or a petition (Law on Complaints art. 8; Law on Denunciations art. 23).',
      },
      {
        vi: 'Họ tên, địa chỉ và thông tin liên hệ của bạn được mã hóa và lưu riêng. Cán bộ xử lý chỉ thấy bí danh; người có thẩm quyền chỉ xem danh tính khi cần, có ghi lý do và được ghi nhật ký. Danh tính người tố cáo không bao giờ được gửi cho người bị tố cáo (Luật Tố cáo, Điều 47, 56).',
        en: 'Your name, address and contact details are encrypted and kept apart. Case handlers see a pseudonym; an authorised person may see your identity only when needed, giving a reason that is logged. A denouncer’s identity is never sent to the person denounced (Law on Denunciations arts. 47, 56).',
      },
      {
        vi: 'Bạn nhận một mã tra cứu để theo dõi đơn. Mã chỉ hiện một lần; hãy lưu lại. Ai có mã đều xem được tiến trình và trao đổi, nhưng không xem được danh tính của bạn.',
        en: 'You get a receipt code to follow your case. It is shown once; keep it. Anyone holding it can see the progress and the messages, but not your identity.',
      },
    ],
  },
] as const satisfies readonly (LegalNotice & { version: LegalNoticeVersion })[];

export { type LegalNoticeVersion, legalNoticeVersions } from './legal-notice-versions.js';

/** The wording in force on a day (ISO date). */
export function currentLegalNotice(on: string): LegalNotice {
  return [...legalNotices].reverse().find((n) => n.effectiveFrom <= on) ?? legalNotices[0];
}

/** Valid intakes of every kind, built fresh so tests can change them freely. */
import { localDate } from '../../shared/domain/calendar.js';

const daysAgo = (n: number) => localDate(new Date(Date.now() - n * 86_400_000));

const base = () => ({
  locale: 'vi' as const,
  committee: 'ubkt-1',
  legalNoticeVersion: '2026.1',
  location: { province: 'Hà Nội', commune: 'Phường Ba Đình' },
});

export const intakes = {
  complaint: () => ({
    ...base(),
    kind: 'complaint' as const,
    instance: 1 as const,
    field: 'land_housing' as const,
    content: 'Tôi khiếu nại quyết định thu hồi đất vì diện tích thu hồi không đúng hiện trạng.',
    complainant: { fullName: 'Nguyễn Văn An', address: '12 Phố Hàng Bông, Hà Nội', phone: '0912345678' },
    respondent: { name: 'UBND phường Ba Đình', address: 'Số 1 Phố Đội Cấn, Hà Nội' },
    subject: {
      type: 'decision' as const,
      number: '123/QĐ-UBND',
      issuer: 'UBND phường',
      description: 'Quyết định thu hồi đất',
    },
    learnedOn: daysAgo(20),
    inCourt: false,
  }),
  denunciation: () => ({
    ...base(),
    kind: 'denunciation' as const,
    field: 'corruption' as const,
    content: 'Tôi tố cáo cán bộ địa chính nhận tiền để hợp thức hóa hồ sơ cấp giấy chứng nhận.',
    complainant: { fullName: 'Trần Thị Bình', address: '45 Phố Kim Mã, Hà Nội', phone: '0987654321' },
    accused: { name: 'Lê Văn Cường', position: 'Cán bộ địa chính' },
  }),
  anonymousDenunciation: () => ({
    ...base(),
    kind: 'denunciation' as const,
    anonymous: true,
    field: 'civil_service' as const,
    content: 'Phản ánh một cán bộ yêu cầu người dân nộp thêm khoản phí không có trong quy định.',
    accused: { name: 'Phạm Văn Dũng' },
  }),
  petition: () => ({
    ...base(),
    kind: 'petition' as const,
    field: 'policy_benefits' as const,
    topic: 'Trợ cấp người cao tuổi',
    content: 'Kiến nghị rút ngắn thời gian giải quyết hồ sơ trợ cấp cho người cao tuổi.',
    complainant: { fullName: 'Hoàng Văn Em', address: '8 Ngõ Văn Chương, Hà Nội', email: 'em@example.vn' },
  }),
  dispute: () => ({
    ...base(),
    kind: 'dispute' as const,
    field: 'land_housing' as const,
    content: 'Tranh chấp ranh giới đất giữa hai hộ liền kề, đề nghị hòa giải để xác định mốc giới.',
    complainant: { fullName: 'Vũ Thị Gấm', address: '20 Ngõ 5 Láng Hạ, Hà Nội', phone: '0901234567' },
    parties: [{ fullName: 'Đỗ Văn Hải', address: '22 Ngõ 5 Láng Hạ, Hà Nội' }],
    place: 'Ngõ 5 Láng Hạ',
    requestedBy: 'one_party' as const,
    exclusions: {
      stateOrPublicInterest: false,
      nonMediableFamilyOrCivil: false,
      criminalOrAdministrativeViolation: false,
    },
  }),
};

import { describe, expect, it } from 'vitest';
import { intakeSchema } from '../../shared/domain/intake.js';
import { issuesFromZod, issueText } from '../../shared/domain/messages.js';

function issuesOf(input: unknown, locale: 'vi' | 'en') {
  const r = intakeSchema.safeParse(input);
  if (r.success) throw new Error('expected issues');
  return Object.fromEntries(issuesFromZod(r.error).map((i) => [i.path.join('.'), issueText(i, locale)]));
}

const petition = {
  kind: 'petition',
  locale: 'vi',
  committee: 'tt-hanoi',
  content: 'ngắn',
  field: 'other',
  location: { province: 'Hà Nội' },
  legalNoticeVersion: '2026.1',
  complainant: { fullName: 'Nguyễn Văn A', address: 'Số 1 Tràng Tiền', email: 'not-an-email' },
};

describe('field messages', () => {
  it('name the bound that was missed, in the reader’s language', () => {
    const vi = issuesOf(petition, 'vi');
    expect(vi.content).toBe('Cần ít nhất 20 ký tự');
    expect(vi['complainant.email']).toBe('Địa chỉ thư điện tử không hợp lệ');
    expect(vi.topic).toBe('Trường này là bắt buộc');
    const en = issuesOf(petition, 'en');
    expect(en.content).toBe('At least 20 characters');
    expect(en.topic).toBe('This field is required');
  });

  it('give domain rules their own words', () => {
    const en = issuesOf(
      { ...petition, content: 'x'.repeat(30), topic: 'Đường', coSigners: [], representatives: [3] },
      'en',
    );
    expect(en['representatives.0']).toBe('A representative must be one of the signers');
  });
});

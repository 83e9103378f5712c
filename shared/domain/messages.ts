/**
 * Validation messages in the caller's language (DESIGN.md §8), shared by the API's problem answers
 * and the public form, so a citizen reads the same words under a field whether the browser or the
 * server found the fault. Keys are zod codes or domain keys.
 */

import type { FieldIssue } from './errors.js';
import type { IssueParams, Locale } from './issues.js';

export { type IssueParams, issuesFromZod, type Locale, localeFrom } from './issues.js';

const messages: Record<string, { vi: string; en: string }> = {
  invalid_type: { vi: 'Giá trị không đúng kiểu hoặc bị thiếu', en: 'Missing or of the wrong type' },
  required: { vi: 'Trường này là bắt buộc', en: 'This field is required' },
  too_small: { vi: 'Giá trị quá ngắn hoặc quá nhỏ', en: 'Too short or too small' },
  too_big: { vi: 'Giá trị quá dài hoặc quá lớn', en: 'Too long or too large' },
  invalid_format: { vi: 'Sai định dạng', en: 'Wrong format' },
  invalid_value: { vi: 'Giá trị không hợp lệ', en: 'Not an allowed value' },
  invalid_union: { vi: 'Giá trị không hợp lệ', en: 'Not an allowed value' },
  unrecognized_keys: { vi: 'Có trường không được phép', en: 'Contains fields that are not allowed' },
  anonymous_with_identity: {
    vi: 'Tố cáo nặc danh không kèm thông tin cá nhân',
    en: 'An anonymous denunciation carries no identity',
  },
  identity_required: {
    vi: 'Cần họ tên và địa chỉ người tố cáo',
    en: 'The denouncer’s name and address are required',
  },
  contact_required: {
    vi: 'Cần số điện thoại hoặc thư điện tử để liên hệ',
    en: 'A phone number or e-mail is required',
  },
  in_court: {
    vi: 'Vụ việc đã được Tòa án thụ lý thì không giải quyết khiếu nại (Luật Khiếu nại, Điều 11(9))',
    en: 'A matter before a court cannot be handled as a complaint (Law on Complaints art. 11(9))',
  },
  first_decision_required: {
    vi: 'Khiếu nại lần hai cần quyết định giải quyết lần đầu, hoặc xác nhận đã quá hạn mà chưa được giải quyết',
    en: 'A second complaint needs the first decision, or a statement that the first deadline passed without one',
  },
  uploads_running: { vi: 'Đợi tải tệp lên xong', en: 'Wait for the uploads to finish' },
  transfer_target_required: {
    vi: 'Chọn cơ quan nhận chuyển (trong hệ thống) hoặc ghi tên cơ quan ngoài hệ thống',
    en: 'Choose a committee in the system, or name the outside body',
  },
  transfer_one_target: {
    vi: 'Chỉ chọn một nơi nhận: cơ quan trong hệ thống hoặc cơ quan ngoài',
    en: 'One destination only: a committee in the system or an outside body',
  },
  same_committee: { vi: 'Đơn đang ở chính cơ quan này', en: 'The case is already with this committee' },
  track_not_in_profile: {
    vi: 'Cơ quan nhận không giải quyết loại đơn này theo quy trình của mình',
    en: 'The receiving committee’s procedure has no track for this kind of case',
  },
  referral_required: {
    vi: 'Đơn chuyển đến cần ghi cơ quan đã chuyển',
    en: 'A referred case needs the body that referred it',
  },
  referral_not_expected: {
    vi: 'Chỉ ghi cơ quan chuyển đơn khi đơn do cơ quan khác chuyển đến',
    en: 'A referring body is recorded only for a referred case',
  },
  received_in_future: {
    vi: 'Ngày nhận không thể ở tương lai',
    en: 'The day received cannot be in the future',
  },
  received_too_long_ago: {
    vi: 'Ngày nhận quá một năm trước: hãy kiểm tra lại',
    en: 'The day received is more than a year ago: check it',
  },
  first_decision_document_required: {
    vi: 'Hãy đính kèm bản chụp quyết định giải quyết lần đầu (Luật Khiếu nại, Điều 33)',
    en: 'Attach a copy of the first decision (Law on Complaints art. 33)',
  },
  representative_unknown: {
    vi: 'Người đại diện phải là một trong những người ký đơn',
    en: 'A representative must be one of the signers',
  },
  representative_required: {
    vi: 'Đơn có từ 5 người ký trở lên phải cử người đại diện',
    en: 'A letter with five or more signers must name representatives',
  },
  late_reason_required: {
    vi: 'Đã quá 90 ngày: hãy nêu lý do chính đáng (Luật Khiếu nại, Điều 9)',
    en: 'More than 90 days have passed: give the reason (Law on Complaints art. 9)',
  },
  date_in_future: { vi: 'Ngày không được ở tương lai', en: 'The date cannot be in the future' },
  ground_not_in_profile: {
    vi: 'Căn cứ không thụ lý không có trong quy trình',
    en: 'Not a rejection ground of this procedure',
  },
  invalid_period: {
    vi: 'Kỳ không hợp lệ: tháng (2026-11), quý (2026-Q4), 6, 9 hoặc 12 tháng (2026-6M) hoặc năm (2026)',
    en: 'Not a period: a month (2026-11), a quarter (2026-Q4), 6, 9 or 12 months (2026-6M) or a year (2026)',
  },
  invalid_cursor: { vi: 'Con trỏ phân trang không hợp lệ', en: 'Invalid page cursor' },
  invalid_receipt: { vi: 'Mã tra cứu không đúng định dạng', en: 'The receipt code is malformed' },
  idempotency_mismatch: {
    vi: 'Khóa Idempotency-Key đã được dùng cho một yêu cầu khác',
    en: 'This Idempotency-Key was used for a different request',
  },
  unknown_committee: { vi: 'Không có cơ quan nhận đơn này', en: 'No such receiving body' },
  date_not_served: {
    vi: 'Ngày nằm ngoài khoảng thời gian hệ thống áp dụng quy trình ({from} đến {to})',
    en: 'Outside the dates any procedure is served for ({from} to {to})',
  },
  one_view: {
    vi: 'Chọn đúng một hàng đợi: stage, assignee=me, done=true, overdue=true hoặc due=week',
    en: 'Choose exactly one queue: stage, assignee=me, done=true, overdue=true or due=week',
  },
  assignee_not_member: {
    vi: '{user} không phải là cán bộ của cơ quan giải quyết đơn này',
    en: '{user} is not a member of the committee handling this case',
  },
  assignee_not_investigator: {
    vi: '{user} không phải cán bộ xác minh hay chủ nhiệm của cơ quan',
    en: '{user} is neither an investigator nor a chair of the committee',
  },
  assignee_excluded: {
    vi: '{user} không được tham gia vụ việc này (có tên trong đơn, đã tự từ chối hoặc bị loại)',
    en: '{user} may not work on this case (named in it, recused or excluded)',
  },
  use_recuse: { vi: 'Tự từ chối tham gia bằng thao tác "recuse"', en: 'Use "recuse" for yourself' },
  keep_own_admin: {
    vi: 'Không thể tự bỏ vai trò quản trị của mình',
    en: 'You cannot remove your own admin role',
  },
  initial_password_required: {
    vi: 'Cần mật khẩu ban đầu (ít nhất 12 ký tự) để tạo tài khoản',
    en: 'An initial password (12+ characters) is needed to create an account',
  },
  unknown_attachment: { vi: 'Không tìm thấy tệp đính kèm này', en: 'No such attachment' },
  attachment_used: {
    vi: 'Tệp đính kèm đã được dùng cho một đơn khác',
    en: 'This attachment belongs to another case',
  },
  attachment_not_uploaded: { vi: 'Tệp đính kèm chưa được tải lên', en: 'The attachment was not uploaded' },
  attachment_size_mismatch: {
    vi: 'Kích thước tệp không đúng như đã khai',
    en: 'The file size differs from the one declared',
  },
  attachment_type_mismatch: {
    vi: 'Nội dung tệp không đúng loại đã khai (chỉ nhận PDF, JPEG, PNG)',
    en: 'The file content is not of the declared type (PDF, JPEG, PNG only)',
  },
  extension_mismatch: {
    vi: 'Phần mở rộng tên tệp không khớp loại tệp',
    en: 'The file name’s extension does not match its type',
  },
  malformed_json: { vi: 'Nội dung không phải JSON hợp lệ', en: 'The body is not valid JSON' },
  draft_part_required: {
    vi: 'Phần này bắt buộc đối với văn bản giải quyết theo quy định',
    en: 'The law requires this part of the document',
  },
  draft_part_unknown: { vi: 'Văn bản loại này không có phần này', en: 'This document has no such part' },
  draft_too_long: {
    vi: 'Dự thảo quá dài (tối đa 30 000 ký tự)',
    en: 'The draft is too long (30,000 characters at most)',
  },
  control_characters: { vi: 'Có ký tự điều khiển không hợp lệ', en: 'Contains control characters' },
  lone_surrogate: { vi: 'Có ký tự không hợp lệ', en: 'Contains an invalid character' },
  outcome_not_in_profile: { vi: 'Kết quả không có trong quy trình', en: 'Not an outcome of this procedure' },
  first_finding_required: {
    vi: 'Cần nêu kết luận đối với quyết định giải quyết lần đầu (Luật Khiếu nại, Điều 40)',
    en: 'Say what becomes of the first decision (Law on Complaints art. 40)',
  },
  choose: { vi: 'Hãy chọn một giá trị', en: 'Choose a value' },
};

export function message(key: string, locale: Locale): string | undefined {
  return messages[key]?.[locale];
}

/** What a field issue carries beyond its code: the bound that was missed, and of what. */

const bounded: Record<string, { vi: string; en: string }> = {
  'too_small.string': { vi: 'Cần ít nhất {n} ký tự', en: 'At least {n} characters' },
  'too_big.string': { vi: 'Tối đa {n} ký tự', en: 'At most {n} characters' },
  'too_small.array': { vi: 'Cần ít nhất {n} mục', en: 'At least {n} entries' },
  'too_big.array': { vi: 'Tối đa {n} mục', en: 'At most {n} entries' },
  'too_small.number': { vi: 'Không nhỏ hơn {n}', en: 'Not less than {n}' },
  'too_big.number': { vi: 'Không lớn hơn {n}', en: 'Not more than {n}' },
  'invalid_format.email': { vi: 'Địa chỉ thư điện tử không hợp lệ', en: 'Not a valid e-mail address' },
  'invalid_format.uuid': { vi: 'Mã không hợp lệ', en: 'Not a valid identifier' },
};

/** One issue in the reader's language (its own message when no translation is known). */
export function issueText(i: FieldIssue, locale: Locale): string {
  const code = i.code ?? i.message;
  return issueMessage(code, locale, i.params) ?? message(i.message, locale) ?? i.message;
}

/** The message for one issue: specific when its bound is known, else the code's message. */
export function issueMessage(code: string, locale: Locale, params: IssueParams = {}): string | undefined {
  if (code === 'invalid_type' && params.missing) return message('required', locale);
  const bound = params.minimum ?? params.maximum;
  const specific =
    bounded[`${code}.${params.origin === 'int' ? 'number' : params.origin}`] ??
    bounded[`${code}.${params.format}`];
  if (specific && (bound !== undefined || params.format))
    return specific[locale].replace('{n}', String(bound));
  return message(code, locale)
    ?.replace('{from}', params.from ?? '')
    .replace('{to}', params.to ?? '')
    .replace('{user}', params.user ?? '');
}

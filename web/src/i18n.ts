/** Vietnamese first, English on toggle; the choice is remembered on this device. */

import { signal } from '@preact/signals-core';
import { kindLabels as caseKindLabels } from '../../shared/domain/profile.js';
import { statusLabels } from '../../shared/domain/status.js';
import { type Lang, storedLang, storeLang } from './stored.js';

export type { Lang };

/**
 * The page's language as a signal: a component that renders words through `t`, `text`, `status` or
 * `L` reads it, so it renders again when the language changes, whatever else it keeps.
 */
const chosen = signal<Lang>(storedLang());
/** The language now, for code outside components (not followed). */
export let lang: Lang = chosen.peek();

export function setLang(l: Lang): void {
  lang = l;
  storeLang(l);
  document.documentElement.lang = l;
  chosen.value = l;
}

/** The language, read so that the component rendering it follows a change. */
export const currentLang = (): Lang => chosen.value;

/** A phrase in the page's language. */
export const L = (vi: string, en: string): string => (chosen.value === 'vi' ? vi : en);

/** The header's language switch, named in the language it switches to; `redraw` shows the page again. */
export function languageButton(redraw: () => unknown): HTMLButtonElement {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link';
  button.lang = other;
  button.textContent = other === 'en' ? 'English' : 'Tiếng Việt';
  button.addEventListener('click', () => {
    setLang(other);
    void redraw();
  });
  return button;
}

const dict = {
  appName: { vi: 'Công Minh — Không gian làm việc', en: 'Công Minh — Workspace' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  wrongLogin: { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  committee: { vi: 'Ủy ban', en: 'Committee' },
  queue: { vi: 'Hàng đợi', en: 'Queue' },
  reference: { vi: 'Số tham chiếu', en: 'Reference' },
  kind: { vi: 'Loại đơn', en: 'Kind' },
  stage: { vi: 'Giai đoạn', en: 'Stage' },
  due: { vi: 'Hạn', en: 'Due' },
  assignees: { vi: 'Người được giao', en: 'Assignees' },
  received: { vi: 'Ngày nhận', en: 'Received' },
  none: { vi: 'Không có vụ việc nào.', en: 'No cases.' },
  nextPage: { vi: 'Trang sau', en: 'Next page' },
  back: { vi: '← Hàng đợi', en: '← Queue' },
  deadlines: { vi: 'Thời hạn', en: 'Deadlines' },
  content: { vi: 'Nội dung đơn', en: 'Content' },
  details: { vi: 'Thông tin vụ việc', en: 'Case details' },
  timeline: { vi: 'Diễn biến (nhật ký kiểm toán)', en: 'Timeline (audit trail)' },
  messages: { vi: 'Trao đổi với người gửi đơn', en: 'Messages with the filer' },
  actions: { vi: 'Thao tác', en: 'Actions' },
  noActions: { vi: 'Bạn không có thao tác nào ở giai đoạn này.', en: 'You have no action at this stage.' },
  submit: { vi: 'Xác nhận', en: 'Confirm' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  daysLeft: { vi: 'còn {n} ngày', en: '{n} days left' },
  overdueBy: { vi: 'quá hạn {n} ngày', en: 'overdue by {n} days' },
  paused: { vi: 'tạm dừng', en: 'paused' },
  met: { vi: 'đã hoàn thành', en: 'met' },
  stopped: { vi: 'đã dừng', en: 'stopped' },
  working: { vi: 'ngày làm việc', en: 'working days' },
  calendar: { vi: 'ngày', en: 'days' },
  reveal: { vi: 'Xem danh tính (có lý do, được ghi nhật ký)', en: 'Reveal identity (with a reason, logged)' },
  revealReason: { vi: 'Lý do xem danh tính', en: 'Reason for the reveal' },
  identity: { vi: 'Danh tính người gửi đơn', en: 'Filer’s identity' },
  saved: { vi: 'Đã lưu.', en: 'Saved.' },
  conflict: {
    vi: 'Vụ việc vừa được người khác thay đổi, nên thao tác chưa được ghi.',
    en: 'Someone else changed the case, so your action was not recorded.',
  },
  error: { vi: 'Không thực hiện được', en: 'Could not be done' },
  auditValid: { vi: 'Chuỗi kiểm toán toàn vẹn', en: 'Audit chain intact' },
  auditBroken: { vi: 'CHUỖI KIỂM TOÁN BỊ PHÁ VỠ', en: 'AUDIT CHAIN BROKEN' },
  coSigners: { vi: 'Người cùng ký đơn', en: 'Other signers' },
  otherParties: { vi: 'Các bên còn lại', en: 'Other parties' },
  view_mine: { vi: 'Việc của tôi', en: 'My cases' },
  view_overdue: { vi: 'Quá hạn', en: 'Overdue' },
  view_week: { vi: 'Đến hạn tuần này', en: 'Due this week' },
  view_done: { vi: 'Đã xong', en: 'Done' },
  search: { vi: 'Tìm', en: 'Find' },
  searchReference: { vi: 'Số tham chiếu', en: 'Reference' },
  notFound: {
    vi: 'Không có vụ việc nào mang số này mà bạn được xem.',
    en: 'No case with this reference that you may open.',
  },
  matter: { vi: 'Vụ việc', en: 'Matter' },
  risk_ok: { vi: 'trong hạn', en: 'on track' },
  risk_p50: { vi: '≥ 50% thời hạn', en: '≥ 50% used' },
  risk_p75: { vi: '≥ 75% thời hạn', en: '≥ 75% used' },
  risk_p90: { vi: '≥ 90% thời hạn', en: '≥ 90% used' },
  risk_overdue: { vi: 'quá hạn', en: 'overdue' },
  risk_paused: { vi: 'tạm dừng', en: 'paused' },
  risk_none: { vi: '—', en: '—' },
  searchWords: {
    vi: 'Số tham chiếu, hoặc từ trong nội dung, người bị khiếu nại, tố cáo, địa bàn',
    en: 'A reference, or words of the matter, the respondent, the place',
  },
  filters: { vi: 'Lọc', en: 'Filter' },
  asOf: { vi: 'Số liệu lúc {time}', en: 'As of {time}' },
  anyKind: { vi: 'Mọi loại đơn', en: 'Any kind' },
  anyField: { vi: 'Mọi lĩnh vực', en: 'Any field' },
  anyRisk: { vi: 'Mọi mức hạn', en: 'Any deadline risk' },
  anyAssignee: { vi: 'Mọi người xử lý', en: 'Anyone' },
  unassigned: { vi: 'Chưa phân công', en: 'Nobody yet' },
  assignedToMe: { vi: 'Của tôi', en: 'Mine' },
  clearFilters: { vi: 'Bỏ lọc', en: 'Clear' },
  allOpen: { vi: 'Mọi vụ việc đang mở', en: 'All open cases' },
  filteredBy: { vi: 'Đang lọc', en: 'Filtered' },
  flag_withdrawal: { vi: 'Xin rút đơn, chờ quyết định', en: 'Withdrawal awaiting a decision' },
  flag_filer_message: { vi: 'Người gửi đơn đã bổ sung', en: 'Information received from the filer' },
  noMatch: {
    vi: 'Không có vụ việc đang mở nào khớp. Tìm theo từ trọn vẹn, có dấu hoặc không dấu.',
    en: 'No open case matches. Words match whole, with or without diacritics.',
  },
  fewerRows: {
    vi: 'Trang này có ít dòng hơn vì đang lọc; còn kết quả ở trang sau.',
    en: 'Filtered: this page holds fewer rows; there are more on the next page.',
  },
} as const;

export type Key = keyof typeof dict;

export function t(key: Key, vars: Record<string, string | number> = {}): string {
  return dict[key][chosen.value].replace(/\{(\w+)\}/g, (_m, v: string) => String(vars[v] ?? ''));
}

export function status(s: string): string {
  return statusLabels[s as keyof typeof statusLabels]?.[chosen.value] ?? s;
}

/** Each kind in words (shared with the reports), looked up by any kind code the API sends. */
export const kindLabels: Record<string, { vi: string; en: string }> = caseKindLabels;

/** Each period in words (shared with the notices). */
export { deadlineLabels } from '../../shared/domain/profile.js';

export const detailLabels: Record<string, { vi: string; en: string }> = {
  signerCount: { vi: 'Số người ký', en: 'Signers' },
  consentToContact: { vi: 'Đồng ý được liên hệ', en: 'Consents to contact' },
  sentToOtherBodies: { vi: 'Đã gửi cơ quan khác', en: 'Also sent elsewhere' },
  protectionRequested: { vi: 'Đề nghị bảo vệ', en: 'Protection requested' },
  fromResolvedComplaint: { vi: 'Phát sinh từ khiếu nại đã giải quyết', en: 'From a resolved complaint' },
  learnedOn: { vi: 'Ngày biết quyết định, hành vi', en: 'Learned on' },
  topic: { vi: 'Chủ đề', en: 'Topic' },
  place: { vi: 'Địa điểm', en: 'Place' },
  requestedBy: { vi: 'Bên yêu cầu', en: 'Requested by' },
  sessionPreference: { vi: 'Hình thức hòa giải', en: 'Session' },
  accused: { vi: 'Người bị tố cáo', en: 'Person denounced' },
  respondent: { vi: 'Người bị khiếu nại', en: 'Respondent' },
  subject: { vi: 'Quyết định, hành vi bị khiếu nại', en: 'Decision or act' },
  firstDecision: { vi: 'Quyết định lần đầu', en: 'First decision' },
  exclusions: { vi: 'Kiểm tra phạm vi hòa giải', en: 'Scope check' },
  representatives: { vi: 'Người đại diện', en: 'Representatives' },
};

export const personLabels: Record<string, { vi: string; en: string }> = {
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  idNumber: { vi: 'Số căn cước', en: 'Citizen ID' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  relationship: { vi: 'Quan hệ', en: 'Relationship' },
};

export const eventLabels: Record<string, { vi: string; en: string }> = {
  submit: { vi: 'Nộp đơn', en: 'Filed' },
  notice: { vi: 'Gửi thông báo', en: 'Notice sent' },
  deadline_alert: { vi: 'Cảnh báo thời hạn', en: 'Deadline alert' },
  escalate: { vi: 'Báo cáo quá hạn', en: 'Escalated' },
  identity_reveal: { vi: 'Xem danh tính', en: 'Identity revealed' },
  letter_print: { vi: 'In thư (xem địa chỉ người nhận)', en: 'Letter printed (addressee revealed)' },
  split_from: { vi: 'Tách từ đơn', en: 'Split from' },
  filer_message: { vi: 'Người gửi đơn gửi tin nhắn', en: 'Message from the filer' },
  attach: { vi: 'Người gửi đơn bổ sung tài liệu', en: 'Documents added by the filer' },
  link_first_instance: { vi: 'Liên kết với vụ việc lần đầu', en: 'Linked to the first instance' },
  lengthen_screening: {
    vi: 'Kéo dài thời hạn phân loại đơn',
    en: 'Screening period lengthened',
  },
  recount_deadlines: {
    vi: 'Tính lại thời hạn theo lịch nghỉ lễ mới',
    en: 'Deadlines counted again with a new holiday calendar',
  },
  withdraw: { vi: 'Người gửi đơn rút đơn', en: 'Withdrawn by the filer' },
};

/** Notice types in words (the timeline names what was sent, never the raw code). */
export const noticeLabels: Record<string, { vi: string; en: string }> = {
  acknowledgement: { vi: 'Thông báo tiếp nhận', en: 'Acknowledgement' },
  acceptance: { vi: 'Thông báo thụ lý', en: 'Notice of acceptance' },
  respondent_notice: {
    vi: 'Thông báo nội dung cho người bị khiếu nại, tố cáo',
    en: 'Notice to the respondent',
  },
  rejection: { vi: 'Thông báo không thụ lý', en: 'Notice of non-acceptance' },
  transfer: { vi: 'Thông báo chuyển đơn', en: 'Notice of transfer' },
  split: { vi: 'Thông báo tách đơn', en: 'Notice of split' },
  duplicate: { vi: 'Thông báo đơn trùng', en: 'Notice of duplicate' },
  info_request: { vi: 'Đề nghị bổ sung thông tin', en: 'Request for information' },
  extension: { vi: 'Thông báo gia hạn', en: 'Notice of extension' },
  suspension: { vi: 'Thông báo tạm đình chỉ', en: 'Notice of suspension' },
  resumption: { vi: 'Thông báo tiếp tục giải quyết', en: 'Notice of resumption' },
  decision: { vi: 'Thông báo kết quả giải quyết', en: 'Notice of the outcome' },
  respondent_decision: { vi: 'Kết quả gửi người bị khiếu nại, tố cáo', en: 'Outcome to the respondent' },
  withdrawal: { vi: 'Thông báo đình chỉ do rút đơn', en: 'Notice of withdrawal' },
  withdrawal_request: { vi: 'Ghi nhận yêu cầu rút đơn', en: 'Withdrawal request recorded' },
  termination: { vi: 'Thông báo đình chỉ', en: 'Notice of termination' },
  reopened: { vi: 'Thông báo mở lại', en: 'Notice of reopening' },
  escalation: { vi: 'Cảnh báo quá hạn', en: 'Overdue alert' },
  deadline_change: { vi: 'Thông báo thay đổi thời hạn', en: 'Notice of a changed deadline' },
};

export const text = (x: { vi: string; en: string } | undefined): string => (x ? x[chosen.value] : '');

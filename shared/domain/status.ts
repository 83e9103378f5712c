/** Case statuses with their Vietnamese and English labels (DESIGN.md §2). */
import type { Text } from './profile.js';

export const statuses = [
  'received',
  'screening',
  'accepted',
  'rejected',
  'transferred',
  'assigned',
  'investigating',
  'suspended',
  'decision_proposed',
  'decided',
  'notified',
  'closed',
  'withdrawn',
  'terminated',
] as const;
export type Status = (typeof statuses)[number];

export const statusLabels: Record<Status, Text> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  screening: { vi: 'Đang phân loại', en: 'Screening' },
  accepted: { vi: 'Đã thụ lý', en: 'Accepted' },
  rejected: { vi: 'Không thụ lý', en: 'Rejected' },
  transferred: { vi: 'Đã chuyển đơn', en: 'Transferred' },
  assigned: { vi: 'Đã phân công', en: 'Assigned' },
  investigating: { vi: 'Đang xác minh', en: 'Investigating' },
  suspended: { vi: 'Tạm đình chỉ', en: 'Suspended' },
  decision_proposed: { vi: 'Dự thảo kết luận', en: 'Decision proposed' },
  decided: { vi: 'Đã kết luận/quyết định', en: 'Decided' },
  notified: { vi: 'Đã thông báo', en: 'Notified' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  withdrawn: { vi: 'Đã rút đơn', en: 'Withdrawn' },
  terminated: { vi: 'Đình chỉ', en: 'Terminated' },
};

/** Statuses before a decision: the filer may still withdraw. */
export const predecisionStatuses = [
  'screening',
  'accepted',
  'assigned',
  'investigating',
  'suspended',
  'decision_proposed',
] as const satisfies readonly Status[];

/** Statuses in which a case is no longer worked (it leaves the queues). */
export const finalStatuses: readonly Status[] = ['closed'];

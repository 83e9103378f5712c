/**
 * One way to show dates on every page: the Hà Nội calendar day as dd/mm/yyyy (shared with the
 * documents and notices), and days left counted by the API in the deadline's own day type.
 */
import { formatDay, formatTime } from '../../shared/domain/dates.js';
import { L } from './i18n.js';

export { formatDay, formatTime };

/**
 * Said beside a due day counted through holidays not yet decided (the API's `provisional`): the same
 * words as the notices, so the day reads the same everywhere.
 */
export const provisionalText = (): string =>
  L(' (dự kiến: lịch nghỉ lễ, Tết chưa được công bố)', ' (provisional: the holidays are not yet decided)');

export interface DueLike {
  state: string;
  paused?: boolean;
  dueOn: string | null;
  dayType: string | null;
  daysLeft: number | null;
  overdueDays: number | null;
}

/** "còn 3 ngày làm việc", "hạn cuối hôm nay", "quá hạn 2 ngày", with whether it is overdue. */
export function dueText(d: DueLike): { text: string; overdue: boolean } {
  if (d.state === 'met') return { text: L('đã hoàn thành', 'met'), overdue: false };
  if (d.state === 'stopped') return { text: L('đã dừng', 'stopped'), overdue: false };
  if (d.paused || d.dueOn === null || d.daysLeft === null)
    return { text: L('tạm dừng', 'paused'), overdue: false };
  const unit = d.dayType === 'working' ? L(' làm việc', ' working') : '';
  if (d.overdueDays)
    return {
      text: L(`quá hạn ${d.overdueDays} ngày${unit}`, `overdue by ${d.overdueDays}${unit} days`),
      overdue: true,
    };
  if (d.daysLeft === 0) return { text: L('hạn cuối là hôm nay', 'last day today'), overdue: false };
  return { text: L(`còn ${d.daysLeft} ngày${unit}`, `${d.daysLeft}${unit} days left`), overdue: false };
}

/**
 * Desk intake (issue 13 §5): a clerk records a case that reached the committee by a visit, by post,
 * by referral or through the suggestion box, on behalf of the person. What differs from a web filing
 * is how it came and when: the day it arrived starts the clocks (Civil Code art. 147: a period runs
 * from the day after the event), not the day it was typed in. Every such entry is also a line of the
 * citizen-reception register (Law on Citizen Reception 2013 art. 25(2)).
 */
import * as z from 'zod/mini';
import { daysBetween, type IsoDate, isoDate } from './calendar.js';
import { type Channel, referralSchema, type referralSources } from './case.js';
import { invalid } from './errors.js';

export const deskChannels = [
  'walk_in',
  'post',
  'referral',
  'suggestion_box',
] as const satisfies readonly Exclude<Channel, 'web'>[];
export type DeskChannel = (typeof deskChannels)[number];

/** How far back an arrival date may be entered: a backlog is entered within weeks, not years. */
export const DESK_BACKDATE_DAYS = 365;

export const deskSchema = z
  .object({
    channel: z.enum(deskChannels),
    /** The day the letter arrived or the person came. */
    receivedOn: isoDate,
    /** Required for a referral: the body that sent it. */
    referral: z.optional(referralSchema),
    /** How the matter was handled before, as the person or the letter says (register column 6). */
    priorHandling: z.optional(z.string().check(z.trim(), z.maxLength(2_000))),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.channel === 'referral' && !v.referral)
        ctx.addIssue({ code: 'custom', path: ['referral'], message: 'referral_required' });
      if (v.channel !== 'referral' && v.referral)
        ctx.addIssue({ code: 'custom', path: ['referral'], message: 'referral_not_expected' });
    }),
  );
export type Desk = z.infer<typeof deskSchema>;

/** The arrival date: not in the future, not more than a year back (422 naming the field). */
export function checkArrival(receivedOn: IsoDate, today: IsoDate): void {
  if (receivedOn > today)
    throw invalid('received in the future', [
      { path: ['desk', 'receivedOn'], message: 'received_in_future' },
    ]);
  if (daysBetween(receivedOn, today) > DESK_BACKDATE_DAYS)
    throw invalid('received too long ago', [
      { path: ['desk', 'receivedOn'], message: 'received_too_long_ago' },
    ]);
}

export const channelLabels: Record<Channel, { vi: string; en: string }> = {
  web: { vi: 'Trực tuyến', en: 'Online' },
  walk_in: { vi: 'Trực tiếp tại nơi tiếp công dân', en: 'In person at citizen reception' },
  post: { vi: 'Qua bưu chính', en: 'By post' },
  referral: { vi: 'Do cơ quan khác chuyển đến', en: 'Referred by another body' },
  suggestion_box: { vi: 'Hộp thư góp ý', en: 'Suggestion box' },
};

export const referralSourceLabels: Record<(typeof referralSources)[number], { vi: string; en: string }> = {
  deputy: { vi: 'Đại biểu Quốc hội', en: 'A National Assembly deputy' },
  national_assembly: { vi: 'Cơ quan của Quốc hội', en: 'A body of the National Assembly' },
  peoples_council: { vi: 'Hội đồng nhân dân', en: 'A People’s Council' },
  press: { vi: 'Cơ quan báo chí', en: 'The press' },
  party: { vi: 'Cơ quan của Đảng', en: 'A Party body' },
  agency: { vi: 'Cơ quan, tổ chức khác', en: 'Another agency or organisation' },
};

/** HTTP contracts (shared/api/contracts.ts): Leadership figures: the dashboard's periods and queries. */
import * as z from 'zod/mini';
import { isoDate } from '../../domain/calendar.js';
import { committeeId, text } from './common.js';

/** A month (`2026-11`), a quarter (`2026-Q4`), 6, 9 or 12 months (`2026-6M`…) or a year (`2026`). */
export const periodId = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|6M|9M|12M))?$/, { message: 'invalid_period' }));

export const reportPeriodId = z
  .string()
  .check(z.regex(/^\d{4}-(Q[1-4]|6M|9M|12M)$/, { message: 'invalid_period' }));

export const metricsQuery = z.strictObject({
  period: z.optional(periodId),
  committee: z.optional(committeeId),
});

export const reportQuery = z.strictObject({
  committee: z.optional(committeeId),
  format: z._default(z.enum(['json', 'csv']), 'json'),
  /** The CSV's headers and labels: Vietnamese unless `en`. */
  lang: z._default(z.enum(['vi', 'en']), 'vi'),
});

/** A count: exact for the reader's own committees; elsewhere 1–4 read "<5" (small-cell suppression). */
const count = z.union([z.int(), z.literal('<5')]);
/** A rate or mean, null when its denominator is 0 (or under 5 outside the reader's committees). */
const rate = z.nullable(z.number());

/** One set of figures over a period (shared/cases/metrics-view.ts `figuresOf`, DESIGN.md §6). */
const figures = z.object({
  received: count,
  anonymous: count,
  eligible: count,
  withinJurisdiction: count,
  accepted: count,
  rejected: count,
  transferred: count,
  duplicate: count,
  carriedIn: count,
  toResolve: count,
  resolved: count,
  resolvedOnTime: count,
  unresolvedAtEnd: count,
  withdrawn: count,
  terminated: count,
  extensions: count,
  becameOverdue: count,
  reopened: count,
  secondInstanceResolved: count,
  overturned: count,
  resolutionRate: rate,
  onTimeRate: rate,
  overturnRate: rate,
  meanDaysToAccept: rate,
  meanDaysToResolve: rate,
  /** The band (`0-10`, `11-20`…) holding the median, in days. */
  medianDaysToAccept: z.nullable(z.string()),
  medianDaysToResolve: z.nullable(z.string()),
  outcomes: z.record(z.string(), count),
});

const byField = z.record(z.string(), z.object({ received: count, resolved: count }));

/** The dashboard: headline, 12-month trend, breakdowns, backlog, and the overdue references of one's own committee. */
export const metricsResponse = z.object({
  period: z.string(),
  months: z.array(z.string()),
  committee: z.nullable(z.string()),
  /** True when every figure is exact (the reader's own committees). */
  exact: z.boolean(),
  /** The resolution-rate target (0.85). */
  target: z.number(),
  /** The last day the period's figures cover: the end of the period, or today while it runs. */
  through: isoDate,
  /** When the figures were read (the counters follow the cases within seconds). */
  asOf: z.iso.datetime(),
  headline: figures,
  trend: z.array(z.object({ month: z.string(), received: count, resolved: count, onTimeRate: rate })),
  byKind: z.record(z.string(), figures),
  byField,
  byOutcome: z.record(z.string(), count),
  outcomeLabels: z.record(z.string(), text),
  backlog: z.object({
    open: count,
    bands: z.record(z.string(), count),
    overdueByCommittee: z.record(z.string(), count),
  }),
  overdue: z.nullable(
    z.array(
      z.object({
        reference: z.string(),
        kind: z.string(),
        committee: z.string(),
        status: z.string(),
        dueAt: z.nullable(z.string()),
        overdue: z.array(z.string()),
      }),
    ),
  ),
});

/** The periodic report in the national report's shape: a row per kind and a total. */
export const reportResponse = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  committee: z.nullable(z.string()),
  exact: z.boolean(),
  target: z.number(),
  rows: z.array(z.extend(figures, { kind: z.string() })),
  byField,
});

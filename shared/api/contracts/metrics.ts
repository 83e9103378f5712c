/** HTTP contracts (shared/api/contracts.ts): Leadership figures: the dashboard's periods and queries. */
import * as z from 'zod/mini';
import { committee, committeeId } from './common.js';

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
});

/** Leadership figures (DESIGN.md §6); the dashboard's shape is documented in shared/cases/metrics-view.ts. */
export const metricsResponse = z.record(z.string(), z.unknown());

export const reportResponse = z.record(z.string(), z.unknown());

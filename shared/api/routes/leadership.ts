import * as z from 'zod/mini';
import {
  metricsQuery,
  metricsResponse,
  reportPeriodId,
  reportQuery,
  reportResponse,
} from '../contracts/metrics.js';
import { route } from '../route-def.js';

export const GetMetrics = route({
  id: 'GetMetrics',
  method: 'GET',
  path: '/metrics',
  tag: 'leadership',
  summary:
    'Leadership figures for a period (default: this quarter): headline with the 85 % target, 12-month trend, backlog by age, by kind, field and outcome; counts of 1–4 shown as "<5" outside the reader’s committees',
  entry: 'leadership/get-metrics.ts',
  audience: 'staff',
  roles: ['leadership'],
  access: 'Leadership',
  request: { query: metricsQuery },
  ok: { 200: { description: 'The figures', json: metricsResponse } },
  needs: { table: { read: ['METRIC#', 'CONFIG#', 'OVERDUE#'] } },
});

export const GetReport = route({
  id: 'GetReport',
  method: 'GET',
  path: '/reports/{period}',
  tag: 'leadership',
  summary:
    'The periodic report (quarter, 6, 9 or 12 months), a row per kind and a total; CSV with format=csv',
  entry: 'leadership/get-report.ts',
  audience: 'staff',
  roles: ['leadership'],
  access: 'Leadership',
  request: { params: z.object({ period: reportPeriodId }), query: reportQuery },
  ok: { 200: { description: 'The report', json: reportResponse, csv: true } },
  needs: { table: { read: ['METRIC#', 'CONFIG#'] } },
});

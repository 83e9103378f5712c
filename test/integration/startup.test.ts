/**
 * `npm start` answers only when ready: while the demo history is seeded (with a simulated clock),
 * everyone but the seeders gets 503 with Retry-After; afterwards the API answers with today's dates.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startLocalRuntime } from '../../infra/local/runtime.js';
import { localDate } from '../../shared/domain/calendar.js';

const rt = await startLocalRuntime({
  port: 0,
  dataDir: mkdtempSync(join(tmpdir(), 'cm-start-')),
  dynamoEndpoint: inject('dynamoEndpoint'),
  tableName: `t-${randomUUID().slice(0, 8)}`,
  realTimeAlerts: false,
  holdUntilReady: true,
});
afterAll(() => rt.stop());

describe('start-up', () => {
  it('answers 503 with Retry-After as problem+json until ready, except to the seeders; then everyone', async () => {
    const held = await fetch(`${rt.apiUrl}/public/deadlines?kind=complaint`);
    expect(held.status).toBe(503);
    expect(held.headers.get('retry-after')).toBe('5');
    expect(held.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${rt.url}/`)).status).toBe(503);
    const seeder = await fetch(`${rt.apiUrl}/public/deadlines?kind=complaint`, { headers: rt.admission });
    expect(seeder.status).toBe(200);
    rt.ready();
    const open = await fetch(`${rt.apiUrl}/public/deadlines?kind=complaint`);
    expect(open.status).toBe(200);
    // Today in Hà Nội, never a day of the demo history's simulated clock.
    const body = (await open.json()) as { deadlines: { startedOn: string }[] };
    expect(body.deadlines[0]!.startedOn).toBe(localDate(new Date()));
  });
});

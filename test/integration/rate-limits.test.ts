/**
 * Issue 5 / DESIGN.md §3: wrong receipts are limited per client (and globally) in the application:
 * 1 000 wrong receipts from one client end in 429 with Retry-After, and nothing but the counters is
 * written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOKUP_LIMITS } from '../../shared/store/rate-limits.js';
import { intakes } from '../support/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;

beforeAll(async () => {
  rt = await startTestRuntime();
});
afterAll(() => rt?.stop());

const wrong = (i: number) =>
  `ABCDE-FGHJK-MNPQR-STVWX-${String(10000 + i)
    .slice(-5)
    .replace(/[ILOU]/g, '0')}`;

describe('receipt lookups', () => {
  it('answer 429 with Retry-After after too many wrong receipts from one client', async () => {
    const good = (await rt.call('/public/cases', { body: intakes.petition() })).body.receipt;
    await rt.sfn.idle();
    expect((await rt.call(`/public/cases/${good}`)).status).toBe(200);
    const before = await rt.itemCount();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 1_000; i++) {
      const r = await rt.call(`/public/cases/${wrong(i)}`);
      statuses.push(r.status);
      if (r.status === 429) retryAfter ??= r.headers.get('retry-after');
    }
    expect(statuses.slice(0, LOOKUP_LIMITS.perClient).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(LOOKUP_LIMITS.perClient).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(LOOKUP_LIMITS.windowSeconds);
    // Even the right receipt waits: the limit is checked before the receipt is considered.
    expect((await rt.call(`/public/cases/${good}`)).status).toBe(429);
    expect((await rt.call(`/public/cases/${good}/withdraw`, { body: {} })).status).toBe(429);
    // Only the two counters (this client's and the global one) were written.
    expect(await rt.itemCount()).toBe(before + 2);
  }, 120_000);
});

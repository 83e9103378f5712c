/**
 * DESIGN.md §3: wrong receipts are limited per client (and globally) in the application, by token
 * buckets that roll over smoothly and count in one conditional write. Driven by the test clock,
 * never the wall time, so no run can straddle a window's edge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOKUP_LIMITS } from '../../shared/store/rate-limits.js';
import { intakes } from '../support/fixtures.js';
import { startTestRuntime, type TestRuntime, testClock } from '../support/runtime.js';

let rt: TestRuntime;
let good: string;

beforeAll(async () => {
  testClock.set('2026-11-02T09:00:00+07:00');
  rt = await startTestRuntime();
  good = (await rt.call('/public/cases', { body: intakes.petition() })).body.receipt;
  await rt.sfn.idle();
});
afterAll(async () => {
  await rt?.stop();
  testClock.at = null;
});

const wrong = (i: number) =>
  `ABCDE-FGHJK-MNPQR-STVWX-${String(10000 + i)
    .slice(-5)
    .replace(/[ILOU]/g, '0')}`;
/** Seconds between two allowed guesses once the burst is spent. */
const interval = LOOKUP_LIMITS.windowSeconds / LOOKUP_LIMITS.perClient;

describe('receipt lookups', () => {
  it('refuse a client after its allowance of wrong receipts, the right one too, writing only its buckets', async () => {
    expect((await rt.call(`/public/cases/${good}`)).status).toBe(200);
    const before = await rt.itemCount();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 200; i++) {
      const r = await rt.call(`/public/cases/${wrong(i)}`);
      statuses.push(r.status);
      if (r.status === 429) retryAfter ??= r.headers.get('retry-after');
    }
    expect(statuses.slice(0, LOOKUP_LIMITS.perClient).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(LOOKUP_LIMITS.perClient).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(interval);
    // Even the right receipt waits: the client's own limit is checked before the receipt.
    expect((await rt.call(`/public/cases/${good}`)).status).toBe(429);
    expect((await rt.call(`/public/cases/${good}/withdraw`, { body: {} })).status).toBe(429);
    // Only the two buckets (this client's and the global one) were written.
    expect(await rt.itemCount()).toBe(before + 2);
  });

  it('rolls over smoothly: one guess per interval after the burst, never a fresh allowance at an edge', async () => {
    // Whatever the window, waiting one interval earns exactly one more guess.
    for (let round = 0; round < 5; round++) {
      testClock.advanceDays(interval / 86_400);
      expect((await rt.call(`/public/cases/${wrong(500 + round)}`)).status).toBe(404);
      expect((await rt.call(`/public/cases/${wrong(600 + round)}`)).status).toBe(429);
    }
    // After a whole window of silence the full allowance is back, and not twice over.
    testClock.advanceDays(LOOKUP_LIMITS.windowSeconds / 86_400);
    const after: number[] = [];
    for (let i = 0; i < LOOKUP_LIMITS.perClient + 5; i++)
      after.push((await rt.call(`/public/cases/${wrong(700 + i)}`)).status);
    expect(after.filter((s) => s === 404)).toHaveLength(LOOKUP_LIMITS.perClient);
  });

  it('counts parallel wrong receipts atomically: 32 at once get exactly the allowance', async () => {
    testClock.advanceDays((2 * LOOKUP_LIMITS.windowSeconds) / 86_400);
    const statuses = await Promise.all(
      Array.from({ length: 32 }, (_, i) => rt.call(`/public/cases/${wrong(900 + i)}`).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 404)).toHaveLength(LOOKUP_LIMITS.perClient);
    expect(statuses.filter((s) => s === 429)).toHaveLength(32 - LOOKUP_LIMITS.perClient);
  });
});

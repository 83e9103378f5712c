/**
 * Issue 5 / DESIGN.md §3: filings are limited per client in the application. The limit is part of
 * the filing's own transaction, so a refused filing stores nothing, and a retry with the same
 * Idempotency-Key is answered as before without counting again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT_LIMITS } from '../../shared/store/rate-limits.js';
import { intakes } from '../support/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;

beforeAll(async () => {
  rt = await startTestRuntime({ submitLimits: { perClient: 3, global: 1_000 } });
});
afterAll(() => rt?.stop());

describe('filing limits', () => {
  it('answer 429 with Retry-After once a client has filed its share, storing nothing', async () => {
    const first = await rt.call('/public/cases', {
      body: intakes.petition(),
      headers: { 'idempotency-key': 'limit-test-0001' },
    });
    expect(first.status).toBe(201);
    for (let i = 0; i < 2; i++)
      expect((await rt.call('/public/cases', { body: intakes.petition() })).status).toBe(201);
    await rt.sfn.idle();
    const before = await rt.itemCount();

    const refused = await rt.call('/public/cases', { body: intakes.complaint() });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SUBMIT_LIMITS.windowSeconds);
    expect(await rt.itemCount()).toBe(before);

    // A retry of a filing that was accepted is answered as before: the citizen keeps the receipt.
    const again = await rt.call('/public/cases', {
      body: intakes.petition(),
      headers: { 'idempotency-key': 'limit-test-0001' },
    });
    expect(again.status).toBe(201);
    expect(again.body.receipt).toBe(first.body.receipt);
    expect(await rt.itemCount()).toBe(before);
  });
});

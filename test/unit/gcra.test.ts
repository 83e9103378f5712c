import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge, type Rate } from '../../shared/store/gcra.js';

const rate: Rate = { perWindow: 20, windowSeconds: 600 };
const T = 30_000;

/** The model: apply `judge` and move tat as the conditional writes do. */
function run(times: number[]): boolean[] {
  let tat: number | undefined;
  return times.map((now) => {
    const v = judge(rate, tat, now);
    if (v.allowed) tat = tat === undefined || tat < now || tat > now + 20 * T ? now + T : tat + T;
    return v.allowed;
  });
}

describe('token buckets (GCRA)', () => {
  it('allow the burst at once, then one per interval', () => {
    const t0 = 1_800_000_000_000;
    expect(run(Array(25).fill(t0)).filter(Boolean)).toHaveLength(20);
  });

  it('never allow more than the burst plus one per interval in any stretch of time (no window edge)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3_600_000 }), { minLength: 1, maxLength: 300 }),
        (offsets) => {
          const t0 = 1_800_000_000_000;
          const times = offsets.map((o) => t0 + o).sort((a, b) => a - b);
          const allowed = times.filter((_, i) => run(times)[i]);
          // Within any span of d ms, at most perWindow + d / T requests pass.
          for (let i = 0; i < allowed.length; i++)
            for (let j = i; j < allowed.length; j++)
              expect(j - i + 1).toBeLessThanOrEqual(
                rate.perWindow + Math.floor((allowed[j]! - allowed[i]!) / T),
              );
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('start afresh when the clock went back (a tat no count could reach)', () => {
    const t0 = 1_800_000_000_000;
    expect(judge(rate, t0 + 86_400_000, t0).allowed).toBe(true);
    expect(judge(rate, t0 + 20 * T - 1, t0).allowed).toBe(false);
  });
});

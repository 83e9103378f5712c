/**
 * The audit trail's figures for `npm run bench` (issue 11): anchoring lag from an action's answer to
 * its checkpoint, and the tamper trial at scale through the API and the CLI's core.
 */
import { performance } from 'node:perf_hooks';
import type { StoreContext } from '../../shared/store/case-repository.js';
import type { Runtime } from './runtime.js';
import { bearerOf, type TamperResult, type TokenSource, tamperTrial } from './tamper.js';

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

/**
 * Times from a `note`-free action's 200 (here: the answer to a filing, which writes the submission
 * event) until verify reports the trail anchored, polling every 10 ms as a client would.
 */
export async function benchAnchoringLag(
  rt: Runtime,
  opts: { runs: number; token: TokenSource; file: () => Promise<string> },
): Promise<{ p50: number; p95: number; n: number }> {
  const lags: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const caseId = await opts.file();
    const t0 = performance.now();
    for (;;) {
      const r = await fetch(`${rt.apiUrl}/cases/${caseId}/audit/verify`, {
        headers: { authorization: `Bearer ${await bearerOf(opts.token)}` },
      });
      const v = (await r.json()) as { length: number; anchoredLength: number };
      if (v.anchoredLength >= v.length && v.length > 0) break;
      if (performance.now() - t0 > 30_000) throw new Error('not anchored within 30 s');
      await new Promise((res) => setTimeout(res, 10));
    }
    lags.push(performance.now() - t0);
  }
  return { p50: quantile(lags, 0.5), p95: quantile(lags, 0.95), n: lags.length };
}

export async function benchTampering(
  rt: Runtime,
  s: StoreContext,
  opts: { caseId: string; n: number; token: TokenSource; onStep?: (what: string) => void },
): Promise<TamperResult & { ms: number }> {
  const t0 = performance.now();
  const r = await tamperTrial(rt, s, { ...opts, seed: 2026 });
  return { ...r, ms: performance.now() - t0 };
}

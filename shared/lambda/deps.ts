/** Ports wired to real adapters, built lazily per process (env read on first use). */
import { dynamo } from '../aws/clients/dynamo.js';
import type { StoreContext } from '../store/case-repository.js';
import { SUBMIT_LIMITS, type SubmitLimits } from '../store/rate-limits.js';
import { ENV, optionalEnv, requireEnv } from './config.js';

export function store(): StoreContext {
  return { db: dynamo(), tableName: requireEnv(ENV.tableName) };
}

let source: () => Date = () => new Date();

/** The time every handler sees. In AWS it is the system clock. */
export const clock = (): Date => source();

/** Local runtime only: drive time from a test (deadline and alert tests). */
export function useClock(fn: () => Date): void {
  source = fn;
}

/** The citizen-facing tracking page for a receipt, on the site the citizen used (relative if unknown). */
export function trackingUrl(receipt: string, siteBase?: string): string {
  return `${siteBase || optionalEnv(ENV.publicBaseUrl) || ''}/track#${receipt}`;
}

/** The tracking page (no receipt in it), or undefined where the site's address is not configured. */
export function trackingPage(): string | undefined {
  const base = optionalEnv(ENV.publicBaseUrl);
  return base ? `${base}/track` : undefined;
}

/** The filing limits of this deployment. */
export function submitLimits(): SubmitLimits {
  const [perClient, global] = (optionalEnv(ENV.submitLimits) ?? '').split('/').map(Number);
  return {
    perClient: perClient || SUBMIT_LIMITS.perClient,
    global: global || SUBMIT_LIMITS.global,
  };
}

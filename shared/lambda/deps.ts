/** Ports wired to real adapters, built lazily per process (env read on first use). */
import { dynamo } from '../aws/clients.js';
import type { StoreContext } from '../store/case-repository.js';
import { ENV, optionalEnv, requireEnv } from './config.js';

export function store(): StoreContext {
  return { db: dynamo(), tableName: requireEnv(ENV.tableName) };
}

export const clock = () => new Date();

/** The citizen-facing tracking page for a receipt. */
export function trackingUrl(receipt: string): string {
  return `${optionalEnv(ENV.publicBaseUrl) ?? ''}/track#${receipt}`;
}

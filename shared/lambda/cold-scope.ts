/**
 * Tests run each request as a cold function would (shared/domain/document-texts.ts): lazily loaded
 * texts count only if the request itself loaded them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { useRequestScope } from '../domain/document-texts.js';

const requests = new AsyncLocalStorage<{ textsLoaded: boolean }>();
useRequestScope({ current: () => requests.getStore() });

export function asOnAColdStart<T>(fn: () => Promise<T>): Promise<T> {
  return requests.run({ textsLoaded: false }, fn);
}

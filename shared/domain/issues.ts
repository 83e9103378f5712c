/**
 * Field issues as the API carries them, and the reader's language: the small part of the messages
 * every function needs on its hot path. The texts themselves (messages.ts) are loaded only when an
 * answer has to name a fault.
 */
import * as z from 'zod/mini';
import type { FieldIssue } from './errors.js';

// zod/mini carries no messages of its own, and ours (messages.ts) name every code in both languages:
// this says only which code, and tells a missing field from a wrong one ("received undefined"),
// without the 2.7 KB of zod's English texts in every function.
z.config({
  localeError: (iss) =>
    iss.code === 'invalid_type' && iss.input === undefined
      ? `expected ${String(iss.expected)}, received undefined`
      : `invalid input (${iss.code})`,
});

export type Locale = 'vi' | 'en';

export interface IssueParams {
  minimum?: number;
  maximum?: number;
  origin?: string;
  format?: string;
  missing?: boolean;
  /** A range of dates (the dates the procedure profiles serve). */
  from?: string;
  /** The staff member an issue is about (an assignee who may not be assigned). */
  user?: string;
  to?: string;
}

/** Field issues from a zod error, keeping the bounds the messages name. */
export function issuesFromZod(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const raw = i as unknown as Record<string, unknown>;
    const params: IssueParams = {};
    for (const k of ['minimum', 'maximum'] as const)
      if (typeof raw[k] === 'number' || typeof raw[k] === 'bigint') params[k] = Number(raw[k]);
    if (typeof raw.origin === 'string') params.origin = raw.origin;
    if (typeof raw.format === 'string') params.format = raw.format;
    if (i.code === 'invalid_type' && /received undefined/.test(i.message)) params.missing = true;
    return {
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: i.code === 'custom' ? i.message : i.code,
      message: i.message,
      params,
    };
  });
}

export function localeFrom(acceptLanguage: string | undefined, fallback: Locale = 'vi'): Locale {
  if (!acceptLanguage) return fallback;
  return acceptLanguage.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

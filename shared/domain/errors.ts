/**
 * Domain errors carry no HTTP; shared/lambda/problem.ts maps them to problem+json.
 */
import type { IssueParams } from './issues.js';

export type FieldIssue = {
  path: (string | number)[];
  message: string;
  code?: string;
  params?: IssueParams;
};

export class DomainError extends Error {
  constructor(
    readonly kind:
      | 'invalid'
      | 'forbidden'
      | 'not_found'
      | 'conflict'
      | 'precondition_failed'
      | 'rate_limited'
      | 'unavailable',
    message: string,
    readonly issues?: FieldIssue[],
    /** Seconds after which a retry may succeed (429, 503). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string, issues?: FieldIssue[]) =>
  new DomainError('invalid', message, issues);
export const forbidden = (message: string) => new DomainError('forbidden', message);
export const notFound = (message: string) => new DomainError('not_found', message);
export const conflict = (message: string) => new DomainError('conflict', message);
/** The request said what it expected (`If-None-Match: *`) and the state is otherwise (412). */
export const preconditionFailed = (message: string) => new DomainError('precondition_failed', message);
/** Too many requests from this client (or in all): retry after `retryAfter` seconds (429). */
export const rateLimited = (message: string, retryAfter: number) =>
  new DomainError('rate_limited', message, undefined, retryAfter);
/** A dependency failed and nothing was written: retry after `retryAfter` seconds (503). */
export const unavailable = (message: string, retryAfter: number) =>
  new DomainError('unavailable', message, undefined, retryAfter);

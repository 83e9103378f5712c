/**
 * The one place errors become HTTP: application/problem+json (RFC 9457). A 5xx never carries
 * internals.
 */
import { DomainError, type FieldIssue } from '../domain/errors.js';
import type { Locale } from '../domain/issues.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(title);
    this.name = 'HttpError';
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; code: string; message: string }[];
}

const titles: Record<number, { vi: string; en: string }> = {
  400: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  401: { vi: 'Cần đăng nhập', en: 'Authentication required' },
  403: { vi: 'Không có quyền', en: 'Forbidden' },
  404: { vi: 'Không tìm thấy', en: 'Not found' },
  409: { vi: 'Xung đột trạng thái', en: 'Conflict' },
  412: { vi: 'Điều kiện không còn đúng', en: 'Precondition failed' },
  413: { vi: 'Nội dung quá lớn', en: 'Payload too large' },
  415: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported media type' },
  422: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  429: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  500: { vi: 'Lỗi hệ thống', en: 'Internal error' },
  503: { vi: 'Tạm thời không thực hiện được, hãy thử lại', en: 'Temporarily unavailable; try again' },
};

const domainStatus = {
  invalid: 422,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  rate_limited: 429,
  unavailable: 503,
} as const;

/** The texts are a chunk of their own, loaded when an answer first names a fault (bundle.ts). */
let messages: Promise<typeof import('../domain/messages.js')> | undefined;

async function localise(issues: FieldIssue[] | undefined, locale: Locale): Promise<Problem['errors']> {
  if (!issues?.length) return undefined;
  messages ??= import('../domain/messages.js');
  const { issueText } = await messages;
  return issues.map((i) => ({
    path: i.path.join('.'),
    code: i.code ?? i.message,
    message: issueText(i, locale),
  }));
}

export async function toProblem(
  err: unknown,
  locale: Locale,
): Promise<{ problem: Problem; headers?: Record<string, string> }> {
  let status = 500;
  let detail: string | undefined;
  let issues: FieldIssue[] | undefined;
  let headers: Record<string, string> | undefined;
  if (err instanceof HttpError) {
    ({ status, detail, issues, headers } = err);
  } else if (err instanceof DomainError) {
    status = domainStatus[err.kind];
    detail = err.message;
    issues = err.issues;
    if (err.retryAfter) headers = { 'retry-after': String(err.retryAfter) };
  }
  const title = (titles[status] ?? titles[500]!)[locale];
  const problem: Problem = { type: `https://cong-minh.example/problems/${status}`, title, status };
  if ((status < 500 || status === 503) && detail) problem.detail = detail;
  const errors = status < 500 ? await localise(issues, locale) : undefined;
  if (errors?.length) problem.errors = errors;
  return { problem, headers };
}

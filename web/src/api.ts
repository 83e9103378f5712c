/** The typed API client: bearer token from the session, problem+json errors as ApiError. */
export interface Problem {
  type?: string;
  status: number;
  title: string;
  detail?: string;
  errors?: { path: string; code: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** What to tell the person when a call failed: the field messages, else the detail, else the title. */
export function problemText(x: unknown, prefix: string): string {
  if (!(x instanceof ApiError)) return prefix;
  const p = x.problem;
  return `${prefix}: ${p.errors?.map((e) => e.message).join('; ') || p.detail || p.title}`;
}

const TOKEN = 'cm.token';

export const session = {
  get token(): string | null {
    const raw = sessionStorage.getItem(TOKEN);
    if (!raw) return null;
    const { token, exp } = JSON.parse(raw) as { token: string; exp: number };
    return exp > Date.now() ? token : null;
  },
  set(token: string, expiresIn: number) {
    sessionStorage.setItem(TOKEN, JSON.stringify({ token, exp: Date.now() + expiresIn * 1000 - 30_000 }));
  },
  clear() {
    sessionStorage.removeItem(TOKEN);
  },
  /** Claims for display only (the API verifies the token). */
  claims(): { username: string; groups: string[]; committees: string[] } | null {
    const tok = this.token;
    if (!tok) return null;
    const p = JSON.parse(atob(tok.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
    return { username: p.username, groups: p['cognito:groups'] ?? [], committees: p['cm:committees'] ?? [] };
  },
};

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const token = session.token;
  const res = await fetch(`/api${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      accept: 'application/json',
      'accept-language': document.documentElement.lang || 'vi',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new ApiError(body ?? { status: res.status, title: res.statusText });
  return body as T;
}

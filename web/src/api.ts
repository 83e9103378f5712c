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

interface Stored {
  token: string;
  exp: number;
  refresh?: string;
}
const stored = (): Stored | null => {
  const raw = sessionStorage.getItem(TOKEN);
  return raw ? (JSON.parse(raw) as Stored) : null;
};

/**
 * The staff session: a five-minute access token, renewed with the session's refresh token (which
 * brings the member's groups and committees as they are now), until the session ends.
 */
export const session = {
  /** The access token if it is still valid (see `fresh` to renew it). */
  get token(): string | null {
    const s = stored();
    return s && s.exp > Date.now() ? s.token : null;
  },
  /** Signed in: a valid access token, or a session that can renew it. */
  get active(): boolean {
    const s = stored();
    return Boolean(s && (s.exp > Date.now() || s.refresh));
  },
  set(token: string, expiresIn: number, refresh?: string) {
    const exp = Date.now() + expiresIn * 1000 - 30_000;
    sessionStorage.setItem(TOKEN, JSON.stringify({ token, exp, refresh: refresh ?? stored()?.refresh }));
  },
  clear() {
    sessionStorage.removeItem(TOKEN);
  },
  /** A valid access token, renewed first if it expired; null once the session has ended. */
  async fresh(): Promise<string | null> {
    const s = stored();
    if (!s) return null;
    if (s.exp > Date.now()) return s.token;
    if (!s.refresh) return null;
    const res = await fetch('/api/local/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: s.refresh }),
    });
    if (!res.ok) {
      this.clear();
      return null;
    }
    const out = (await res.json()) as { accessToken: string; expiresIn: number; refreshToken: string };
    this.set(out.accessToken, out.expiresIn, out.refreshToken);
    return out.accessToken;
  },
  /** Claims for display only (the API verifies the token). */
  claims(): { username: string; groups: string[]; committees: string[] } | null {
    const tok = stored()?.token;
    if (!tok) return null;
    const p = JSON.parse(atob(tok.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
    return { username: p.username, groups: p['cognito:groups'] ?? [], committees: p['cm:committees'] ?? [] };
  },
};

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const token = await session.fresh();
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

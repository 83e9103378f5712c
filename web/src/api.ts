/** The typed API client: bearer token from the session, problem+json errors as ApiError. */
import { getRequest, takeEarly } from './early.js';
import { type Claims, claimsOf, forgetCommittee, isStored, stored, TOKEN, validToken } from './stored.js';

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

/** Where a signed-out visitor was going (a case link opened in a new tab), to return there after signing in. */
const RETURN = 'cm.return';

/**
 * The session lives in this tab's sessionStorage, never in localStorage or a cookie: it ends with the
 * last tab. A tab opened without it (a case link pasted into a new tab) borrows it from an open tab of
 * the workspace over a same-origin BroadcastChannel. That adds no exposure to cross-site scripting:
 * a script able to listen on the channel runs in the page's origin and could read sessionStorage
 * already; the defence is the Content-Security-Policy (scripts from the site only, no inline code).
 * Signing out in one tab signs out all of them.
 */
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('cm.session');
channel?.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as { type?: string };
  if (m?.type === 'ask') {
    const raw = sessionStorage.getItem(TOKEN);
    if (raw) channel.postMessage({ type: 'session', value: raw });
  } else if (m?.type === 'signout') session.clear();
});

/**
 * The staff session: a five-minute access token, renewed with the session's refresh token (which
 * brings the member's groups and committees as they are now), until the session ends.
 */
export const session = {
  /** The access token if it is still valid (see `fresh` to renew it). */
  get token(): string | null {
    return validToken();
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
    forgetCommittee();
    window.cmEarly?.clear();
  },
  /** Signs out here and in every other tab of the workspace. */
  signOut() {
    this.clear();
    channel?.postMessage({ type: 'signout' });
  },
  /** Borrows the session of another open tab, if one answers within `waitMs`. */
  async borrow(waitMs = 400): Promise<boolean> {
    if (stored()) return true;
    if (!channel) return false;
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        channel.removeEventListener('message', onMessage);
        clearTimeout(timer);
        resolve(ok);
      };
      const onMessage = (e: MessageEvent) => {
        const m = e.data as { type?: string; value?: unknown };
        if (m?.type !== 'session' || typeof m.value !== 'string') return;
        try {
          if (!isStored(JSON.parse(m.value))) return;
        } catch {
          return;
        }
        sessionStorage.setItem(TOKEN, m.value);
        done(true);
      };
      channel.addEventListener('message', onMessage);
      const timer = setTimeout(() => done(false), waitMs);
      channel.postMessage({ type: 'ask' });
    });
  },
  /** Remembers where a signed-out visitor was going (a hash route of this page). */
  rememberReturn(hash: string) {
    if (hash.startsWith('#/') && hash !== '#/login') sessionStorage.setItem(RETURN, hash);
  },
  /** Where to go after signing in, once. */
  takeReturn(): string | null {
    const hash = sessionStorage.getItem(RETURN);
    sessionStorage.removeItem(RETURN);
    return hash;
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
  claims(): Claims | null {
    const tok = stored()?.token;
    return tok ? claimsOf(tok) : null;
  },
};

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const token = await session.fresh();
  const lang = document.documentElement.lang || 'vi';
  const plainGet = init.method === undefined && init.body === undefined && init.headers === undefined;
  const res = await (plainGet
    ? (takeEarly(path, token, lang) ?? getRequest(path, token, lang))
    : fetch(`/api${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: {
          accept: 'application/json',
          'accept-language': lang,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }));
  const text = await res.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new ApiError(body ?? { status: res.status, title: res.statusText });
  return body as T;
}

/** Fetches a file the API serves to staff (a CSV) and saves it under `name`; false if refused. */
export async function downloadFile(path: string, name: string): Promise<boolean> {
  const res = await fetch(`/api${path}`, {
    headers: {
      authorization: `Bearer ${await session.fresh()}`,
      'accept-language': document.documentElement.lang || 'vi',
    },
  });
  if (!res.ok) return false;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
  return true;
}

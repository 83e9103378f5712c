/**
 * GET requests a page starts in its first, tiny script — before its modules have loaded — so on a
 * slow phone the wait for the data overlaps the wait for the code. The API client takes each answer
 * once, when it asks for the same path with the same token and language, soon after; otherwise it
 * asks again. The requests are the page's own (same origin, the tab's own token), kept in memory only.
 */

declare global {
  interface Window {
    cmEarly?: Map<string, EarlyRequest>;
  }
}

interface EarlyRequest {
  token: string;
  lang: string;
  at: number;
  response: Promise<Response>;
}

/** Older than this, an early answer is not used (the person may have waited on a slow network). */
const FRESH_MS = 10_000;

/** The API's GET as both scripts send it. */
export const getRequest = (path: string, token: string | null, lang: string): Promise<Response> =>
  fetch(`/api${path}`, {
    headers: {
      accept: 'application/json',
      'accept-language': lang,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });

export function startEarly(path: string, token: string, lang: string): void {
  window.cmEarly ??= new Map();
  const response = getRequest(path, token, lang);
  response.catch(() => {}); // the view that takes it sees the failure
  window.cmEarly.set(path, { token, lang, at: Date.now(), response });
}

/** The answer to this GET if the first script already asked for it; taken once. */
export function takeEarly(path: string, token: string | null, lang: string): Promise<Response> | undefined {
  const e = window.cmEarly?.get(path);
  if (!e) return undefined;
  window.cmEarly!.delete(path);
  return e.token === token && e.lang === lang && Date.now() - e.at < FRESH_MS ? e.response : undefined;
}
